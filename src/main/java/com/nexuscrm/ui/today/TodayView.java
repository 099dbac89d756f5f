package com.nexuscrm.ui.today;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.ScreenLifecycle;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * The rep's work queue, keyboard first: arrows move, Enter (or a double click) opens the row's record,
 * Space completes a task in place, F5 reads the queue again. Refreshed each time the screen is shown.
 */
public final class TodayView {
    private final TodayViewModel model;
    @FXML private Label greeting;
    @FXML private Label day;
    @FXML private Label tasksCount;
    @FXML private Label slaCount;
    @FXML private Label callFirstCount;
    @FXML private Label meetingsCount;
    @FXML private Label dealsCount;
    @FXML private ListView<TodayRow> list;
    private Scene shownIn;

    public TodayView(TodayViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        greeting.setText(model.greeting());
        day.textProperty().bind(model.dayTextProperty());
        model.countsProperty().addListener((o, a, counts) -> show(counts));
        list.setItems(model.rows());
        list.setCellFactory(l -> new TodayCell(model::complete));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE) {
                model.complete(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        model.rows().addListener(this::keepSelection);
        KeyCodeCombination f5 = new KeyCodeCombination(KeyCode.F5);
        ScreenLifecycle.whenShownIn(list, scene -> {
            shownIn = scene;
            scene.getAccelerators().put(f5, model::refresh);
            model.refresh();
            list.requestFocus();
        });
        ScreenLifecycle.whenRemoved(list, () -> shownIn.getAccelerators().remove(f5)); // F5 is Today's only while shown
    }

    /** After a completed task leaves the list, the row that took its place is selected, so Space can go on. */
    private void keepSelection(ListChangeListener.Change<? extends TodayRow> change) {
        while (change.next()) {
            if (change.wasRemoved() && !change.wasReplaced() && !model.rows().isEmpty()) {
                list.getSelectionModel().select(Math.min(change.getFrom(), model.rows().size() - 1));
            }
        }
    }

    private void show(Map<TodayRow.Group, Integer> counts) {
        tasksCount.setText(count(counts, TodayRow.Group.TASKS));
        slaCount.setText(count(counts, TodayRow.Group.SLA));
        callFirstCount.setText(count(counts, TodayRow.Group.CALL_FIRST));
        meetingsCount.setText(count(counts, TodayRow.Group.MEETINGS));
        dealsCount.setText(count(counts, TodayRow.Group.DEALS));
    }

    private static String count(Map<TodayRow.Group, Integer> counts, TodayRow.Group group) {
        Integer n = counts.get(group);
        return n == null ? "–" : Formats.user().count(n);
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }
}
