package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.CampaignReplies;
import com.nexuscrm.usecase.CampaignResults;
import com.nexuscrm.usecase.CreateCampaign;
import com.nexuscrm.usecase.EditCampaignStep;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Campaigns screen: every campaign with its status, channels, steps, enrolment counts and reply rate; the
 * selected one's steps, results and enrolments ({@link CampaignDetailViewModel}), its replies with their next best
 * action ({@link CampaignRepliesViewModel}) and the step editor ({@link StepEditorViewModel}), which follows the
 * selected step. Loads in the background; the newest load wins.
 */
public final class CampaignsViewModel {
    private final CampaignResults results;
    private final CreateCampaign creating;
    private UUID selectNext;
    private final Formats formats;
    private final TaskExecutor tasks;
    private final LatestRequest latest = new LatestRequest();
    private final CampaignDetailViewModel detail;
    private final StepEditorViewModel editor;
    private final CampaignRepliesViewModel replies;
    private final CampaignOptimisationViewModel optimisation;
    private final ObservableList<CampaignRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public CampaignsViewModel(CampaignResults results, EditCampaignStep editing, CampaignReplies replies,
                              CreateCampaign creating, Formats formats, TaskExecutor tasks) {
        this.results = results;
        this.replies = new CampaignRepliesViewModel(replies, formats, tasks);
        this.optimisation = new CampaignOptimisationViewModel(results, formats, tasks);
        this.creating = creating;
        this.formats = formats;
        this.tasks = tasks;
        this.detail = new CampaignDetailViewModel(results, formats, tasks);
        this.editor = new StepEditorViewModel(editing, tasks, this::saved);
        selected.addListener((o, was, now) -> {
            if (now == null || was == null || !now.planId().equals(was.planId())) {
                detail.show(now == null ? null : now.planId());
                this.replies.show(now == null ? null : now.planId());
                optimisation.show(now == null ? null : now.planId());
            }
        });
        detail.planProperty().addListener((o, was, now) -> editor.edit(now, detail.selectedStepProperty().get()));
        detail.selectedStepProperty().addListener((o, was, now) -> editor.edit(detail.planProperty().get(), now.intValue()));
    }

    /** Reads every campaign again; the selection is kept when the campaign is still there, else the first is selected. */
    public void load() {
        loading.set(true);
        tasks.run(latest, "Loading campaigns", p -> results.summaries(), summaries -> {
            loading.set(false);
            show(summaries.stream().map(CampaignRow::of).toList());
        }, e -> {
            loading.set(false);
            rows.clear();
            summary.set("");
            emptyMessage.set("Could not read the campaigns: " + e.getMessage());
        });
    }

    private void show(List<CampaignRow> lines) {
        UUID keep = selectNext != null ? selectNext : selected.get() == null ? null : selected.get().planId();
        selectNext = null;
        rows.setAll(lines);
        CampaignRow again = lines.stream().filter(r -> r.planId().equals(keep)).findFirst()
                .orElse(lines.isEmpty() ? null : lines.get(0));
        selected.set(again);
        if (again != null && again.planId().equals(keep)) {
            detail.show(keep); // the same campaign: its results and replies may have changed
            replies.show(keep);
            optimisation.show(keep);
        }
        emptyMessage.set(lines.isEmpty() ? "No campaigns in this workspace yet. Create one with New campaign; its steps,"
                + " enrolments and results show here (the sample workspace comes with two)." : "");
        long running = lines.stream().filter(r -> CampaignResults.Status.RUNNING.label().equals(r.status())).count();
        int enrolled = lines.stream().mapToInt(CampaignRow::enrolled).sum();
        summary.set(lines.isEmpty() ? "" : formats.count(lines.size()) + (lines.size() == 1 ? " campaign" : " campaigns")
                + " · " + formats.count(running) + " running · " + formats.count(enrolled) + " enrolled");
    }

    private void saved(CampaignPlan plan) {
        load();
    }

    /** A fresh "New campaign" form; the campaign it creates is selected once the list is read again. */
    public NewCampaignViewModel newCampaign() {
        NewCampaignViewModel form = new NewCampaignViewModel(creating, tasks, plan -> {
            selectNext = plan.id();
            load();
        });
        form.load();
        return form;
    }

    /** An "Add step" form for the selected campaign; null when none is selected. */
    public AddStepViewModel addStep() {
        CampaignPlan plan = detail.planProperty().get();
        return plan == null ? null : new AddStepViewModel(creating, tasks, plan, this::saved);
    }

    public ObservableList<CampaignRow> rows() { return rows; }
    public ObjectProperty<CampaignRow> selectedProperty() { return selected; }
    public CampaignDetailViewModel detail() { return detail; }
    public StepEditorViewModel editor() { return editor; }
    public CampaignRepliesViewModel replies() { return replies; }
    /** The selected campaign's Optimisation tab. */
    public CampaignOptimisationViewModel optimisation() { return optimisation; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Empty while there are campaigns; otherwise why there are none. */
    public ReadOnlyStringProperty emptyMessageProperty() { return emptyMessage.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public Formats formats() { return formats; }
}
