package com.nexuscrm.ui.today;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.TodayWork;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rep's work queue: one list of sections (tasks, SLA risks, leads to call first, meetings, deals), each
 * row able to open its record; a task completes in place, and the section counts follow.
 */
public final class TodayViewModel {
    private final TodaySource source;
    private final RecordNavigator navigator;
    private final User me;
    private final Formats formats;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final LatestRequest loads = new LatestRequest();
    private final ObservableList<TodayRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<TodayRow.Group, Integer>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper dayText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public TodayViewModel(TodaySource source, RecordNavigator navigator, User me, Formats formats, TaskExecutor tasks,
                          DialogService dialogs) {
        this.source = source;
        this.navigator = navigator;
        this.me = me;
        this.formats = formats;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Reads the queue again (when the screen is shown, and on F5); the newest request wins. */
    public void refresh() {
        loading.set(true);
        tasks.run(loads, "Loading today's work", p -> source.load(), this::show, e -> {
            loading.set(false);
            if (!(e instanceof Progress.CancelledException)) {
                dialogs.showError("Cannot load today's work", e.getMessage());
            }
        });
    }

    private void show(TodayWork work) {
        Map<TodayRow.Group, List<TodayRow>> groups = new TodayRows(new Formats(formats.locale(), work.zone())).of(work);
        Map<TodayRow.Group, Integer> sizes = new EnumMap<>(TodayRow.Group.class);
        List<TodayRow> all = new java.util.ArrayList<>();
        for (TodayRow.Group group : TodayRow.Group.values()) {
            List<TodayRow> items = groups.getOrDefault(group, List.of());
            sizes.put(group, items.size());
            all.add(TodayRow.header(group, items.size()));
            all.addAll(items.isEmpty() ? List.of(TodayRow.empty(group)) : items);
        }
        dayText.set(formats.day(work.day()) + " · " + work.zone().getId());
        if (!rows.equals(all)) { // a reload that changed nothing keeps the list, and so the user's selection
            rows.setAll(all);
        }
        counts.set(Map.copyOf(sizes));
        loading.set(false);
    }

    /** Opens the row's record where it lives; a row that opens nothing says why. */
    public void open(TodayRow row) {
        if (row == null || row.kind() != TodayRow.Kind.ITEM) {
            return;
        }
        if (row.opens() == null) {
            dialogs.showInfo("Nothing to open", "\"" + row.title() + "\" is not on a lead, contact, account or deal.");
            return;
        }
        try {
            navigator.open(row.opens());
        } catch (IllegalStateException e) {
            dialogs.showInfo("Cannot open the " + row.opens().kind().label().toLowerCase(),
                    "\"" + row.title() + "\" is on a " + row.opens().kind().label().toLowerCase()
                            + ", and this version has no screen that opens one yet.");
        }
    }

    /** Completes a task row: done in the store, then the row leaves the list and its section's count drops. */
    public void complete(TodayRow row) {
        if (row == null || !row.isTask()) {
            return;
        }
        tasks.run("Completing \"" + row.title() + "\"", p -> {
            source.complete(row.taskId());
            return row;
        }, this::removeTask, e -> dialogs.showError("Cannot complete the task \"" + row.title() + "\"", e.getMessage()));
    }

    private void removeTask(TodayRow done) {
        int at = rows.indexOf(done);
        if (at < 0) {
            return;
        }
        TodayRow.Group group = done.group();
        int left = counts.get().getOrDefault(group, 1) - 1;
        if (left == 0) {
            rows.set(at, TodayRow.empty(group));
        } else {
            rows.remove(at);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isHeader() && rows.get(i).group() == group) {
                rows.set(i, TodayRow.header(group, left));
            }
        }
        Map<TodayRow.Group, Integer> now = new EnumMap<>(counts.get());
        now.put(group, left);
        counts.set(Map.copyOf(now));
    }

    public String greeting() {
        String name = me.getDisplayName() == null ? "" : me.getDisplayName().split(" ")[0];
        return name.isEmpty() ? "Today" : "Good day, " + name;
    }

    public ObservableList<TodayRow> rows() { return rows; }
    /** How many rows each section lists. */
    public ReadOnlyObjectProperty<Map<TodayRow.Group, Integer>> countsProperty() { return counts.getReadOnlyProperty(); }
    /** The day the queue is for, in the rep's zone ("3 Mar 2026 · America/New_York"). */
    public ReadOnlyStringProperty dayTextProperty() { return dayText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
}
