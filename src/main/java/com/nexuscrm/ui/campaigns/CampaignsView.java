package com.nexuscrm.ui.campaigns;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.ui.common.TableFit;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableRow;
import com.nexuscrm.ui.common.ViewLoader;

/**
 * The Campaigns screen: the campaigns list with its results above, the selected campaign below in five tabs
 * (steps and results with the variants' chart, the step editor with its preview, the enrolments, the replies with
 * their next best action, what the optimiser learnt), each its own view.
 */
public final class CampaignsView {
    private final CampaignsViewModel model;
    private final ViewLoader views;
    @FXML private Label summary;
    @FXML private ProgressIndicator busy;
    @FXML private Label empty;
    @FXML private TableView<CampaignRow> table;
    @FXML private Label heading;
    @FXML private Label message;
    @FXML private Tab stepsTab;
    @FXML private Tab editorTab;
    @FXML private Tab enrolmentsTab;
    @FXML private Tab repliesTab;
    @FXML private Tab optimisationTab;
    @FXML private Button addStep;

    public CampaignsView(CampaignsViewModel model, ViewLoader views) {
        this.model = model;
        this.views = views;
    }

    @FXML
    private void initialize() {
        Formats f = model.formats();
        table.getColumns().setAll(List.of(CampaignColumns.text("Campaign", CampaignRow::name, 170),
                CampaignColumns.text("Status", CampaignRow::status, 80), CampaignColumns.text("Channels", CampaignRow::channels, 130),
                CampaignColumns.count("Steps", CampaignRow::steps, f, 60), CampaignColumns.count("Enrolled", CampaignRow::enrolled, f, 75),
                CampaignColumns.count("Active", CampaignRow::active, f, 65), CampaignColumns.count("Replied", CampaignRow::replied, f, 70),
                CampaignColumns.count("Bounced", CampaignRow::bounced, f, 75),
                CampaignColumns.count("Unsubscribed", CampaignRow::unsubscribed, f, 118),
                CampaignColumns.rate("Reply rate", CampaignRow::replyRate, f, 100)));
        TableFit.fit(table);
        table.setItems(model.rows());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CampaignRow item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setTooltip(item == null || isEmpty || item.goal() == null ? null : new Tooltip("Goal: " + item.goal()));
            }
        });
        CampaignColumns.bindSelection(table, model.selectedProperty());
        summary.textProperty().bind(model.summaryProperty());
        busy.visibleProperty().bind(model.loadingProperty());
        bindMessage(empty, model.emptyMessageProperty());
        bindMessage(heading, model.detail().headingProperty());
        bindMessage(message, model.detail().messageProperty());
        stepsTab.setContent(views.load(CampaignStepsView.SCREEN, model.detail()));
        editorTab.setContent(views.load(StepEditorView.SCREEN, model));
        enrolmentsTab.setContent(views.load(CampaignEnrolmentsView.SCREEN, model.detail()));
        repliesTab.setContent(views.load(CampaignRepliesView.SCREEN, model.replies()));
        optimisationTab.setContent(views.load(CampaignOptimisationView.SCREEN, model.optimisation()));
        addStep.disableProperty().bind(model.detail().planProperty().isNull());
        ScreenLifecycle.whenShown(table, model::load);
    }

    @FXML
    private void onNewCampaign() {
        CampaignDialogs.newCampaign(table.getScene().getWindow(), model.newCampaign());
    }

    @FXML
    private void onAddStep() {
        AddStepViewModel form = model.addStep();
        if (form != null) {
            CampaignDialogs.addStep(table.getScene().getWindow(), form);
        }
    }

    @FXML
    private void onRefresh() {
        model.load();
    }

    private static void bindMessage(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
    }
}
