package com.nexuscrm.ui.settings;

import com.nexuscrm.ui.common.Labels;
import com.nexuscrm.domain.PicklistName;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** Settings → Picklists (see {@link PicklistsViewModel}). */
public final class PicklistsView {
    private final PicklistsViewModel model;
    @FXML private ComboBox<PicklistName> list;
    @FXML private TableView<PicklistRow> values;
    @FXML private TableColumn<PicklistRow, String> labelColumn;
    @FXML private TableColumn<PicklistRow, String> synonymsColumn;
    @FXML private TableColumn<PicklistRow, String> probabilityColumn;
    @FXML private TableColumn<PicklistRow, String> closedColumn;
    @FXML private TableColumn<PicklistRow, Boolean> activeColumn;
    @FXML private HBox editBar;
    @FXML private TextField newValue;
    @FXML private Button save;
    @FXML private Label error;
    @FXML private Label notice;

    public PicklistsView(PicklistsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        list.getItems().setAll(model.lists());
        list.setConverter(new StringConverter<>() {
            @Override
            public String toString(PicklistName n) { return n == null ? "" : n.label(); }

            @Override
            public PicklistName fromString(String s) { return null; }
        });
        list.valueProperty().bindBidirectional(model.listProperty());
        values.setItems(model.rows());
        values.editableProperty().bind(model.editableProperty());
        labelColumn.setCellValueFactory(c -> c.getValue().labelProperty());
        labelColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        synonymsColumn.setCellValueFactory(c -> c.getValue().synonymsProperty());
        synonymsColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        probabilityColumn.setCellValueFactory(c -> c.getValue().probabilityProperty());
        probabilityColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        closedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().closedText()));
        activeColumn.setCellValueFactory(c -> c.getValue().activeProperty());
        activeColumn.setCellFactory(CheckBoxTableCell.forTableColumn(activeColumn));
        model.listProperty().addListener((o, was, now) -> showStageColumns());
        showStageColumns();
        editBar.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        save.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        Labels.showWhenSet(error, model.errorProperty());
        Labels.showWhenSet(notice, model.noticeProperty());
        model.load();
    }

    private void showStageColumns() {
        probabilityColumn.setVisible(model.showsProbability());
        closedColumn.setVisible(model.showsProbability());
    }

    @FXML
    private void onAdd() {
        model.add(newValue.getText());
        newValue.clear();
    }

    @FXML private void onUp() { move(-1); }
    @FXML private void onDown() { move(1); }
    @FXML private void onSave() { model.save(); }

    private void move(int by) {
        int index = values.getSelectionModel().getSelectedIndex();
        model.move(index, by);
        values.getSelectionModel().clearAndSelect(Math.max(0, Math.min(model.rows().size() - 1, index + by)));
    }
}
