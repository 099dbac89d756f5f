package com.nexuscrm.ui.settings;

import com.nexuscrm.ui.common.Formats;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import java.util.function.Function;

/** Settings → Lead scoring. */
public final class LeadScoringView {
    private final LeadScoringViewModel model;
    @FXML private Label active;
    @FXML private Label warning;
    @FXML private TableView<LeadModels.Reliability> reliability;
    @FXML private TableColumn<LeadModels.Reliability, String> bandColumn;
    @FXML private TableColumn<LeadModels.Reliability, String> leadsColumn;
    @FXML private TableColumn<LeadModels.Reliability, String> predictedColumn;
    @FXML private TableColumn<LeadModels.Reliability, String> observedColumn;
    @FXML private TableView<LeadModels.Version> versions;
    @FXML private TableColumn<LeadModels.Version, String> versionColumn;
    @FXML private TableColumn<LeadModels.Version, String> trainedColumn;
    @FXML private TableColumn<LeadModels.Version, String> dataColumn;
    @FXML private TableColumn<LeadModels.Version, String> qualityColumn;
    @FXML private Button train;
    @FXML private Button activate;
    @FXML private Button rollback;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Label result;

    public LeadScoringView(LeadScoringViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        active.textProperty().bind(model.activeProperty());
        warning.textProperty().bind(model.warningProperty());
        showWhen(warning, model.warningProperty().isNotEmpty());
        reliability.setItems(model.reliability());
        column(bandColumn, LeadModels.Reliability::band);
        column(leadsColumn, r -> Formats.user().count(r.leads()));
        column(predictedColumn, r -> Formats.user().percent(r.predicted()));
        column(observedColumn, r -> Formats.user().percent(r.observed()));
        reliability.setPlaceholder(new Label("No reliability table: the rules-based prior is in use."));
        versions.setItems(model.versions());
        column(versionColumn, v -> v.version() + (v.active() ? "  (active)" : ""));
        column(trainedColumn, LeadModels.Version::trainedOn);
        column(dataColumn, LeadModels.Version::data);
        column(qualityColumn, v -> v.problem() != null ? v.problem() : v.quality());
        for (Button b : new Button[] {train, activate, rollback}) {
            b.disableProperty().bind(model.busyProperty());
        }
        showWhen(progressBox, model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        progressMessage.textProperty().bind(model.progressMessageProperty());
        result.textProperty().bind(model.resultProperty());
        showWhen(result, model.resultProperty().isNotEmpty());
        model.load();
    }

    private static <R> void column(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML private void onTrain() { model.train(); }
    @FXML private void onActivate() { model.activate(versions.getSelectionModel().getSelectedItem()); }
    @FXML private void onRollback() { model.rollback(); }
    @FXML private void onCancel() { model.cancel(); }
}
