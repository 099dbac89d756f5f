package com.nexuscrm.ui.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The body of Settings → Lead scoring and Deal scoring ({@code ModelTrainingView.fxml}): the section's own
 * controller ({@link LeadScoringView}, {@link DealScoringView}) hands it its model, which sets the words and ids.
 */
public final class ModelTrainingView {
    private ModelTrainingViewModel model;
    @FXML private VBox root;
    @FXML private Label title;
    @FXML private Label description;
    @FXML private Label active;
    @FXML private Label warning;
    @FXML private VBox cardBox;
    @FXML private Label selection;
    @FXML private TableView<TrainableModels.Candidate> candidates;
    @FXML private Label leakage;
    @FXML private TableView<TrainableModels.Reliability> reliability;
    @FXML private TableView<TrainableModels.Version> versions;
    @FXML private Button train;
    @FXML private Button activate;
    @FXML private Button rollback;
    @FXML private Button fallback;
    @FXML private Button cancel;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Label result;

    /** Binds the section to {@code model} and reads the registry. */
    void show(ModelTrainingViewModel m) {
        this.model = m;
        ModelKind kind = m.kind();
        title.setText(kind.title());
        description.setText(kind.description());
        ids(kind.idPrefix());
        fallback.setText(kind.fallbackButton());
        fallback.setTooltip(new javafx.scene.control.Tooltip("Stop using the trained versions (they stay saved): scores"
                + " come from " + kind.fallback() + " until a version is activated again."));
        active.textProperty().bind(m.activeProperty());
        warning.textProperty().bind(m.warningProperty());
        showWhen(warning, m.warningProperty().isNotEmpty());
        m.cardProperty().addListener((o, was, card) -> showCard(card));
        showCard(m.cardProperty().get());
        reliability.setItems(m.reliability());
        versions.setItems(m.versions());
        ModelTables.show(kind, reliability, versions, candidates);
        for (Button b : new Button[] {train, activate, rollback, fallback}) {
            b.disableProperty().bind(m.busyProperty());
        }
        showWhen(progressBox, m.busyProperty());
        progress.progressProperty().bind(m.progressProperty());
        progressMessage.textProperty().bind(m.progressMessageProperty());
        result.textProperty().bind(m.resultProperty());
        showWhen(result, m.resultProperty().isNotEmpty());
        m.load();
    }

    private void ids(String prefix) {
        root.setId(prefix);
        Node[] nodes = {active, warning, cardBox, candidates, reliability, versions, train, activate, rollback, fallback,
            cancel, result};
        String[] names = {"active", "warning", "card", "candidates", "reliability", "versions", "train", "activate",
            "rollback", "fallback", "cancel", "result"};
        for (int i = 0; i < nodes.length; i++) {
            nodes[i].setId(prefix + "-" + names[i]);
        }
    }

    private void showCard(TrainableModels.Card card) {
        selection.setText(card.selection());
        candidates.getItems().setAll(card.candidates());
        List<String> lines = new ArrayList<>(card.leakage());
        lines.addAll(card.notes());
        leakage.setText(String.join("\n", lines));
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML private void onTrain() { model.train(); }
    @FXML private void onActivate() { model.activate(versions.getSelectionModel().getSelectedItem()); }
    @FXML private void onRollback() { model.rollback(); }
    @FXML private void onFallback() { model.useFallback(); }
    @FXML private void onCancel() { model.cancel(); }
}
