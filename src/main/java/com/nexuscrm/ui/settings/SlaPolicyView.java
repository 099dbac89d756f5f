package com.nexuscrm.ui.settings;

import com.nexuscrm.ui.common.Formats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** Settings → SLA policy (see {@link SlaPolicyViewModel}); Delete removes the selected holiday, Enter in the date adds it. */
public final class SlaPolicyView {
    private final SlaPolicyViewModel model;
    @FXML private GridPane form;
    @FXML private HBox days;
    @FXML private TextField startHour;
    @FXML private TextField endHour;
    @FXML private ListView<LocalDate> holidays;
    @FXML private DatePicker newHoliday;
    @FXML private Button addHoliday;
    @FXML private Button removeHoliday;
    @FXML private TextField warningPercent;
    @FXML private CheckBox escalate;
    @FXML private TextField escalateAfter;
    @FXML private HBox buttons;
    @FXML private Label error;
    @FXML private Label notice;

    public SlaPolicyView(SlaPolicyViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, Formats.user().locale()));
            box.setId("sla-day-" + day.name().toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(model.workdayProperty(day));
            days.getChildren().add(box);
        }
        startHour.textProperty().bindBidirectional(model.startHourProperty());
        endHour.textProperty().bindBidirectional(model.endHourProperty());
        warningPercent.textProperty().bindBidirectional(model.warningPercentProperty());
        escalate.selectedProperty().bindBidirectional(model.escalateProperty());
        escalateAfter.textProperty().bindBidirectional(model.escalateAfterProperty());
        escalateAfter.disableProperty().bind(model.escalateProperty().not());
        holidays.setItems(model.holidays());
        holidays.setPlaceholder(new Label("No holidays: SLA time runs on every working day."));
        holidays.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setText(empty || day == null ? null : Formats.user().day(day) + " (" + day.getDayOfWeek()
                        .getDisplayName(TextStyle.FULL, Formats.user().locale()) + ")");
            }
        });
        holidays.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                onRemoveHoliday();
            }
        });
        newHoliday.valueProperty().bindBidirectional(model.newHolidayProperty());
        newHoliday.setOnAction(e -> onAddHoliday());
        form.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        buttons.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        removeHoliday.disableProperty().bind(holidays.getSelectionModel().selectedItemProperty().isNull());
        addHoliday.disableProperty().bind(model.newHolidayProperty().isNull());
        show(error, model.errorProperty());
        show(notice, model.noticeProperty());
        model.load();
    }

    private static void show(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    @FXML private void onAddHoliday() { model.addHoliday(); }
    @FXML private void onRemoveHoliday() { model.removeHoliday(holidays.getSelectionModel().getSelectedItem()); }
    @FXML private void onSave() { model.save(); }
    @FXML private void onReset() { model.resetToDefaults(); }
}
