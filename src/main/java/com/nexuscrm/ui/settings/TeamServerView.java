package com.nexuscrm.ui.settings;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Settings → Team server: the connect form, or the connected workspace's server and actions. */
public final class TeamServerView {
    private final TeamServerViewModel model;
    @FXML private Label sampleNote;
    @FXML private VBox connectForm;
    @FXML private TextField serverUrl;
    @FXML private TextField email;
    @FXML private PasswordField password;
    @FXML private Button connect;
    @FXML private VBox connectedBox;
    @FXML private Label linkServer;
    @FXML private Label linkUser;
    @FXML private Label lastSync;
    @FXML private Label state;
    @FXML private PasswordField loginPassword;
    @FXML private Button syncNow;
    @FXML private Button loginAgain;
    @FXML private Button disconnect;
    @FXML private VBox progressBox;
    @FXML private Button cancel;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Label error;
    @FXML private Label notice;

    public TeamServerView(TeamServerViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        boolean sample = model.isSampleWorkspace();
        sampleNote.setText(TeamServerViewModel.SAMPLE_REFUSAL);
        BooleanBinding notConnected = model.connectedProperty().not();
        showWhen(sampleNote, sample ? notConnected : new SimpleBooleanProperty(false));
        showWhen(connectForm, sample ? new SimpleBooleanProperty(false) : notConnected);
        showWhen(connectedBox, model.connectedProperty());
        serverUrl.textProperty().bindBidirectional(model.serverUrlProperty());
        email.textProperty().bindBidirectional(model.emailProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        loginPassword.textProperty().bindBidirectional(model.loginPasswordProperty());
        linkServer.textProperty().bind(model.linkServerProperty());
        linkUser.textProperty().bind(model.linkUserProperty());
        lastSync.textProperty().bind(model.lastSyncProperty());
        state.textProperty().bind(model.stateProperty());
        for (Button b : new Button[] {connect, syncNow, loginAgain, disconnect}) {
            b.disableProperty().bind(model.busyProperty());
        }
        showWhen(progressBox, model.busyProperty());
        // The pressed button is disabled while busy, and Cancel hides after: without this, focus jumps to the
        // next section below and the scroll pane follows it, carrying this section out of view.
        model.busyProperty().addListener((o, was, busy) -> {
            if (busy) {
                cancel.requestFocus();
            } else {
                javafx.application.Platform.runLater(() -> (connectForm.isVisible() ? password : syncNow).requestFocus());
            }
        });
        progress.progressProperty().bind(model.progressProperty());
        progressMessage.textProperty().bind(model.progressMessageProperty());
        error.textProperty().bind(model.errorProperty());
        showWhen(error, model.errorProperty().isNotEmpty());
        notice.textProperty().bind(model.noticeProperty());
        showWhen(notice, model.noticeProperty().isNotEmpty());
        password.setOnAction(e -> model.connect());
        loginPassword.setOnAction(e -> model.loginAgain());
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML private void onConnect() { model.connect(); }
    @FXML private void onCancel() { model.cancel(); }
    @FXML private void onSyncNow() { model.syncNow(); }
    @FXML private void onLoginAgain() { model.loginAgain(); }
    @FXML private void onDisconnect() { model.disconnect(); }
}
