package com.nexuscrm.ui.transfer;

import com.nexuscrm.transfer.ImportResult;
import com.nexuscrm.ui.common.Screen;
import com.nexuscrm.ui.transfer.ImportViewModel.ColumnRow;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Column mapping table with a field chooser per CSV column, and the import button. */
public final class ImportView {
    /** The import dialog's content, built for one import. */
    public static final Screen<ImportViewModel> SCREEN = Screen.of("ImportView", ImportViewModel.class);

    private final ImportViewModel model;
    @FXML private Label heading;
    @FXML private Label details;
    @FXML private Label hint;
    @FXML private TableView<ColumnRow> columns;
    @FXML private TableColumn<ColumnRow, String> headerColumn;
    @FXML private TableColumn<ColumnRow, String> sampleColumn;
    @FXML private TableColumn<ColumnRow, String> fieldColumn;
    @FXML private TableView<UnknownValueRow> unknownValues;
    @FXML private TableColumn<UnknownValueRow, String> unknownList;
    @FXML private TableColumn<UnknownValueRow, String> unknownValue;
    @FXML private TableColumn<UnknownValueRow, String> unknownRows;
    @FXML private TableColumn<UnknownValueRow, UnknownValueRow.Choice> unknownChoice;
    @FXML private TableView<ImportResult.Refusal> refusals;
    @FXML private TableColumn<ImportResult.Refusal, String> refusedLine;
    @FXML private TableColumn<ImportResult.Refusal, String> refusedField;
    @FXML private TableColumn<ImportResult.Refusal, String> refusedValue;
    @FXML private TableColumn<ImportResult.Refusal, String> refusedReason;
    @FXML private Label result;
    @FXML private ProgressBar progress;
    @FXML private Button importButton;
    @FXML private Button cancelButton;

    public ImportView(ImportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        heading.setText(model.title());
        details.textProperty().bind(model.detailsProperty());
        result.textProperty().bind(model.resultProperty());
        hint.setText(model.hint());
        progress.visibleProperty().bind(model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        cancelButton.visibleProperty().bind(model.busyProperty());
        cancelButton.managedProperty().bind(model.busyProperty());
        refusals.setItems(model.refusals());
        refusals.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.refusals()));
        refusals.managedProperty().bind(refusals.visibleProperty());
        columns.visibleProperty().bind(refusals.visibleProperty().not()); // once imported, the refusals take its place
        columns.managedProperty().bind(columns.visibleProperty());
        refusedLine.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue().line())));
        refusedField.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().field().isEmpty() ? "(the row)" : c.getValue().field()));
        refusedValue.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        refusedReason.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        refusedReason.setCellFactory(c -> new WrappingCell<>());
        importButton.disableProperty().bind(model.readyProperty().not().or(model.busyProperty()));
        columns.setItems(model.columns());
        headerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        sampleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        fieldColumn.setCellFactory(c -> new FieldCell());
        unknownValues.setItems(model.unknownValues());
        unknownValues.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.unknownValues()));
        unknownValues.managedProperty().bind(unknownValues.visibleProperty());
        unknownList.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().listLabel()));
        unknownValue.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value().value()));
        unknownRows.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().rowsText()));
        unknownChoice.setCellFactory(c -> new ChoiceCell());
    }

    /** A combo box of "add" and "map to ..." bound to the unknown value's choice. */
    private static final class ChoiceCell extends TableCell<UnknownValueRow, UnknownValueRow.Choice> {
        private final ComboBox<UnknownValueRow.Choice> choice = new ComboBox<>();

        ChoiceCell() {
            choice.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(UnknownValueRow.Choice value, boolean empty) {
            super.updateItem(value, empty);
            UnknownValueRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            choice.setOnAction(null);
            choice.getItems().setAll(row.choices());
            choice.setValue(row.chosenProperty().get());
            choice.setOnAction(e -> row.chosenProperty().set(choice.getValue()));
            setGraphic(choice);
        }
    }

    @FXML
    private void onImport() {
        model.runImport();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    /** A combo box bound to the row's field property. */
    private final class FieldCell extends TableCell<ColumnRow, String> {
        private final ComboBox<String> choice = new ComboBox<>();

        FieldCell() {
            choice.getItems().setAll(model.fieldChoices());
            choice.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            ColumnRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            // setValue fires onAction: detach the previous row's handler first, since cells are reused.
            choice.setOnAction(null);
            choice.setValue(row.field().get());
            choice.setOnAction(e -> row.field().set(choice.getValue()));
            setGraphic(choice);
        }
    }
}
