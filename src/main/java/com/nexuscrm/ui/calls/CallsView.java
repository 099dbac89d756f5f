package com.nexuscrm.ui.calls;

import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.ui.common.Labels;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** The calls screen: the list with its filters and job actions; the selected call opens below it. */
public final class CallsView {

    private final CallsViewModel model;
    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private ComboBox<CallStatus> status;
    @FXML private ComboBox<Choice> rep;
    @FXML private CheckBox mine;
    @FXML private Button cancelJob;
    @FXML private Button retryJob;
    @FXML private Button shareTranscript;
    @FXML private TableView<CallItem> table;

    public CallsView(CallsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.searchProperty());
        status.getItems().add(null);
        status.getItems().addAll(CallStatus.values());
        status.setConverter(Labels.converter(CallStatus::label, "Any status"));
        status.valueProperty().bindBidirectional(model.statusProperty());
        rep.setItems(model.reps());
        rep.valueProperty().bindBidirectional(model.repProperty());
        rep.disableProperty().bind(mine.selectedProperty());
        mine.selectedProperty().bindBidirectional(model.mineProperty());
        summary.textProperty().bind(model.summaryProperty());
        bindTable();
        bindActions();
        ScreenLifecycle.whileShown(table, model);
    }

    private void bindTable() {
        table.setItems(model.visibleCalls());
        table.getColumns().setAll(CallColumns.all());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null || !model.visibleCalls().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((o, a, item) -> {
            if (item != null && table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
        });
        RecordingFiles.acceptDrops(table, this::attach);
        model.pendingTranscriptProperty().addListener((o, a, choice) -> {
            if (choice != null) { // after the callback that set it: the dialog's nested loop must not run inside it
                Platform.runLater(() -> askAboutTranscript(choice));
            }
        });
    }

    private void askAboutTranscript(TranscriptChoice choice) {
        AttachTranscriptDialog.ask(table.getScene().getWindow(), choice, model.deals()).ifPresentOrElse(
                a -> model.attachTranscript(a.subject(), a.deal(), a.rep()), model::discardTranscript);
    }

    @FXML
    private void onAttachTranscript() {
        TranscriptFiles.choose(table.getScene().getWindow()).ifPresent(model::readTranscript);
    }

    private void bindActions() {
        var row = Bindings.select(model.selectedProperty(), "row");
        cancelJob.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !CallsViewModel.cancellable(model.selectedProperty().get()), model.selectedProperty(), row));
        retryJob.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !CallsViewModel.retryable(model.selectedProperty().get()), model.selectedProperty(), row));
        shareTranscript.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().status() != CallStatus.ANALYSED, model.selectedProperty(), row));
        shareTranscript.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() != null
                && model.selectedProperty().get().row().shared() ? "Unshare transcript" : "Share transcript",
                model.selectedProperty(), row));
    }

    @FXML
    private void onAttach() {
        attach(RecordingFiles.choose(table.getScene().getWindow()));
    }

    private void attach(List<Path> files) {
        if (!files.isEmpty()) {
            AttachCallDialog.ask(table.getScene().getWindow(), files, model.deals())
                    .ifPresent(a -> model.attach(files, a.subject(), a.deal()));
        }
    }

    @FXML
    private void onCancel() {
        model.cancel(model.selectedProperty().get());
    }

    @FXML
    private void onRetry() {
        model.retry(model.selectedProperty().get());
    }

    @FXML
    private void onShare() {
        model.toggleShare(model.selectedProperty().get());
    }
}
