package com.nexuscrm.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;

/** Theme choice and where the workspace lives. */
public final class SettingsView {
    private final SettingsViewModel model;
    @FXML private RadioButton light;
    @FXML private RadioButton dark;
    @FXML private Label workspace;
    @FXML private Label user;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ToggleGroup group = new ToggleGroup();
        light.setToggleGroup(group);
        dark.setToggleGroup(group);
        dark.setSelected(model.darkProperty().get());
        light.setSelected(!model.darkProperty().get());
        // A plain listener, not bindBidirectional: that binding holds the model weakly, and nothing else
        // keeps this controller and its model alive, so a garbage collection silently cut the theme off.
        dark.selectedProperty().addListener((o, old, selected) -> model.darkProperty().set(selected));
        workspace.setText(model.workspace());
        user.setText(model.user());
    }
}
