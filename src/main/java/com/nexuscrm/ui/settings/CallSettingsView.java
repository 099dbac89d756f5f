package com.nexuscrm.ui.settings;

import com.nexuscrm.ui.common.Labels;
import com.nexuscrm.domain.call.RepChannel;
import java.io.File;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/** Settings → Calls (see {@link CallSettingsViewModel}). */
public final class CallSettingsView {
    private final CallSettingsViewModel model;
    @FXML private Label modelFolder;
    @FXML private Button builtIn;
    @FXML private ComboBox<RepChannel> repChannel;
    @FXML private TextArea competitors;
    @FXML private TextArea trackers;
    @FXML private Button save;
    @FXML private Label error;
    @FXML private Label notice;

    public CallSettingsView(CallSettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        modelFolder.textProperty().bind(model.modelTextProperty());
        builtIn.disableProperty().bind(model.chosenModelProperty().isNull());
        repChannel.setItems(FXCollections.observableArrayList(RepChannel.values()));
        repChannel.setConverter(new StringConverter<>() {
            @Override
            public String toString(RepChannel c) {
                return c == null ? "" : c == RepChannel.LEFT ? "Left channel is the rep" : "Right channel is the rep";
            }

            @Override
            public RepChannel fromString(String s) { return null; }
        });
        repChannel.valueProperty().bindBidirectional(model.repChannelProperty());
        competitors.textProperty().bindBidirectional(model.competitorsProperty());
        trackers.textProperty().bindBidirectional(model.trackersProperty());
        save.disableProperty().bind(model.busyProperty());
        Labels.showWhenSet(error, model.errorProperty());
        Labels.showWhenSet(notice, model.noticeProperty());
        model.load();
    }

    @FXML
    private void onChooseModel() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose an unpacked Vosk model folder");
        File folder = chooser.showDialog(modelFolder.getScene().getWindow());
        if (folder != null) {
            model.chooseModel(folder.toPath());
        }
    }

    @FXML private void onBuiltIn() { model.useBuiltInModel(); }
    @FXML private void onSave() { model.save(); }
}
