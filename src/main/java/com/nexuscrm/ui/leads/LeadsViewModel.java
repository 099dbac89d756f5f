package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.LeaveGuard;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.Collection;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.domain.routing.SlaStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The leads inbox: every lead held as a small row, filtered in memory on each keystroke, with bulk
 * assign and status changes that go through the repository (and so into the sync outbox).
 */
public final class LeadsViewModel {
    private final LeadRepository leads;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final LeadDetailViewModel detail;
    private final LeaveGuard unsaved;
    private final UUID me;
    private final ObservableList<LeadItem> items = FXCollections.observableArrayList();
    /** Rows newer than the loaded items (scores, owners); the table shows these without reloading its list. */
    private final Map<UUID, LeadRow> fresher = new HashMap<>();
    private final ReadOnlyIntegerWrapper rowsRefreshed = new ReadOnlyIntegerWrapper();
    private final FilteredList<LeadItem> visible = new FilteredList<>(items);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LeadStatus> status = new SimpleObjectProperty<>();
    /** The source filter: a lead-source key of the team's list, null for any. */
    private final ObjectProperty<String> source = new SimpleObjectProperty<>();
    /** The Source filter's choices: null ("Any source"), then the team's lead sources in its order. */
    private final ObservableList<String> sourceChoices = FXCollections.observableArrayList();
    private Picklist sources = Picklists.defaults(PicklistName.LEAD_SOURCE);
    private final ObjectProperty<OwnerChoice> owner = new SimpleObjectProperty<>(OwnerChoice.ANY);
    private final BooleanProperty openOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<SavedFilter> savedFilter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<OwnerChoice> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<User> assignees = FXCollections.observableArrayList();
    private final Map<UUID, String> ownerNames = new HashMap<>();
    private boolean applyingView;
    /** A lead to show selected once the inbox holds it ({@link #select}). */
    private UUID toSelect;
    private final ReadOnlyObjectWrapper<LeadItem> selectRequest = new ReadOnlyObjectWrapper<>();
    /** The inbox's default order. */
    public static final Comparator<LeadItem> NEWEST_FIRST = Comparator.comparing((LeadItem i) -> i.row().createdAt(),
            Comparator.nullsLast(Comparator.reverseOrder()));
    private static final List<SavedFilter> BUILT_IN = List.of(SavedFilter.OPEN, SavedFilter.MY_NEW,
            SavedFilter.UNASSIGNED, SavedFilter.ALL);
    private final ObservableList<SavedFilter> savedFilters = FXCollections.observableArrayList(
            SavedFilter.OPEN, SavedFilter.MY_NEW, SavedFilter.UNASSIGNED, SavedFilter.ALL);
    private final SavedFilterStore savedFilterStore;
    private final Supplier<SlaClock> slaClocks;
    private volatile SlaClock slaClock;

    /** {@code users} is the workspace's directory, read once when it was opened (not on the FX thread). */
    public LeadsViewModel(LeadRepository leads, User currentUser, List<User> users, TaskExecutor tasks,
                          DialogService dialogs, LeadDetailViewModel detail, SavedFilterStore savedFilterStore,
                          Supplier<SlaClock> slaClocks) {
        this.leads = leads;
        this.slaClocks = slaClocks;
        this.savedFilterStore = savedFilterStore;
        savedFilters.addAll(savedFilterStore.load());
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.detail = detail;
        this.unsaved = new com.nexuscrm.ui.common.UnsavedPrompt("lead", detail::isDirty, () -> detail.headingProperty().get(),
                detail::save, detail::discard, dialogs);
        this.me = currentUser.getId();
        ownerChoices.setAll(OwnerChoice.ANY, OwnerChoice.ME, OwnerChoice.UNASSIGNED);
        useSources(sources);
        for (User user : users) {
            ownerNames.put(user.getId(), user.getDisplayName());
            ownerChoices.add(new OwnerChoice(OwnerChoice.Kind.USER, user.getId(), user.getDisplayName()));
            if (user.isAvailable()) {
                assignees.add(user);
            }
        }
        search.addListener((o, a, b) -> applyFilter());
        status.addListener((o, a, b) -> applyFilter());
        source.addListener((o, a, b) -> applyFilter());
        owner.addListener((o, a, b) -> applyFilter());
        openOnly.addListener((o, a, b) -> applyFilter());
        savedFilter.addListener((o, a, view) -> apply(view));
        visible.predicateProperty().addListener((o, a, b) -> updateSummary());
        detail.setOnSaved(this::replace);
        savedFilter.set(SavedFilter.OPEN);
    }

