package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.routing.RoutingStrategy;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;

/** Settings → Lead routing: the editable routing table, the nurture threshold, Save and Reset. */
public final class RoutingRulesView {
    private final RoutingRulesViewModel model;
    @FXML private TableView<RuleRow> table;
    @FXML private TextField nurtureBelow;
    @FXML private Button remove;
    @FXML private Button save;
    @FXML private Button reset;
    @FXML private Label error;
    @FXML private Label notice;

    public RoutingRulesView(RoutingRulesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        table.setEditable(true);
        table.getColumns().setAll(java.util.List.of(
                textColumn("Min score", RuleRow::minScoreProperty, 100),
                choiceColumn("Strategy", RuleRow::strategyProperty, RoutingStrategy.values(), RoutingStrategy::label, 170),
                choiceColumn("Priority", RuleRow::priorityProperty, LeadPriority.values(), LeadPriority::label, 110),
                textColumn("SLA minutes", RuleRow::slaMinutesProperty, 125)));
        table.setItems(model.rows());
        nurtureBelow.textProperty().bindBidirectional(model.nurtureBelowProperty());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        save.disableProperty().bind(model.busyProperty());
        reset.disableProperty().bind(model.busyProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        model.load();
    }

    private static TableColumn<RuleRow, String> textColumn(String title, Function<RuleRow, Property<String>> value,
                                                           double width) {
        TableColumn<RuleRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> value.apply(e.getRowValue()).setValue(e.getNewValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static <E> TableColumn<RuleRow, E> choiceColumn(String title, Function<RuleRow, Property<E>> value, E[] choices,
                                                            Function<E, String> label, double width) {
        TableColumn<RuleRow, E> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<E>() {
            @Override
            public String toString(E e) { return e == null ? "" : label.apply(e); }

            @Override
            public E fromString(String s) { return null; }
        }, FXCollections.observableArrayList(choices)));
        column.setOnEditCommit(e -> value.apply(e.getRowValue()).setValue(e.getNewValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    @FXML private void onAdd() { model.addRule(); }
    @FXML private void onRemove() { model.removeRule(table.getSelectionModel().getSelectedItem()); }
    @FXML private void onSave() { model.save(); }
    @FXML private void onReset() { model.resetToDefaults(); }
}
