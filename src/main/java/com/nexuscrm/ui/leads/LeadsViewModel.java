package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.domain.routing.SlaStatus;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.LeaveGuard;
import com.nexuscrm.ui.common.TaskExecutor;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The leads inbox: every lead held as a small row, filtered in memory on each keystroke, with bulk
 * assign and status changes that go through the repository (and so into the sync outbox). What it shows is
 * chosen by its {@link LeadFilters}; its rows are kept current in place by {@link InboxRows}.
 */
public final class LeadsViewModel {
    private final LeadRepository leads;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final LeadDetailViewModel detail;
    private final LeaveGuard unsaved;
    private final UUID me;
    private final InboxRows rows;
    private final ObservableList<LeadItem> items;
    private final FilteredList<LeadItem> visible;
    private final LeadFilters filters;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<User> assignees = FXCollections.observableArrayList();
    private final Map<UUID, String> ownerNames = new HashMap<>();
    /** A lead to show selected once the inbox holds it ({@link #select}). */
    private UUID toSelect;
    private final ReadOnlyObjectWrapper<LeadItem> selectRequest = new ReadOnlyObjectWrapper<>();
    /** The inbox's default order. */
    public static final Comparator<LeadItem> NEWEST_FIRST = Comparator.comparing((LeadItem i) -> i.row().createdAt(),
            Comparator.nullsLast(Comparator.reverseOrder()));
    private final Supplier<SlaClock> slaClocks;
    private volatile SlaClock slaClock;

    /** {@code users} is the workspace's directory, read once when it was opened (not on the FX thread). */
    public LeadsViewModel(LeadRepository leads, User currentUser, List<User> users, TaskExecutor tasks,
                          DialogService dialogs, LeadDetailViewModel detail, SavedFilterStore savedFilterStore,
                          Supplier<SlaClock> slaClocks) {
        this.leads = leads;
        this.slaClocks = slaClocks;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.detail = detail;
        this.unsaved = new com.nexuscrm.ui.common.UnsavedPrompt("lead", detail::isDirty, () -> detail.headingProperty().get(),
                detail::save, detail::discard, dialogs);
        this.me = currentUser.getId();
        for (User user : users) {
            ownerNames.put(user.getId(), user.getDisplayName());
            if (user.isAvailable()) {
                assignees.add(user);
            }
        }
        rows = new InboxRows(leads, tasks, dialogs, this::updateSummary);
        items = rows.items();
        visible = new FilteredList<>(items);
        visible.predicateProperty().addListener((o, a, b) -> updateSummary());
        detail.setOnSaved(rows::replace);
        filters = new LeadFilters(me, users, visible, dialogs, savedFilterStore); // filters once: open leads
    }

    /**
     * Re-reads every row after background work changed many of them (scores after opening, routing),
     * and shows the new values in place: the list, its order, the filters and the user's selection stay
     * as they are, so nothing jumps under the user's hands.
     */
    public void refreshRows() { rows.refreshAll(); }

    /** The newest known values of a row: refreshed in place, or as loaded. */
    public LeadRow current(LeadRow row) { return rows.current(row); }

    /** Changes each time {@link #refreshRows} has new values to show. */
    public ReadOnlyIntegerProperty rowsRefreshedProperty() { return rows.refreshedProperty(); }

    /** Loads every lead in the background; the table fills when done. */
    public void load() {
        loading.set(true);
        tasks.run("Loading leads", p -> {
            slaClock = slaClocks.get();
            return leads.inboxRows().stream().map(LeadItem::of).sorted(NEWEST_FIRST).toList();
        }, loaded -> {
            rows.setAll(loaded);
            loading.set(false);
            updateSummary();
            showToSelect();
        }, error -> {
            loading.set(false);
            // Cancelled: the workspace is closing; a dialog would only block the close.
            if (!(error instanceof Progress.CancelledException)) {
                dialogs.showError("Cannot load leads", error.getMessage());
            }
        });
    }

    /**
     * Business time left before the first response is due, in the owner's working hours; NONE for leads
     * that were never routed or before the leads have loaded.
     */
    public SlaStatus sla(LeadRow row, Instant now) {
        SlaClock clock = slaClock;
        if (clock == null) {
            return SlaStatus.NONE;
        }
        boolean answered = row.firstResponseAt() != null || row.status() != LeadStatus.NEW;
        return clock.status(row.ownerId(), row.routedAt(), row.slaDueAt(), answered, now);
    }

