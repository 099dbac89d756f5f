package com.nexuscrm.ui.customers;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Rows of an edit form in a grid: a label, the input, and under it the domain's error for that field. */
final class FormRows {
    private final GridPane grid;
    private final String idPrefix;
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();
    private Label lastLabel;

    /** Shows {@code errors} (field → message) under their inputs as they change. */
    FormRows(GridPane grid, String idPrefix, ObservableMap<String, String> errors) {
        this.grid = grid;
        this.idPrefix = idPrefix;
        errors.addListener((MapChangeListener<String, String>) change -> errorLabels.forEach((field, label) -> {
            String message = errors.get(field);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        }));
    }

    TextField text(String field, String label, StringProperty value) {
        TextField input = new TextField();
        input.setId(idPrefix + "-" + field);
        input.textProperty().bindBidirectional(value);
        add(field, label, input);
        return input;
    }

    /** The name label of the row added last (to bind a label that changes, such as a currency). */
    Label lastLabel() {
        return lastLabel;
    }

    void add(String field, String label, Node input) {
        Label error = new Label();
        error.setId(idPrefix + "-error-" + field);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        errorLabels.put(field, error);
        int row = grid.getRowCount();
        Label name = new Label(label);
        lastLabel = name;
        name.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(name, 0, row);
        grid.add(new VBox(2, input, error), 1, row);
    }
}
