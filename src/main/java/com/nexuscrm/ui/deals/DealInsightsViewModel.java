package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.deal.DealHealth;
import com.nexuscrm.domain.deal.DealRisk;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.AssessDeals;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One deal's insights: its health score with the trend and the components behind it, and its risks, each with the
 * evidence, the recommended action and a "Create task" button. Loads in the background (a deal shown while another
 * loads wins); creating a task runs in the background too, and the risk's button then says "Task created".
 */
public final class DealInsightsViewModel {
    static final String CREATE = "Create task";
    static final String CREATING = "Creating…";
    static final String CREATED = "Task created";

    /** One line of the health breakdown. */
    public record HealthLine(String name, String value, String detail) { }

    /** One risk as listed, with the state of its task button. */
    public static final class RiskItem {
        private final DealRisk risk;
        private final ReadOnlyStringWrapper button = new ReadOnlyStringWrapper(CREATE);
        private final ReadOnlyBooleanWrapper actionable = new ReadOnlyBooleanWrapper(true);

        RiskItem(DealRisk risk) {
            this.risk = risk;
        }

        public DealRisk risk() { return risk; }
        public String severity() { return risk.severity().label(); }
        public String title() { return risk.kind().label(); }
        public ReadOnlyStringProperty buttonProperty() { return button.getReadOnlyProperty(); }
        public ReadOnlyBooleanProperty actionableProperty() { return actionable.getReadOnlyProperty(); }
    }

    private final DealInsightsSource source;
    private final TaskExecutor tasks;
    private final LatestRequest latest = new LatestRequest();
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trend = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper risksMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<HealthLine> components = FXCollections.observableArrayList();
    private final ObservableList<RiskItem> risks = FXCollections.observableArrayList();
    // Made once: an unmodifiable view follows its list through a weak listener, so a view made per call (and the
    // listeners a screen adds to it) can be collected while the list lives on.
    private final ObservableList<HealthLine> componentsView = FXCollections.unmodifiableObservableList(components);
    private final ObservableList<RiskItem> risksView = FXCollections.unmodifiableObservableList(risks);
    private UUID dealId;

    public DealInsightsViewModel(DealInsightsSource source, TaskExecutor tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    /** Shows the deal's insights (null: nothing). */
    public void show(UUID deal) {
        dealId = deal;
        components.clear();
        risks.clear();
        problem.set("");
        score.set("");
        trend.set("");
        note.set(deal == null ? "Choose a deal to see its health and risks." : "");
        risksMessage.set("");
        if (deal == null) {
            return;
        }
        loading.set(true);
        tasks.run(latest, "Checking the deal's health and risks", p -> source.assess(deal), this::showAssessment, e -> {
            loading.set(false);
            problem.set("The deal's health and risks could not be worked out: " + message(e));
        });
    }

    /** Shows the deal again (after an edit in the pane that hosts this view). */
    public void refresh() {
        show(dealId);
    }

    private void showAssessment(AssessDeals.Assessment a) {
        loading.set(false);
        DealHealth h = a.health();
        score.set(h.score() == null ? "\u2014" : Integer.toString(h.score()));
        note.set(h.score() == null ? h.note() : "");
        trend.set(trendText(a.trend()));
        for (DealHealth.Component c : h.components()) {
            components.add(new HealthLine(c.name(), c.value() == null ? "no data"
                    : Math.round(100 * c.value()) + "%", c.detail()));
        }
        a.risks().forEach(r -> risks.add(new RiskItem(r)));
        risksMessage.set(a.risks().isEmpty() ? "No risks found: the customer is engaged and the deal's data is complete."
                : a.risks().size() == 1 ? "1 risk" : a.risks().size() + " risks");
    }

    /** "▲ +5 since the last check", "▼ −14 ...", "= ..."; empty without a previous health. */
    static String trendText(Integer delta) {
        if (delta == null) {
            return "";
        }
        String arrow = delta > 0 ? "\u25B2 +" + delta : delta < 0 ? "\u25BC \u2212" + -delta : "= no change";
        return arrow + " since the last check";
    }

    /** Creates the risk's recommended task in the background; the button then says "Task created". */
    public void createTask(RiskItem item) {
        UUID deal = dealId;
        if (deal == null || !item.actionable.get()) {
            return;
        }
        item.actionable.set(false);
        item.button.set(CREATING);
        tasks.run("Creating a task", p -> {
            source.createTask(deal, item.risk);
            return Boolean.TRUE;
        }, done -> item.button.set(CREATED), e -> {
            item.button.set(CREATE);
            item.actionable.set(true);
            problem.set("The task was not created: " + message(e));
        });
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName().toLowerCase(Locale.ROOT) : m;
    }

    public ReadOnlyStringProperty scoreProperty() { return score.getReadOnlyProperty(); }
    public ReadOnlyStringProperty trendProperty() { return trend.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ReadOnlyStringProperty risksMessageProperty() { return risksMessage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ObservableList<HealthLine> components() { return componentsView; }
    public ObservableList<RiskItem> risks() { return risksView; }
}