    private void updateSummary() {
        summary.set(String.format("%,d of %,d leads", visible.size(), items.size()));
    }

    /**
     * Sorts the whole inbox once, when the user picks a sort column; filtering then keeps that order, so
     * typing in the search box never re-sorts 100k rows. Null restores the default, newest first.
     */
    public void sortBy(Comparator<LeadItem> comparator) {
        FXCollections.sort(items, comparator == null ? NEWEST_FIRST : comparator);
    }

    public void open(LeadItem item) {
        if (item != null) {
            detail.load(item.row().id());
        }
    }

    /**
     * Shows one lead selected (opened from another screen): filters that hide it are cleared, and a lead the
     * inbox does not hold yet (created since it loaded) is read and added. Waits for a load in progress.
     */
    public void select(UUID leadId) {
        toSelect = leadId;
        if (!loading.get()) {
            showToSelect();
        }
    }

    private void showToSelect() {
        UUID id = toSelect;
        LeadItem item = id == null ? null : items.stream().filter(i -> i.row().id().equals(id)).findFirst().orElse(null);
        if (id != null && item == null) {
            toSelect = null;
            tasks.run("Finding the lead", p -> leads.row(id), row -> {
                rows.replace(row);
                select(id);
            }, e -> dialogs.showError("Cannot open the lead", "The lead is not in this workspace any more (it may"
                    + " have been deleted on another workstation)."));
        } else if (item != null) {
            toSelect = null;
            if (!visible.contains(item)) {
                filters.showAll();
            }
            selectRequest.set(null);
            selectRequest.set(item);
        }
    }

    /** The lead {@link #select} asked to show; the view selects and reveals it. */
    public ReadOnlyObjectProperty<LeadItem> selectRequestProperty() { return selectRequest.getReadOnlyProperty(); }

    /**
     * The user selected another row: opens its lead, first asking Save / Discard / Stay when the form holds unsaved
     * edits; {@code stay} puts the selection back. The row whose lead the form already shows is left as it is.
     */
    public void select(LeadItem item, Runnable stay) {
        if (item != null && !detail.shows(item.row().id())) {
            unsaved.leave(() -> open(item), stay);
        }
    }

    public void newLead() {
        unsaved.leave(() -> detail.startNew(me), () -> { });
    }

    /** Asked before the user leaves the inbox (another section, closing the window) with unsaved edits. */
    public LeaveGuard leaveGuard() { return unsaved; }

    public void assign(Collection<LeadItem> selected, User user) {
        List<UUID> ids = selected.stream().map(i -> i.row().id()).toList();
        if (ids.isEmpty() || user == null) {
            return;
        }
        tasks.run("Assigning " + ids.size() + " leads", p -> {
            leads.assign(ids, user.getId());
            return ids.stream().map(leads::row).toList();
        }, rows::replaceAll, e -> dialogs.showError("Assign failed", e.getMessage()));
    }

    public void changeStatus(Collection<LeadItem> selected, LeadStatus newStatus) {
        List<UUID> ids = selected.stream().map(i -> i.row().id()).toList();
        if (ids.isEmpty() || newStatus == null) {
            return;
        }
        tasks.run("Changing status of " + ids.size() + " leads", p -> {
            leads.changeStatus(ids, newStatus);
            return ids.stream().map(leads::row).toList();
        }, rows::replaceAll, e -> dialogs.showError("Status change failed", e.getMessage()));
    }

    /** Rows changed elsewhere (a conversion, a merge) are read again in place; removed ones leave the inbox. */
    public void rowsChanged(Collection<UUID> changed, Collection<UUID> removed) {
        rows.changed(changed, removed);
    }

    /** Reads one lead's row again and shows it in place (an activity logged on it stopped its SLA clock). */
    public void refreshRow(UUID id) {
        rows.refresh(id);
    }

    public String ownerName(UUID id) {
        return id == null ? "Unassigned" : ownerNames.getOrDefault(id, "Unknown user");
    }

    public FilteredList<LeadItem> visibleLeads() { return visible; }
    public ObservableList<LeadItem> allLeads() { return items; }

    /** The inbox's filters and saved views. */
    public LeadFilters filters() { return filters; }

    /** The team's lead sources (Settings → Picklists), read by the app off the FX thread, for the Source filter. */
    public void useSources(Picklist teamSources) {
        filters.useSources(teamSources);
    }

    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ObservableList<User> assignees() { return assignees; }
    public LeadDetailViewModel detail() { return detail; }
}
