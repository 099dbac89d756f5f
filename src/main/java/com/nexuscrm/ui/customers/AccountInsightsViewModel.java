package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.account.AccountEvidence;
import com.nexuscrm.domain.account.AccountHealth;
import com.nexuscrm.domain.account.AccountReport;
import com.nexuscrm.domain.account.EngagementTrend;
import com.nexuscrm.domain.account.RelationshipStrength;
import com.nexuscrm.domain.account.TalkingPoints;
import com.nexuscrm.domain.account.Upsell;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One account's insights before a conversation: health with its trend and parts, the churn model's risk, talking
 * points, growth opportunities with their value, relationships (how warm each contact is and who in the team knows
 * them) and the monthly engagement series for a chart; every line with its evidence. Loads in the background (an
 * account shown while another loads wins); "not enough data" is said where the rules say it, never a made-up number.
 * The one-page brief is written in the background too.
 */
public final class AccountInsightsViewModel {
    /** One listed line: what to say and the evidence or detail under it. */
    public record Line(String text, String detail) { }

    private final AccountInsightsSource source;
    private final TaskExecutor tasks;
    private final LatestRequest latest = new LatestRequest();
    private final ReadOnlyStringWrapper health = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper healthTrend = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper churn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper engagementNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Line> healthParts = FXCollections.observableArrayList();
    private final ObservableList<Line> points = FXCollections.observableArrayList();
    private final ObservableList<Line> growth = FXCollections.observableArrayList();
    private final ObservableList<Line> people = FXCollections.observableArrayList();
    private final ObservableList<EngagementTrend.Month> months = FXCollections.observableArrayList();
    private UUID accountId;
    private AccountReport report;

    public AccountInsightsViewModel(AccountInsightsSource source, TaskExecutor tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    /** Shows the account's insights (null: nothing). */
    public void show(UUID account) {
        accountId = account;
        report = null;
        shown.set(false);
        List.of(healthParts, points, growth, people).forEach(List::clear);
        months.clear();
        List.of(health, healthTrend, churn, engagementNote).forEach(p -> p.set(""));
        message.set(account == null ? "Choose an account to see its insights." : "");
        if (account == null) {
            return;
        }
        loading.set(true);
        tasks.run(latest, "Reading the account's insights", p -> source.report(account), this::showReport, e -> {
            loading.set(false);
            message.set("The account's insights could not be worked out: " + reason(e));
        });
    }

    /** Reads the shown account again (after an edit or a sync). */
    public void refresh() {
        show(accountId);
    }

    private void showReport(AccountReport r) {
        loading.set(false);
        report = r;
        AccountHealth h = r.health();
        health.set(h.enoughData() ? Integer.toString(h.score()) : "\u2014");
        healthTrend.set(h.enoughData() ? h.band() + " \u00B7 " + trend(h.trend()) : h.note());
        h.components().forEach(c -> healthParts.add(new Line(c.name() + ": "
                + (c.value() == null ? "no data" : Math.round(100 * c.value()) + " of 100"), c.detail())));
        churn.set(r.churn().map(c -> String.format(Locale.ROOT, "Churn risk %d%% \u00B7 %s", Math.round(100 * c.probability()),
                c.band()) + (c.reasons().isEmpty() ? "" : ": " + String.join("; ", c.reasons())))
                .orElse("Churn risk not scored yet: no churn model has scored this account (nexus train churn trains one"
                        + " on the workspace's history and scores every account)."));
        r.talkingPoints().forEach(p -> points.add(new Line(p.text().startsWith(topic(p.topic())) ? p.text()
                : topic(p.topic()) + ": " + p.text(), evidence(p.evidence())))); // "Next step \"…\"" names itself
        if (points.isEmpty()) {
            points.add(new Line("Nothing to raise: no open tickets, opportunities, risks or next steps on record.", ""));
        }
        Upsell.Result u = r.upsell();
        u.opportunities().forEach(o -> growth.add(new Line(o.title() + (o.value() == null ? "" : ", worth about "
                + Upsell.money(o.value())), evidence(o.evidence()))));
        if (growth.isEmpty()) {
            growth.add(new Line(u.note().isEmpty() ? "No growth opportunity found." : u.note(), ""));
        }
        RelationshipStrength.Result rel = r.relationships();
        rel.contacts().forEach(c -> people.add(new Line(c.name() + (c.title() == null || c.title().isBlank() ? "" : " ("
                + c.title() + ")") + ": " + c.band() + (c.strength() == null ? "" : " " + c.strength()), c.knownBy().isEmpty()
                ? "Nobody in the team has a two-way contact yet" : "Known by " + c.knownBy().stream()
                .map(k -> k.userName() + " (" + k.twoWay() + ")").collect(Collectors.joining(", ")))));
        if (people.isEmpty()) {
            people.add(new Line(rel.note().isEmpty() ? "No contacts." : rel.note(), ""));
        }
        months.setAll(r.engagement().months());
        engagementNote.set(r.engagement().note());
        shown.set(true);
    }

    /** Writes the shown account's one-page brief to {@code pdf} in the background. */
    public void saveBrief(Path pdf) {
        AccountReport r = report;
        if (r == null || pdf == null) {
            return;
        }
        message.set("Writing the brief…");
        tasks.run("Writing the account brief", p -> {
            source.writeBrief(r, pdf);
            return pdf;
        }, done -> message.set("Brief saved to " + done), e -> message.set("The brief was not saved to " + pdf + ": "
                + reason(e) + ". Choose a folder you can write to."));
    }

    /** A name for the brief's file from the account's name. */
    public String briefFileName() {
        String name = report == null ? "account" : report.account().name().replaceAll("[^A-Za-z0-9._-]+", "-");
        return (name.isBlank() ? "account" : name) + "-brief.pdf";
    }

    static String trend(Integer delta) {
        if (delta == null) {
            return "No earlier score to compare";
        }
        return (delta > 0 ? "\u25B2 +" + delta : delta < 0 ? "\u25BC \u2212" + -delta : "= no change") + " in "
                + AccountHealth.PERIOD_DAYS + " days";
    }

    private static String topic(TalkingPoints.Topic t) {
        return switch (t) {
            case TICKET -> "Ticket";
            case GROWTH -> "Growth";
            case ADOPTION -> "Adoption";
            case RISK -> "Risk";
            case NEXT_STEP -> "Next step";
        };
    }

    private static String evidence(List<AccountEvidence> evidence) {
        return evidence.stream().limit(3).map(AccountEvidence::text).collect(Collectors.joining(" \u00B7 "));
    }

    private static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    public ReadOnlyStringProperty healthProperty() { return health.getReadOnlyProperty(); }
    public ReadOnlyStringProperty healthTrendProperty() { return healthTrend.getReadOnlyProperty(); }
    public ReadOnlyStringProperty churnProperty() { return churn.getReadOnlyProperty(); }
    public ReadOnlyStringProperty engagementNoteProperty() { return engagementNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ObservableList<Line> healthParts() { return healthParts; }
    public ObservableList<Line> points() { return points; }
    public ObservableList<Line> growth() { return growth; }
    public ObservableList<Line> people() { return people; }
    public ObservableList<EngagementTrend.Month> months() { return months; }
}
