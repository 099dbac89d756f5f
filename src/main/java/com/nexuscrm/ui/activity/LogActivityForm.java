package com.nexuscrm.ui.activity;

import atlantafx.base.theme.Styles;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.ui.common.Labels;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inline "Log activity" form over {@link LogActivityViewModel}. Keys: Enter saves from any field
 * (Shift+Enter starts a new line in the notes), Esc cancels; in the type box C, E, M, N and T pick
 * call, email, meeting, note and task. Each field's error shows under it.
 */
final class LogActivityForm extends VBox {
    private final LogActivityViewModel model;
    private final GridPane grid = new GridPane();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final ComboBox<ActivityType> type = new ComboBox<>();
    private final TextField subject = new TextField();
    private final DatePicker date = new DatePicker();
    private int rows;

    LogActivityForm(LogActivityViewModel model) {
        this.model = model;
        setId("log-form");
        setSpacing(8);
        setPadding(new Insets(10));
        getStyleClass().add(Styles.BG_SUBTLE);
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // "Reminder" in full
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        grid.getColumnConstraints().addAll(labels, fields);
        Label title = new Label("Log activity");
        title.getStyleClass().add(Styles.TITLE_4);
        Label keys = new Label("Enter saves · Esc cancels");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, keys);
        top.setAlignment(Pos.BASELINE_LEFT);
        getChildren().addAll(top, grid, buttons());
        fields();
        visibleProperty().bind(model.openProperty());
        managedProperty().bind(model.openProperty());
        model.errors().addListener((MapChangeListener<String, String>) c -> showErrors());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void fields() {
        type.setId("log-type");
        type.getItems().setAll(ActivityType.values());
        type.setConverter(Labels.converter(t -> t.name().charAt(0) + t.name().substring(1).toLowerCase(), ""));
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setOnKeyTyped(e -> pickType(e.getCharacter()));
        row("type", "Type", type, null);
        subject.setId("log-subject");
        subject.setPromptText("What was it about?");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        row("subject", "Subject", subject, null);
        date.setId("log-date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setMaxWidth(Double.MAX_VALUE);
        TextField time = new TextField();
        time.setId("log-time");
        time.textProperty().bindBidirectional(model.timeProperty());
        time.setPrefColumnCount(7);
        time.setMaxWidth(Region.USE_PREF_SIZE);
        // Date and time on rows of their own: the pane may be a narrow detail column.
        Label whenLabel = row(null, "When", date, null);
        whenLabel.textProperty().bind(javafx.beans.binding.Bindings.when(model.taskProperty()).then("Due").otherwise("When"));
        row("when", "Time", time, null);
        ComboBox<String> outcome = new ComboBox<>(model.outcomes());
        outcome.setId("log-outcome");
        outcome.setEditable(true);
        outcome.setPromptText("How did it go?");
        outcome.getEditor().textProperty().bindBidirectional(model.outcomeProperty());
        row("outcome", "Outcome", outcome, model.withOutcomeProperty());
        ComboBox<TaskPriority> priority = new ComboBox<>();
        priority.setId("log-priority");
        priority.getItems().setAll(TaskPriority.values());
        priority.setConverter(Labels.converter(TaskPriority::label, ""));
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        row("priority", "Priority", priority, model.taskProperty());
        ComboBox<ReminderChoice> reminder = new ComboBox<>();
        reminder.setId("log-reminder");
        reminder.getItems().setAll(ReminderChoice.values());
        reminder.setConverter(Labels.converter(ReminderChoice::label, ""));
        reminder.valueProperty().bindBidirectional(model.reminderProperty());
        row("reminder", "Reminder", reminder, model.taskProperty());
        TextArea notes = new TextArea();
        notes.setId("log-notes");
        notes.setPromptText("Shift+Enter: new line");
        notes.setPrefRowCount(3);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        row("notes", "Notes", notes, null);
    }

    /** A labelled input with its error under it ({@code field} null: no error of its own). */
    private Label row(String field, String label, Node input, BooleanExpression shown) {
        VBox cell = new VBox(2, input);
        if (field != null) {
            Label error = new Label();
            error.setId("log-error-" + field);
            error.getStyleClass().add(Styles.DANGER);
            error.setWrapText(true);
            error.setVisible(false);
            error.setManaged(false);
            errors.put(field, error);
            cell.getChildren().add(error);
        }
        if (input instanceof Region region && region.getMaxWidth() != Region.USE_PREF_SIZE) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        Label name = new Label(label);
        int at = rows++; // not grid.getRowCount(): it counts managed children only, and hidden rows are unmanaged
        grid.add(name, 0, at);
        grid.add(cell, 1, at);
        if (shown != null) {
            for (Node n : new Node[] {name, cell}) {
                n.visibleProperty().bind(shown);
                n.managedProperty().bind(shown);
            }
        }
        return name;
    }

    private HBox buttons() {
        Button save = new Button("Save activity");
        save.setId("log-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setId("log-cancel");
        cancel.setOnAction(e -> model.cancel());
        save.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, save, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Puts the cursor in the subject, the one field every activity needs. */
    void focusFirst() {
        subject.requestFocus();
    }

    private void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            model.cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !(e.isShiftDown() && e.getTarget() instanceof TextArea)) {
            save();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof TextArea area) {
            area.replaceSelection("\n");
            e.consume();
        }
    }

    private void save() {
        // A date typed but not yet committed by the picker is what the rep sees: take it.
        try {
            date.setValue(date.getConverter().fromString(date.getEditor().getText()));
        } catch (RuntimeException e) {
            model.dateProperty().set(null);
        }
        model.save();
    }

    private void pickType(String typed) {
        for (ActivityType t : ActivityType.values()) {
            if (t.name().substring(0, 1).equalsIgnoreCase(typed)) {
                type.setValue(t);
            }
        }
    }

    private void showErrors() {
        errors.forEach((field, label) -> {
            String message = model.errors().get(field);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        });
    }
}
