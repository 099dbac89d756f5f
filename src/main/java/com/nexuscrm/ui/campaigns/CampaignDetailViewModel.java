package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.CampaignResults;
import com.nexuscrm.usecase.CampaignResults.EnrolmentLine;
import com.nexuscrm.usecase.CampaignResults.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected campaign: its steps (day, channel, condition, variants) with per-step and per-variant results, the
 * variants' reply rates for the chart, and its enrolments with the next touch due. Loads in the background; the
 * newest campaign asked for wins. The selected step (-1: none) is what the step editor edits.
 */
public final class CampaignDetailViewModel {
    /** The plan, its steps' results and its enrolments, as one load gives them. */
    record Detail(CampaignPlan plan, List<StepResult> steps, List<EnrolmentLine> enrolments) { }

    private final CampaignResults results;
    private final Formats formats;
    private final TaskExecutor tasks;
    private final LatestRequest latest = new LatestRequest();
    private final ReadOnlyObjectWrapper<CampaignPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<VariantRow> variants = FXCollections.observableArrayList();
    private final ObservableList<EnrolmentRow> enrolments = FXCollections.observableArrayList();
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper enrolmentSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Select a campaign to see its steps and results.");

    public CampaignDetailViewModel(CampaignResults results, Formats formats, TaskExecutor tasks) {
        this.results = results;
        this.formats = formats;
        this.tasks = tasks;
    }

    /** Shows the campaign with this id (null clears). */
    public void show(UUID planId) {
        if (planId == null) {
            latest.next();
            plan.set(null);
            steps.clear();
            variants.clear();
            enrolments.clear();
            selectedStep.set(-1);
            heading.set("");
            enrolmentSummary.set("");
            message.set("Select a campaign to see its steps and results.");
            return;
        }
        message.set("Loading the campaign…");
        tasks.run(latest, "Loading the campaign", p -> results.plan(planId).map(pl -> new Detail(pl, results.steps(pl),
                results.enrolments(pl))).orElse(null), this::fill, e -> message.set("Could not load the campaign: " + e.getMessage()));
    }

    private void fill(Detail detail) {
        if (detail == null) {
            show(null);
            message.set("This campaign is no longer in the workspace; refresh the list.");
            return;
        }
        boolean samePlan = plan.get() != null && plan.get().id().equals(detail.plan().id());
        int keepStep = samePlan ? selectedStep.get() : 0;
        CampaignPlan p = detail.plan();
        List<VariantRow> variantRows = new ArrayList<>();
        steps.setAll(detail.steps().stream().map(s -> {
            s.variants().forEach(v -> variantRows.add(new VariantRow("Step " + (s.index() + 1) + " · " + v.template().variant(),
                    v.template().subject() == null ? firstLine(v.template().body()) : v.template().subject(),
                    v.sent(), v.replied(), v.replyRate(), CampaignTexts.learnt(formats, v))));
            return new StepRow(s.index(), "Step " + (s.index() + 1), "Day " + s.step().dayOffset(), s.step().channel().label(),
                    CampaignTexts.condition(s.step().condition()),
                    s.step().variants().stream().map(Template::variant).collect(Collectors.joining(", ")),
                    s.sent(), s.replied(), s.replyRate());
        }).toList());
        variants.setAll(variantRows);
        enrolments.setAll(detail.enrolments().stream().map(this::row).toList());
        heading.set(p.name() + (p.goal() == null || p.goal().isBlank() ? "" : " · goal: " + p.goal())
                + " · from " + (p.senderName() == null ? p.sender() : p.senderName() + " <" + p.sender() + ">"));
        enrolmentSummary.set(enrolmentSummary(detail.enrolments()));
        message.set((p.steps().isEmpty() ? "This campaign has no steps yet. " : "") + CampaignTexts.rules(p));
        plan.set(p);
        selectedStep.set(steps.isEmpty() ? -1 : Math.max(0, Math.min(keepStep, steps.size() - 1)));
    }

    private EnrolmentRow row(EnrolmentLine l) {
        Enrolment e = l.enrolment();
        String step = e.status() == EnrolmentStatus.COMPLETED ? "All steps done"
                : e.status() == EnrolmentStatus.PAUSED ? "Paused before step " + (e.currentStep() + 1)
                : l.nextStep() != null ? "At step " + (l.nextStep() + 1) : "Left after step " + Math.max(1, e.currentStep());
        return new EnrolmentRow(l.person(), CampaignTexts.word(e.status()), step, l.nextTouchDue(),
                l.nextTouchDue() == null ? "" : formats.dayTime(l.nextTouchDue().atZone(formats.zone())),
                CampaignTexts.word(e.exitReason()), e.enrolledAt(), formats.day(e.enrolledAt().atZone(formats.zone())));
    }

    private String enrolmentSummary(List<EnrolmentLine> lines) {
        if (lines.isEmpty()) {
            return "Nobody is enrolled in this campaign yet.";
        }
        long active = lines.stream().filter(l -> l.enrolment().active()).count();
        long due = lines.stream().filter(l -> l.nextTouchDue() != null).count();
        return formats.count(lines.size()) + " enrolled · " + formats.count(active) + " active · "
                + formats.count(due) + " with a touch to come";
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 79) + "…" : line;
    }

    public Formats formats() { return formats; }
    public ReadOnlyObjectProperty<CampaignPlan> planProperty() { return plan.getReadOnlyProperty(); }
    public ObservableList<StepRow> steps() { return steps; }
    public ObservableList<VariantRow> variants() { return variants; }
    public ObservableList<EnrolmentRow> enrolments() { return enrolments; }
    /** The step the editor edits, from 0; -1 for none. */
    public IntegerProperty selectedStepProperty() { return selectedStep; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty enrolmentSummaryProperty() { return enrolmentSummary.getReadOnlyProperty(); }
    /** Empty while a campaign with steps is shown; otherwise what to do or why nothing shows. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
