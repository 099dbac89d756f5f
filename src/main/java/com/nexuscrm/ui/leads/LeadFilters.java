package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The inbox's filters and saved views: which of the inbox's leads {@code visible} shows. Every change of a filter
 * filters the list again at once; choosing a saved view sets all of its filters, then filters once.
 */
public final class LeadFilters {
    private static final List<SavedFilter> BUILT_IN = SavedFilter.BUILT_IN;
    private final UUID me;
    private final FilteredList<LeadItem> visible;
    private final DialogService dialogs;
    private final SavedFilterStore savedFilterStore;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<LeadStatus> status = new SimpleObjectProperty<>();
    /** The source filter: a lead-source key of the team's list, null for any. */
    private final ObjectProperty<String> source = new SimpleObjectProperty<>();
    /** The Source filter's choices: null ("Any source"), then the team's lead sources in its order. */
    private final ObservableList<String> sourceChoices = FXCollections.observableArrayList();
    private Picklist sources = Picklists.defaults(PicklistName.LEAD_SOURCE);
    private final ObjectProperty<OwnerChoice> owner = new SimpleObjectProperty<>(OwnerChoice.ANY);
    private final ObservableList<OwnerChoice> ownerChoices = FXCollections.observableArrayList();
    private final BooleanProperty openOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<SavedFilter> savedFilter = new SimpleObjectProperty<>();
    private final ObservableList<SavedFilter> savedFilters = FXCollections.observableArrayList(BUILT_IN);
    private boolean applyingView;

    /** Starts on the "Open leads" view; {@code users} are offered as owners, {@code me} is the "Me" owner. */
    LeadFilters(UUID me, List<User> users, FilteredList<LeadItem> visible, DialogService dialogs,
                SavedFilterStore savedFilterStore) {
        this.me = me;
        this.visible = visible;
        this.dialogs = dialogs;
        this.savedFilterStore = savedFilterStore;
        savedFilters.addAll(savedFilterStore.load());
        ownerChoices.setAll(OwnerChoice.ANY, OwnerChoice.ME, OwnerChoice.UNASSIGNED);
        users.forEach(u -> ownerChoices.add(new OwnerChoice(OwnerChoice.Kind.USER, u.getId(), u.getDisplayName())));
        useSources(sources);
        search.addListener((o, a, b) -> applyFilter());
        status.addListener((o, a, b) -> applyFilter());
        source.addListener((o, a, b) -> applyFilter());
        owner.addListener((o, a, b) -> applyFilter());
        openOnly.addListener((o, a, b) -> applyFilter());
        savedFilter.addListener((o, a, view) -> apply(view));
        savedFilter.set(SavedFilter.OPEN);
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

    /** Shows every lead: "All leads" is chosen and applied (also when it was chosen already but searched in). */
    void showAll() {
        savedFilter.set(SavedFilter.ALL);
        apply(SavedFilter.ALL);
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

    private void applyFilter() {
        if (applyingView) {
            return;
        }
        visible.setPredicate(criteria().predicate(me));
    }

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

    public StringProperty searchProperty() { return search; }
    public ObjectProperty<LeadStatus> statusProperty() { return status; }
    public ObjectProperty<String> sourceProperty() { return source; }
    public ObjectProperty<OwnerChoice> ownerProperty() { return owner; }
    /** Anyone, me, nobody, then each user of the workspace. */
    public ObservableList<OwnerChoice> ownerChoices() { return ownerChoices; }
    public BooleanProperty openOnlyProperty() { return openOnly; }
    public ObjectProperty<SavedFilter> savedFilterProperty() { return savedFilter; }
    public ObservableList<SavedFilter> savedFilters() { return savedFilters; }
}
