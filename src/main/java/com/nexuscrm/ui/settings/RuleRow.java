package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.routing.RoutingRule;
import com.nexuscrm.domain.routing.RoutingStrategy;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable row of the routing table: numbers as the user typed them, parsed on save. */
public final class RuleRow {
    private final StringProperty minScore = new SimpleStringProperty("");
    private final ObjectProperty<RoutingStrategy> strategy = new SimpleObjectProperty<>();
    private final ObjectProperty<LeadPriority> priority = new SimpleObjectProperty<>();
    private final StringProperty slaMinutes = new SimpleStringProperty("");

    public RuleRow(String minScore, RoutingStrategy strategy, LeadPriority priority, String slaMinutes) {
        this.minScore.set(minScore);
        this.strategy.set(strategy);
        this.priority.set(priority);
        this.slaMinutes.set(slaMinutes);
    }

    static RuleRow of(RoutingRule rule) {
        return new RuleRow(Integer.toString(rule.minScore()), rule.strategy(), rule.priority(),
                Integer.toString(rule.slaMinutes()));
    }

    /** The rule, or empty with the errors added, each naming "Rule {number}" and the field. */
    Optional<RoutingRule> parse(int number, List<FieldError> errors) {
        Integer min = whole("Rule " + number + ", min score", minScore.get(), "a score from 0 to 100", errors);
        Integer sla = whole("Rule " + number + ", SLA minutes", slaMinutes.get(), "business minutes, e.g. 30", errors);
        return min == null || sla == null ? Optional.empty()
                : Optional.of(new RoutingRule(min, strategy.get(), priority.get(), sla));
    }

    static Integer whole(String field, String text, String what, List<FieldError> errors) {
        String value = text == null ? "" : text.trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, (value.isEmpty() ? "is empty" : "'" + value + "' is not a whole number")
                    + "; enter " + what));
            return null;
        }
    }

    public StringProperty minScoreProperty() { return minScore; }
    public ObjectProperty<RoutingStrategy> strategyProperty() { return strategy; }
    public ObjectProperty<LeadPriority> priorityProperty() { return priority; }
    public StringProperty slaMinutesProperty() { return slaMinutes; }
}