    /**
     * Re-reads every row after background work changed many of them (scores after opening, routing),
     * and shows the new values in place: the list, its order, the filters and the user's selection stay
     * as they are, so nothing jumps under the user's hands.
     */
    public void refreshRows() {
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
            rowsRefreshed.set(rowsRefreshed.get() + 1);
        }, e -> {
            if (!(e instanceof Progress.CancelledException)) {
                dialogs.showError("Cannot refresh leads", e.getMessage());
            }
        });
    }

    /** The newest known values of a row: refreshed in place, or as loaded. */
    public LeadRow current(LeadRow row) {
        return fresher.getOrDefault(row.id(), row);
    }

    /** Changes each time {@link #refreshRows} has new values to show. */
    public ReadOnlyIntegerProperty rowsRefreshedProperty() { return rowsRefreshed.getReadOnlyProperty(); }

    /** Loads every lead in the background; the table fills when done. */
    public void load() {
        loading.set(true);
        tasks.run("Loading leads", p -> {
            slaClock = slaClocks.get();
            return leads.inboxRows().stream().map(LeadItem::of).sorted(NEWEST_FIRST).toList();
        }, rows -> {
            fresher.clear();
            items.setAll(rows);
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

    /** Sets every filter of the saved view, then filters once (not once per changed filter). */
    private void apply(SavedFilter view) {
        if (view == null) {
            return;
        }
        LeadCriteria c = view.criteria();
        applyingView = true;
        try {
            search.set(c.search());
            status.set(c.status());
            source.set(c.source());
            owner.set(c.owner());
            openOnly.set(c.openOnly());
        } finally {
            applyingView = false;
        }
        applyFilter();
    }

    /** Saves the current filters under a name the user gives; a view of the same name is replaced. */
    public void saveCurrentView() {
        dialogs.ask("Save view", "Name of this view:", "").ifPresent(name -> {
            SavedFilter view = new SavedFilter(name, criteria());
            savedFilters.removeIf(f -> f.name().equalsIgnoreCase(name));
            savedFilters.add(view);
            savedFilterStore.save(savedFilters.stream().filter(f -> !BUILT_IN.contains(f)).toList());
            savedFilter.set(view);
        });
    }

    public LeadCriteria criteria() {
        return new LeadCriteria(search.get(), status.get(), source.get(), owner.get(), openOnly.get());
    }

    void applyFilter() {
        if (applyingView) {
            return;
        }
        visible.setPredicate(criteria().predicate(me));
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
                replace(row);
                select(id);
            }, e -> dialogs.showError("Cannot open the lead", "The lead is not in this workspace any more (it may"
                    + " have been deleted on another workstation)."));
        } else if (item != null) {
            toSelect = null;
            if (!visible.contains(item)) {
                savedFilter.set(SavedFilter.ALL);
                apply(SavedFilter.ALL); // also when "All leads" was already chosen but searched in
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
        }, this::replaceAll, e -> dialogs.showError("Assign failed", e.getMessage()));
    }

    public void changeStatus(Collection<LeadItem> selected, LeadStatus newStatus) {
        List<UUID> ids = selected.stream().map(i -> i.row().id()).toList();
        if (ids.isEmpty() || newStatus == null) {
            return;
        }
        tasks.run("Changing status of " + ids.size() + " leads", p -> {
            leads.changeStatus(ids, newStatus);
            return ids.stream().map(leads::row).toList();
        }, this::replaceAll, e -> dialogs.showError("Status change failed", e.getMessage()));
    }

    /** Rows changed elsewhere (a conversion, a merge) are read again in place; removed ones leave the inbox. */
    public void rowsChanged(Collection<UUID> changed, Collection<UUID> removed) {
        tasks.run("Updating the inbox", p -> changed.stream().map(leads::row).toList(), rows -> {
            items.removeIf(i -> removed.contains(i.row().id()));
            replaceAll(rows);
        }, e -> dialogs.showError("The inbox was not updated", e.getMessage() + " Reopen the Leads screen to see the changes."));
    }

    private void replaceAll(List<LeadRow> rows) {
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
        updateSummary();
    }

    /** Reads one lead's row again and shows it in place (an activity logged on it stopped its SLA clock). */
    public void refreshRow(UUID id) {
        tasks.run("Refreshing lead", p -> leads.row(id), row -> {
            fresher.remove(id);
            replace(row);
        }, e -> dialogs.showError("Cannot refresh the lead", e.getMessage()));
    }

    private void replace(LeadRow row) {
        replaceAll(List.of(row));
    }

    public String ownerName(UUID id) {
        return id == null ? "Unassigned" : ownerNames.getOrDefault(id, "Unknown user");
    }

    public FilteredList<LeadItem> visibleLeads() { return visible; }
    public ObservableList<LeadItem> allLeads() { return items; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<LeadStatus> statusProperty() { return status; }
    public ObjectProperty<String> sourceProperty() { return source; }

    /**
     * The team's lead sources (Settings → Picklists), read by the app off the FX thread; the filter lists every
     * value, retired ones too (old leads still carry them), and keeps a chosen value the team's list no longer has.
     */
    public void useSources(Picklist teamSources) {
        sources = teamSources;
        List<String> keys = new ArrayList<>();
        keys.add(null);
        teamSources.values().forEach(v -> keys.add(v.key()));
        if (source.get() != null && !keys.contains(source.get())) {
            keys.add(source.get());
        }
        if (!keys.equals(sourceChoices)) {
            sourceChoices.setAll(keys);
        }
    }

    /** The Source filter's choices: null for any source, then the team's source keys. */
    public ObservableList<String> sourceChoices() { return sourceChoices; }

    /** A stored source key as the team names it ("Any source" for null). */
    public String sourceLabel(String key) {
        return key == null ? "Any source" : sources.label(key);
    }
    public ObjectProperty<OwnerChoice> ownerProperty() { return owner; }
    public BooleanProperty openOnlyProperty() { return openOnly; }
    public ObjectProperty<SavedFilter> savedFilterProperty() { return savedFilter; }
    public ObservableList<SavedFilter> savedFilters() { return savedFilters; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ObservableList<OwnerChoice> ownerChoices() { return ownerChoices; }
    public ObservableList<User> assignees() { return assignees; }
    public LeadDetailViewModel detail() { return detail; }
}
