package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.EnrolInCampaign;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Enrol in campaign" for the people selected on a list (the Leads screen): the campaigns to choose from, then one
 * bulk enrolment in the background whose outcome the user is told: how many were enrolled and, per person left out,
 * why (already in the campaign, no address for its channels, suppressed).
 */
public final class EnrolPeopleViewModel {
    /** A campaign the menu offers. */
    public record PlanChoice(UUID id, String name) {
        @Override
        public String toString() { return name; }
    }

    private static final int LISTED = 15;

    private final EnrolInCampaign enrolling;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Formats formats;
    private final ObservableList<PlanChoice> plans = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    public EnrolPeopleViewModel(EnrolInCampaign enrolling, TaskExecutor tasks, DialogService dialogs, Formats formats) {
        this.enrolling = enrolling;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.formats = formats;
    }

    /** Reads the campaigns again, in the background. */
    public void loadPlans() {
        tasks.run("Reading campaigns", p -> enrolling.plans().stream().map(c -> new PlanChoice(c.id(), c.name())).toList(),
                plans::setAll, e -> plans.clear());
    }

    /** Enrols {@code people} in {@code plan} in the background, then says what happened. */
    public void enrol(PlanChoice plan, List<PersonRef> people) {
        if (plan == null || people.isEmpty()) {
            return;
        }
        tasks.run("Enrolling in " + plan.name(), p -> enrolling.enrol(plan.id(), people), done -> {
            outcome.set(describe(done, people.size()));
            dialogs.showInfo("Enrol in campaign", outcome.get());
        }, e -> {
            outcome.set("Could not enrol in " + plan.name() + ": " + e.getMessage());
            dialogs.showError("Enrol in campaign", outcome.get());
        });
    }

    private String describe(EnrolInCampaign.Outcome o, int asked) {
        StringBuilder text = new StringBuilder(formats.count(o.enrolled()) + " of " + formats.count(asked)
                + (asked == 1 ? " person" : " people") + " enrolled in " + o.plan() + ".");
        list(text, "Already in this campaign", o.already());
        list(text, "Not enrolled", o.refused());
        return text.toString();
    }

    private void list(StringBuilder text, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append("\n\n").append(title).append(" (").append(formats.count(lines.size())).append("):");
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(LISTED, lines.size())));
        shown.forEach(line -> text.append("\n• ").append(line));
        if (lines.size() > LISTED) {
            text.append("\n…and ").append(formats.count(lines.size() - LISTED)).append(" more");
        }
    }

    public ObservableList<PlanChoice> plans() { return plans; }
    /** What the last enrolment did, as the user was told; empty before the first. */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
}
