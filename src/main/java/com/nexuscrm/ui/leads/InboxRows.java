package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inbox's rows, kept current in place: a row that was saved, changed in bulk or changed elsewhere is replaced
 * where it stands (a new one goes on top), and newer values after background work are shown without touching the
 * list at all, so the order, the filters and the user's selection stay as they are.
 */
final class InboxRows {
    private final LeadRepository leads;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Runnable onReplaced;
    private final ObservableList<LeadItem> items = FXCollections.observableArrayList();
    /** Rows newer than the loaded items (scores, owners); the table shows these without reloading its list. */
    private final Map<UUID, LeadRow> fresher = new HashMap<>();
    private final ReadOnlyIntegerWrapper refreshed = new ReadOnlyIntegerWrapper();

    /** {@code onReplaced} runs after rows were replaced, added or removed (the inbox counts its rows again). */
    InboxRows(LeadRepository leads, TaskExecutor tasks, DialogService dialogs, Runnable onReplaced) {
        this.leads = leads;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.onReplaced = onReplaced;
    }

    ObservableList<LeadItem> items() { return items; }

    /** The rows as loaded: newer values kept from an earlier refresh no longer apply. */
    void setAll(List<LeadItem> loaded) {
        fresher.clear();
        items.setAll(loaded);
    }

    /** Re-reads every row and keeps the values that changed, for the cells to show ({@link #current}). */
    void refreshAll() {
        tasks.run("Refreshing scores", p -> leads.inboxRows(), rows -> {
            Map<UUID, LeadRow> shown = new HashMap<>();
            for (LeadItem item : items) {
                shown.put(item.row().id(), item.row());
            }
            fresher.clear();
            for (LeadRow row : rows) {
                if (shown.containsKey(row.id()) && !row.equals(shown.get(row.id()))) {
                    fresher.put(row.id(), row);
                }
            }
            refreshed.set(refreshed.get() + 1);
        }, e -> {
            if (!(e instanceof Progress.CancelledException)) {
                dialogs.showError("Cannot refresh leads", e.getMessage());
            }
        });
    }

    /** The newest known values of a row: refreshed in place, or as loaded. */
    LeadRow current(LeadRow row) {
        return fresher.getOrDefault(row.id(), row);
    }

    /** Changes each time {@link #refreshAll} has new values to show. */
    ReadOnlyIntegerProperty refreshedProperty() { return refreshed.getReadOnlyProperty(); }

    /** Reads one lead's row again and shows it in place. */
    void refresh(UUID id) {
        tasks.run("Refreshing lead", p -> leads.row(id), row -> {
            fresher.remove(id);
            replace(row);
        }, e -> dialogs.showError("Cannot refresh the lead", e.getMessage()));
    }

    /** Rows changed elsewhere are read again in place; removed ones leave the inbox. */
    void changed(Collection<UUID> changed, Collection<UUID> removed) {
        tasks.run("Updating the inbox", p -> changed.stream().map(leads::row).toList(), rows -> {
            items.removeIf(i -> removed.contains(i.row().id()));
            replaceAll(rows);
        }, e -> dialogs.showError("The inbox was not updated", e.getMessage() + " Reopen the Leads screen to see the changes."));
    }

    void replace(LeadRow row) {
        replaceAll(List.of(row));
    }

    void replaceAll(List<LeadRow> rows) {
        Map<UUID, Integer> index = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i).row().id(), i);
        }
        for (LeadRow row : rows) {
            fresher.remove(row.id()); // else the cells keep showing the values of the last refresh, not these
            Integer at = index.get(row.id());
            if (at != null) {
                items.set(at, LeadItem.of(row));
            } else {
                items.add(0, LeadItem.of(row));
            }
        }
        onReplaced.run();
    }
}
