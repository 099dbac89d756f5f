package com.nexuscrm.ui.calls;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.ScreenLifecycle;
import com.nexuscrm.conversation.CallJobs;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.ui.common.Labels;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

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
        table.getColumns().setAll(List.of(
                column("Date", r -> Formats.user().dayTime(r.callAt()), 150),
                column("Subject", CallRow::subject, 180), column("Rep", CallRow::repName, 130),
                column("Deal", CallRow::dealName, 190),
                column("Duration", r -> CallsViewModel.duration(r.durationSeconds()), 80), statusColumn()));
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
        table.setOnDragOver(this::onDragOver);
        table.setOnDragDropped(e -> {
            List<Path> files = audioFiles(e);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            attach(files);
        });
    }

    private TableColumn<CallItem, String> column(String title, Function<CallRow, String> value, double width) {
        TableColumn<CallItem, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue().row()),
                c.getValue().rowProperty()));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<CallItem, CallRow> statusColumn() {
        TableColumn<CallItem, CallRow> column = new TableColumn<>("Status");
        column.setCellValueFactory(c -> c.getValue().rowProperty());
        column.setCellFactory(c -> new StatusCell());
        column.setPrefWidth(190);
        return column;
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
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach call recording");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Audio",
                CallJobs.AUDIO_EXTENSIONS.stream().sorted().map(e -> "*." + e).toList()));
        List<File> chosen = chooser.showOpenMultipleDialog(table.getScene().getWindow());
        if (chosen != null) {
            attach(chosen.stream().map(File::toPath).toList());
        }
    }

    private void attach(List<Path> files) {
        if (!files.isEmpty()) {
            AttachCallDialog.ask(table.getScene().getWindow(), files, model.deals())
                    .ifPresent(a -> model.attach(files, a.subject(), a.deal()));
        }
    }

    private void onDragOver(DragEvent e) {
        if (!audioFiles(e).isEmpty()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private static List<Path> audioFiles(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return List.of();
        }
        return e.getDragboard().getFiles().stream().map(File::toPath).filter(p -> {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return CallJobs.AUDIO_EXTENSIONS.contains(name.substring(name.lastIndexOf('.') + 1));
        }).toList();
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
