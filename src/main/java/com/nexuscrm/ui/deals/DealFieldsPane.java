package com.nexuscrm.ui.deals;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.ui.common.Labels;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The deal's Details tab: each field with the domain's error for it underneath, as the other forms show them. */
final class DealFieldsPane extends GridPane {
    private final Map<String, Label> errorLabels = new HashMap<>();
    private final TextField name = new TextField();

    DealFieldsPane(DealDetailViewModel model) {
        DealFields f = model.fields();
        layOut();
        name.textProperty().bindBidirectional(f.nameProperty());
        row("name", "Name *", name);
        TextField amount = new TextField();
        amount.textProperty().bindBidirectional(f.amountProperty());
        amount.editableProperty().bind(model.lineItems().hasRowsProperty().not());
        amount.setTooltip(new Tooltip("With products on the Products tab, the amount is their sum."));
        row("amount", "Amount *", amount);
        Label currency = new Label();
        currency.textProperty().bind(model.header().currencyProperty());
        row("currency", "Currency", currency);
        DatePicker close = new DatePicker();
        close.valueProperty().bindBidirectional(f.closeDateProperty());
        close.setMaxWidth(Double.MAX_VALUE);
        row("closeDate", "Close date *", close);
        ComboBox<DealStage> stage = new ComboBox<>(f.stageOptions());
        stage.setConverter(Labels.converter(model::stageLabel, ""));
        stage.valueProperty().bindBidirectional(f.stageProperty());
        stage.disableProperty().bind(model.header().closedProperty()); // a closed deal changes stage by Reopen
        row("stage", "Stage *", stage);
        ComboBox<ForecastCategory> forecast = new ComboBox<>(FXCollections.observableArrayList(f.forecastOptions()));
        forecast.setConverter(Labels.converter(ForecastCategory::label, ""));
        forecast.valueProperty().bindBidirectional(f.forecastProperty());
        row("forecastCategory", "Forecast category", forecast);
        showErrors(model.errors());
    }

    private void layOut() {
        setHgap(10);
        setVgap(4);
        setPadding(new Insets(10, 4, 8, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Label.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, inputs);
    }

    private void row(String field, String label, Node input) {
        input.setId("deal-" + field);
        if (input instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        Label error = new Label();
        error.setId("deal-error-" + field);
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        errorLabels.put(field, error);
        int at = getRowCount();
        Label title = new Label(label);
        title.setMinWidth(Label.USE_PREF_SIZE);
        add(title, 0, at);
        add(new VBox(2, input, error), 1, at);
    }

    private void showErrors(ObservableMap<String, String> errors) {
        errors.addListener((MapChangeListener<String, String>) change -> errorLabels.forEach((field, label) -> {
            String message = errors.get(field);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        }));
    }

    void focusName() {
        name.requestFocus();
    }
}
