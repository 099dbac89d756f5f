package com.nexuscrm.ui.sync;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.Activatable;
import com.nexuscrm.sync.ConflictItem;
import com.nexuscrm.sync.HeldRecord;
import com.nexuscrm.sync.RejectionItem;
import com.nexuscrm.sync.SyncControl;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync inbox: conflicts on high-stakes fields waiting for a decision, local changes the team
 * server refused, and records from the server held back because they do not fit. Each decision goes to the sync engine at once and the row leaves the list.
 */
public final class SyncInboxViewModel implements Activatable {
    private record Contents(List<ConflictItem> conflicts, List<RejectionItem> rejections, List<HeldRecord> held) { }

    private final SyncControl sync;
    private final SyncFeed feed;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ObservableList<RejectionItem> rejections = FXCollections.observableArrayList();
    private final ObservableList<HeldRecord> held = FXCollections.observableArrayList();
    private final IntegerBinding conflictCount = Bindings.size(conflicts);
    private final IntegerBinding rejectionCount = Bindings.size(rejections);
    /** Reloads when a round changed what the inbox holds, while the screen is showing. */
    private final ChangeListener<SyncSnapshot> roundListener = (o, old, now) -> {
        if (now.conflicts() != conflicts.size() || now.rejections() != rejections.size()) {
            load();
        }
    };

    public SyncInboxViewModel(SyncControl sync, SyncFeed feed, TaskExecutor tasks, DialogService dialogs) {
        this.sync = sync;
        this.feed = feed;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The screen is showing: load, and follow sync rounds until {@link #deactivate()}. */
    @Override
    public void activate() {
        feed.snapshotProperty().addListener(roundListener);
        load();
    }

    @Override
    public void deactivate() {
        feed.snapshotProperty().removeListener(roundListener);
    }

    public void load() {
        tasks.run("Loading the sync inbox", p -> new Contents(sync.conflicts(), sync.rejections(), sync.heldBack()), c -> {
            conflicts.setAll(c.conflicts());
            rejections.setAll(c.rejections());
            held.setAll(c.held());
        }, e -> dialogs.showError("Cannot read the sync inbox", e.getMessage()));
    }

    public void keepTheirs(ConflictItem item) {
        resolve(item, item.theirs());
    }

    public void useMine(ConflictItem item) {
        resolve(item, item.mine());
    }

    /** Asks for a value, prefilled with this workstation's, and resolves with it. */
    public void edit(ConflictItem item) {
        String field = fieldLabel(item.field());
        dialogs.ask("Edit " + field, "Value of " + field + " for " + item.recordTitle() + ":",
                item.mine() == null ? "" : item.mine()).ifPresent(value -> resolve(item, value));
    }

    private void resolve(ConflictItem item, String value) {
        tasks.run("Resolving the conflict", p -> {
            sync.resolve(item.id(), value);
            return null;
        }, ok -> {
            conflicts.remove(item);
            feed.refresh();
        }, e -> dialogs.showError("Cannot resolve the conflict on " + item.recordTitle(), e.getMessage()));
    }

    public void dismiss(RejectionItem item) {
        tasks.run("Dismissing the rejected change", p -> {
            sync.dismissRejection(item.opId());
            return null;
        }, ok -> {
            rejections.remove(item);
            feed.refresh();
        }, e -> dialogs.showError("Cannot dismiss the rejected change", e.getMessage()));
    }

    public ObservableList<ConflictItem> conflicts() { return FXCollections.unmodifiableObservableList(conflicts); }
    public ObservableList<RejectionItem> rejections() { return FXCollections.unmodifiableObservableList(rejections); }
    /** Records the server sent that do not fit this workstation's rules: kept, shown, and left for an admin. */
    public ObservableList<HeldRecord> held() { return FXCollections.unmodifiableObservableList(held); }
    public IntegerBinding conflictCount() { return conflictCount; }
    public IntegerBinding rejectionCount() { return rejectionCount; }

    /** The tab titles, with their counts. */
    public StringExpression conflictsTitle() { return Bindings.format("Conflicts (%d)", conflictCount); }
    public StringExpression rejectionsTitle() { return Bindings.format("Rejected changes (%d)", rejectionCount); }
    public StringExpression heldTitle() { return Bindings.format("Held back (%d)", Bindings.size(held)); }

    /** A field name as people say it: {@code closeDate} is "close date". */
    public static String fieldLabel(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** What a value looks like in the inbox: null means empty. */
    /**
     * A stored value as a person reads it: numbers without a trailing ".0" and with digit grouping
     * (48000.0 → 48,000), enum names as words (CLOSED_WON → Closed won), nothing as "(empty)".
     */
    public static String shown(String value) {
        if (value == null || value.isEmpty()) {
            return "(empty)";
        }
        if (value.matches("-?\\d+(\\.\\d+)?")) {
            java.math.BigDecimal number = new java.math.BigDecimal(value).stripTrailingZeros();
            return Formats.user().number(number, Math.max(0, number.scale()));
        }
        if (value.matches("[A-Z][A-Z_]+")) {
            String words = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return value;
    }
}
