package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.routing.RoutingRule;
import com.nexuscrm.domain.routing.RoutingRuleRepository;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.domain.routing.RoutingStrategy;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Lead routing: the routing table (min score, strategy, priority, SLA minutes) and the nurture
 * threshold. Save sorts the rules from the highest minimum score down, validates, and names the rule and
 * field of every problem; nothing is saved until all pass. Reset puts the defaults back and saves them.
 */
public final class RoutingRulesViewModel {
    private final RoutingRuleRepository repository;
    private final TaskExecutor tasks;
    private final ObservableList<RuleRow> rows = FXCollections.observableArrayList();
    private final StringProperty nurtureBelow = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public RoutingRulesViewModel(RoutingRuleRepository repository, TaskExecutor tasks) {
        this.repository = repository;
        this.tasks = tasks;
    }

    public void load() {
        busy.set(true);
        tasks.run("Loading routing rules", p -> repository.rules(), rules -> {
            show(rules);
            busy.set(false);
        }, e -> {
            busy.set(false);
            error.set("Cannot read the routing rules: " + e.getMessage());
        });
    }

    private void show(RoutingRules rules) {
        rows.setAll(rules.rules().stream().map(RuleRow::of).toList());
        nurtureBelow.set(Integer.toString(rules.nurtureBelow()));
    }

    public void addRule() {
        rows.add(new RuleRow("", RoutingStrategy.ROUND_ROBIN, LeadPriority.NORMAL, "60"));
    }

    public void removeRule(RuleRow row) {
        rows.remove(row);
    }

    /** Validates and saves in the background; returns the problems found (empty: saving). */
    public List<FieldError> save() {
        List<FieldError> problems = new ArrayList<>();
        List<RoutingRule> parsed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).parse(i + 1, problems).ifPresent(parsed::add);
        }
        Integer nurture = RuleRow.whole("Nurture threshold", nurtureBelow.get(), "a score from 0 to 100 (0: no nurture)", problems);
        if (problems.isEmpty()) {
            // Shown in the order they are checked, so "Rule 2" in a message is the table's second row.
            rows.sort(Comparator.comparingInt((RuleRow r) -> Integer.parseInt(r.minScoreProperty().get().trim())).reversed());
            parsed.sort(Comparator.comparingInt(RoutingRule::minScore).reversed());
            RoutingRules rules = new RoutingRules(parsed, nurture);
            problems.addAll(rules.problems());
            if (problems.isEmpty()) {
                store(rules, "Saved. Leads routed from now on follow these rules.");
            }
        }
        error.set(problems.stream().map(FieldError::toString).collect(Collectors.joining("\n")));
        if (!problems.isEmpty()) {
            notice.set("");
        }
        return problems;
    }

    public void resetToDefaults() {
        error.set("");
        show(RoutingRules.defaults());
        store(RoutingRules.defaults(), "The default rules are back and saved.");
    }

    private void store(RoutingRules rules, String done) {
        busy.set(true);
        notice.set("");
        tasks.run("Saving routing rules", p -> {
            repository.save(rules);
            return null;
        }, ok -> {
            busy.set(false);
            notice.set(done);
        }, e -> {
            busy.set(false);
            error.set("The rules were not saved: " + e.getMessage());
        });
    }

    public ObservableList<RuleRow> rows() { return rows; }
    public StringProperty nurtureBelowProperty() { return nurtureBelow; }
    /** Every problem of the last save, one per line, each naming the rule and field. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
