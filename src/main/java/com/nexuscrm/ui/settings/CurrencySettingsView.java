package com.nexuscrm.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Settings → Currency (see {@link CurrencySettingsViewModel}). */
public final class CurrencySettingsView {
    private final CurrencySettingsViewModel model;
    @FXML private TextField code;
    @FXML private Button save;
    @FXML private Label example;
    @FXML private Label error;
    @FXML private Label notice;

    public CurrencySettingsView(CurrencySettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        code.textProperty().bindBidirectional(model.codeProperty());
        code.editableProperty().bind(model.editableProperty().and(model.busyProperty().not()));
        save.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        example.textProperty().bind(model.exampleProperty());
        show(error, model.errorProperty());
        show(notice, model.noticeProperty());
        model.load();
    }

    private static void show(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML
    private void onSave() {
        model.save();
    }
}
