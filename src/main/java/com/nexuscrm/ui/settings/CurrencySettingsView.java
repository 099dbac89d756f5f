package com.nexuscrm.ui.settings;

import com.nexuscrm.ui.common.Labels;
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
        Labels.showWhenSet(error, model.errorProperty());
        Labels.showWhenSet(notice, model.noticeProperty());
        model.load();
    }

    @FXML
    private void onSave() {
        model.save();
    }
}
