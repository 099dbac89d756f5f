package com.nexuscrm.ui.workspace;

import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.common.ScreenLifecycle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/** The first-run / unlock card shown in the shell until a workspace is open. */
public final class WorkspaceGateView {
    public static final Screen<Void> SCREEN = Screen.of("WorkspaceGateView");

    private final WorkspaceGateViewModel model;
    @FXML private Label heading;
    @FXML private Label explanation;
    @FXML private Label folderLabel;
    @FXML private VBox choices;
    @FXML private RadioButton sampleChoice;
    @FXML private RadioButton emptyChoice;
    @FXML private RadioButton serverChoice;
    @FXML private VBox serverFields;
    @FXML private TextField serverUrl;
    @FXML private TextField email;
    @FXML private PasswordField serverPassword;
    @FXML private PasswordField passphrase;
    @FXML private PasswordField confirmation;
    @FXML private Label error;
    @FXML private Button submit;
    @FXML private VBox progressBox;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;

    public WorkspaceGateView(WorkspaceGateViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        boolean firstRun = model.isFirstRun();
        heading.setText(firstRun ? "Welcome to NexusCRM" : "Unlock your workspace");
        explanation.setText(firstRun
                ? "Your CRM data lives in an encrypted workspace on this computer. Choose how to start,"
                  + " then set the passphrase that unlocks it."
                : "Enter the passphrase of this workspace.");
        folderLabel.setText("Workspace folder: " + model.location());
        choices.setVisible(firstRun);
        choices.setManaged(firstRun);
        confirmation.setVisible(firstRun);
        confirmation.setManaged(firstRun);
        ToggleGroup group = new ToggleGroup();
        sampleChoice.setToggleGroup(group);
        emptyChoice.setToggleGroup(group);
        serverChoice.setToggleGroup(group);
        sampleChoice.selectedProperty().bindBidirectional(model.sampleProperty());
        serverChoice.selectedProperty().bindBidirectional(model.serverProperty());
        emptyChoice.setSelected(!model.sampleProperty().get() && firstRun);
        serverFields.visibleProperty().bind(serverChoice.selectedProperty());
        serverFields.managedProperty().bind(serverChoice.selectedProperty());
        serverUrl.textProperty().bindBidirectional(model.serverUrlProperty());
        email.textProperty().bindBidirectional(model.emailProperty());
        serverPassword.textProperty().bindBidirectional(model.serverPasswordProperty());
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        submit.textProperty().bind(Bindings.when(serverChoice.selectedProperty()).then("Create and connect")
                .otherwise(firstRun ? "Create workspace" : "Unlock"));
        submit.disableProperty().bind(model.busyProperty());
        progressBox.visibleProperty().bind(model.busyProperty());
        progressBox.managedProperty().bind(model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        progressMessage.textProperty().bind(model.progressMessageProperty());
        passphrase.setOnAction(e -> model.submit());
        confirmation.setOnAction(e -> model.submit());
        ScreenLifecycle.whenShown(passphrase, passphrase::requestFocus);
    }

    @FXML
    private void onSubmit() {
        model.submit();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }
}
