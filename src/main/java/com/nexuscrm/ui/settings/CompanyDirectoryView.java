package com.nexuscrm.ui.settings;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Settings → Company directory: import it, see what it holds, enrich the existing leads. */
public final class CompanyDirectoryView {
    private final CompanyDirectoryViewModel model;
    @FXML private Label contents;
    @FXML private Button importCsv;
    @FXML private Button enrichLeads;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Label result;
    @FXML private Label error;

    public CompanyDirectoryView(CompanyDirectoryViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        contents.textProperty().bind(model.contentsProperty());
        importCsv.disableProperty().bind(model.busyProperty());
        enrichLeads.disableProperty().bind(model.busyProperty().or(model.emptyProperty()));
        showWhen(progressBox, model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        progressMessage.textProperty().bind(model.progressMessageProperty());
        result.textProperty().bind(model.resultProperty());
        showWhen(result, model.resultProperty().isNotEmpty());
        error.textProperty().bind(model.errorProperty());
        showWhen(error, model.errorProperty().isNotEmpty());
        model.refresh();
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML private void onImport() { model.chooseAndImport(); }
    @FXML private void onEnrich() { model.enrichExistingLeads(); }
    @FXML private void onCancel() { model.cancel(); }
}
