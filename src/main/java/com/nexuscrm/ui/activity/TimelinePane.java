package com.nexuscrm.ui.activity;

import atlantafx.base.theme.Styles;
import com.nexuscrm.ui.common.Labels;
import com.nexuscrm.ui.common.ScreenLifecycle;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A record's timeline with its log form, as one node any detail pane can hold:
 * {@code TimelinePane.of(model)}, then {@code model.show(RecordRef.account(id))}. The list is virtualized and
 * loads the next page when scrolled to its end (or on "Show more"). Keys: Ctrl+L logs an activity (while the
 * pane is in the window); Space or Ctrl+Enter on a task completes it, and on a done task opens it again.
 */
public final class TimelinePane extends VBox {
    private static final KeyCombination LOG = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final TimelineViewModel model;
    private final ListView<TimelineItem> list = new ListView<>();
    private final LogActivityForm form;
    private final Runnable logShortcut = this::startLogging;
    private Runnable onLogStarted = () -> { };
    /** The row whose task a key completed or reopened last. */
    private int toggled = -1;

    private TimelinePane(TimelineViewModel model) {
        this.model = model;
        this.form = new LogActivityForm(model.form());
        setId("timeline");
        setSpacing(8);
        setPadding(new Insets(12));
        list.setId("timeline-list");
        list.setItems(model.items());
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(l -> new MoreOnScrollCell(model, l));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(model.emptyTextProperty());
        list.setPlaceholder(empty);
        // A filter: the list's own key handling must not see Space first (it would only toggle the selection).
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean toggle = e.getCode() == KeyCode.SPACE
                    || e.getCode() == KeyCode.ENTER && e.isShortcutDown();
            if (toggle) {
                toggled = list.getSelectionModel().getSelectedIndex();
                model.toggleDone(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        keepSelectionOnReplace();
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header(), form, list, more());
        model.form().openProperty().addListener((o, was, open) -> {
            if (!open) {
                list.requestFocus();
            }
        });
        ScreenLifecycle.whenShownIn(this, scene -> scene.getAccelerators().put(LOG, logShortcut));
        sceneProperty().addListener((o, old, now) -> release(old));
    }

    /** The timeline node over {@code model}; show a record with {@link TimelineViewModel#show}. */
    public static TimelinePane of(TimelineViewModel model) {
        return new TimelinePane(model);
    }

    /** Runs when Ctrl+L or the button opened the form (a host selects the tab the pane is on). */
    public void setOnLogStarted(Runnable onLogStarted) {
        this.onLogStarted = onLogStarted;
    }

    /** Opens the log form and puts the cursor in it. */
    public void startLogging() {
        if (model.recordProperty().get() == null) {
            return;
        }
        model.startLogging();
        onLogStarted.run();
        javafx.application.Platform.runLater(form::focusFirst); // once the host has shown the pane
    }

    private void release(Scene old) {
        if (old != null && old.getAccelerators().get(LOG) == logShortcut) {
            old.getAccelerators().remove(LOG);
        }
    }

    /** Filter and log button on one line, the count under them: the pane may be a narrow detail column. */
    private VBox header() {
        Label summary = new Label();
        summary.setId("timeline-summary");
        summary.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.textProperty().bind(model.summaryProperty());
        ComboBox<TimelineFilter> filter = new ComboBox<>();
        filter.setId("timeline-filter");
        filter.getItems().setAll(model.filters());
        model.recordProperty().addListener((o, was, now) -> { // touches are offered for leads and contacts only
            if (!filter.getItems().equals(model.filters())) {
                filter.getItems().setAll(model.filters());
            }
        });
        filter.setConverter(Labels.converter(model::filterLabel, ""));
        filter.valueProperty().bindBidirectional(model.filterProperty());
        model.counts().addListener((MapChangeListener<TimelineFilter, Long>) c -> {
            // A converter's text is read when the box is drawn: redraw it with the new counts.
            filter.setConverter(Labels.converter(model::filterLabel, ""));
        });
        Button log = new Button("Log (Ctrl+L)");
        log.setId("timeline-log");
        log.getStyleClass().add(Styles.ACCENT);
        log.disableProperty().bind(model.recordProperty().isNull());
        log.setOnAction(e -> startLogging());
        log.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, gap, log);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bar, summary);
    }

    private Button more() {
        Button more = new Button("Show more");
        more.setId("timeline-more");
        more.getStyleClass().add(Styles.FLAT);
        more.visibleProperty().bind(model.hasMoreProperty());
        more.managedProperty().bind(model.hasMoreProperty());
        more.disableProperty().bind(model.loadingProperty());
        more.setOnAction(e -> model.loadMore());
        more.setMaxWidth(Double.MAX_VALUE);
        return more;
    }

    /** A completed task is a new item in the old one's place: keep it selected, so the same key undoes it. */
    private void keepSelectionOnReplace() {
        list.getItems().addListener((ListChangeListener<TimelineItem>) c -> {
            while (c.next()) {
                int at = c.getFrom();
                if (c.wasReplaced() && c.getAddedSize() == 1 && at == toggled) {
                    javafx.application.Platform.runLater(() -> list.getSelectionModel().clearAndSelect(at));
                }
            }
        });
    }

    /** Loads the next page when the last row comes into view. */
    private static final class MoreOnScrollCell extends TimelineCell {
        private final TimelineViewModel model;
        private final ListView<TimelineItem> list;

        MoreOnScrollCell(TimelineViewModel model, ListView<TimelineItem> list) {
            super(model, list);
            this.model = model;
            this.list = list;
        }

        @Override
        protected void updateItem(TimelineItem item, boolean empty) {
            super.updateItem(item, empty);
            // Only a cell on screen: the list also lays out a hidden cell to measure rows.
            boolean shown = getParent() != null && getParent().isVisible();
            if (shown && !empty && item != null && getIndex() == list.getItems().size() - 1 && model.hasMoreProperty().get()) {
                javafx.application.Platform.runLater(model::loadMore);
            }
        }
    }
}
