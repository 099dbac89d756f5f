package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.leads.OwnerChoice;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A customers list as the leads inbox works: every row held in memory, filtered on each keystroke, sorted once
 * when a column is chosen, with saved views. Subclasses say how rows are read and which filters they match.
 */
public abstract class CustomerList<R> {
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final SavedViewStore viewStore;
    private final String listName;
    private final UUID me;
    private final ObservableList<R> items = FXCollections.observableArrayList();
    private final FilteredList<R> visible = new FilteredList<>(items);
    private final Map<UUID, String> haystacks = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> industry = new SimpleObjectProperty<>();
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();
    private final ObjectProperty<OwnerChoice> owner = new SimpleObjectProperty<>(OwnerChoice.ANY);
    private final ObjectProperty<AccountChoice> account = new SimpleObjectProperty<>(AccountChoice.NONE);
    private final ObjectProperty<SavedView> savedView = new SimpleObjectProperty<>();
    private final ObservableList<SavedView> savedViews = FXCollections.observableArrayList();
    private final List<SavedView> builtIn;
    private final ObservableList<OwnerChoice> ownerChoices = FXCollections.observableArrayList();
    private final Map<UUID, String> ownerNames = new HashMap<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<R> selectRequest = new ReadOnlyObjectWrapper<>();
    private Comparator<R> order;
    private UUID pendingSelect;
    private boolean loaded;
    private boolean applyingView;

    protected CustomerList(String listName, User currentUser, List<User> users, TaskExecutor tasks, DialogService dialogs,
                           SavedViewStore viewStore) {
        this.listName = listName;
        this.me = currentUser.getId();
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.viewStore = viewStore;
        this.builtIn = builtInViews(listName);
        savedViews.setAll(builtIn);
        savedViews.addAll(viewStore.load(listName));
        ownerChoices.setAll(OwnerChoice.ANY, OwnerChoice.ME, OwnerChoice.UNASSIGNED);
        for (User user : users) {
            ownerNames.put(user.getId(), user.getDisplayName());
            ownerChoices.add(new OwnerChoice(OwnerChoice.Kind.USER, user.getId(), user.getDisplayName()));
        }
        List.<javafx.beans.value.ObservableValue<?>>of(search, industry, country, owner, account)
                .forEach(p -> p.addListener((o, a, b) -> applyFilter()));
        savedView.addListener((o, a, view) -> apply(view));
        visible.predicateProperty().addListener((o, a, b) -> updateSummary());
        savedView.set(builtIn.get(0));
    }

    /** Reads every live row (runs in the background). */
    protected abstract List<R> read() throws Exception;

    protected abstract UUID id(R row);

    protected abstract UUID ownerId(R row);

    protected abstract String searchText(R row);

    /** Whether the row passes the list's own filters (search and owner are checked here). */
    protected abstract boolean matches(R row, CustomerCriteria criteria);

    /** The views every list offers: "All contacts" and "My contacts" for {@code listName} "contacts". */
    public static List<SavedView> builtInViews(String listName) {
        return List.of(new SavedView("All " + listName, CustomerCriteria.ALL), new SavedView("My " + listName, CustomerCriteria.MINE));
    }

    protected abstract Comparator<R> defaultOrder();

    /** Shows the record's detail. */
    protected abstract void open(UUID id);

    /** Called on the FX thread after rows were (re)loaded, e.g. to refresh filter choices. */
    protected void loaded(List<R> rows) { }

    public void load() {
        loading.set(true);
        tasks.run("Loading " + listName, p -> {
            List<R> rows = new ArrayList<>(read());
            rows.sort(order == null ? defaultOrder() : order);
            return rows;
        }, rows -> {
            haystacks.clear();
            rows.forEach(r -> haystacks.put(id(r), searchText(r)));
            items.setAll(rows);
            loaded = true;
            loading.set(false);
            updateSummary();
            loaded(rows);
            if (pendingSelect != null) {
                UUID id = pendingSelect;
                pendingSelect = null;
                select(id);
            }
        }, e -> {
            loading.set(false);
            if (!(e instanceof Progress.CancelledException)) {
                dialogs.showError("Cannot load " + listName, e.getMessage());
            }
        });
    }

    /**
     * Selects the record and shows its detail, as opening it from elsewhere does; filters that hide it are
     * cleared first. Before the list has loaded, the selection waits for the load.
     */
    public void select(UUID id) {
        if (!loaded) {
            pendingSelect = id;
            return;
        }
        R row = find(items, id);
        if (row != null && find(visible, id) == null) {
            savedView.set(null);
            apply(builtIn.get(0));
        }
        selectRequest.set(null);
        selectRequest.set(row);
        open(id);
    }

    private R find(List<R> rows, UUID id) {
        for (R row : rows) {
            if (id(row).equals(id)) {
                return row;
            }
        }
        return null;
    }

    /** A saved or new record's row: replaced in place, or added at the top. */
    void replace(R row) {
        for (int i = 0; i < items.size(); i++) {
            if (id(items.get(i)).equals(id(row))) {
                haystacks.put(id(row), searchText(row));
                items.set(i, row);
                updateSummary();
                return;
            }
        }
        haystacks.put(id(row), searchText(row));
        items.add(0, row);
        updateSummary();
        selectRequest.set(null);
        selectRequest.set(row);
    }

    void remove(UUID id) {
        items.removeIf(r -> id(r).equals(id));
        haystacks.remove(id);
        updateSummary();
    }

    /** Sorts the whole list once; filtering then keeps that order. Null restores the default order. */
    public void sortBy(Comparator<R> comparator) {
        order = comparator;
        FXCollections.sort(items, comparator == null ? defaultOrder() : comparator);
    }

    public void saveCurrentView() {
        dialogs.ask("Save view", "Name of this view of " + listName + ":", "").map(String::trim).filter(s -> !s.isEmpty())
                .ifPresent(name -> {
                    SavedView view = new SavedView(name, criteria());
                    if (builtIn.stream().anyMatch(v -> v.name().equalsIgnoreCase(name))) {
                        dialogs.showError("Cannot save view", "'" + name + "' is a built-in view. Choose another name.");
                        return;
                    }
                    savedViews.removeIf(v -> v.name().equalsIgnoreCase(name));
                    savedViews.add(view);
                    viewStore.save(listName, savedViews.stream().filter(v -> !builtIn.contains(v)).toList());
                    savedView.set(view);
                });
    }

    private void apply(SavedView view) {
        if (view == null) {
            return;
        }
        CustomerCriteria c = view.criteria();
        applyingView = true;
        try {
            search.set(c.search());
            industry.set(c.industry());
            country.set(c.country());
            owner.set(c.owner());
            account.set(c.account());
        } finally {
            applyingView = false;
        }
        applyFilter();
    }

    public CustomerCriteria criteria() {
        return new CustomerCriteria(search.get(), industry.get(), country.get(), owner.get(), account.get());
    }

    private void applyFilter() {
        if (applyingView) {
            return;
        }
        CustomerCriteria c = criteria();
        String[] terms = c.terms();
        visible.setPredicate(row -> {
            if (!c.owner().matches(ownerId(row), me) || !matches(row, c)) {
                return false;
            }
            String text = haystacks.getOrDefault(id(row), "");
            for (String term : terms) {
                if (!text.contains(term)) {
                    return false;
                }
            }
            return true;
        });
    }

    private void updateSummary() {
        summary.set(String.format("%,d of %,d %s", visible.size(), items.size(), listName));
    }

    public String ownerName(UUID id) {
        return id == null ? "Unassigned" : ownerNames.getOrDefault(id, "Unknown user");
    }

    UUID me() { return me; }

    public FilteredList<R> visibleRows() { return visible; }
    public ObservableList<R> allRows() { return items; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<String> industryProperty() { return industry; }
    public ObjectProperty<String> countryProperty() { return country; }
    public ObjectProperty<OwnerChoice> ownerProperty() { return owner; }
    public ObjectProperty<AccountChoice> accountProperty() { return account; }
    public ObjectProperty<SavedView> savedViewProperty() { return savedView; }
    public ObservableList<SavedView> savedViews() { return savedViews; }
    public ObservableList<OwnerChoice> ownerChoices() { return ownerChoices; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** The row the table should select and scroll to (set when a record is opened from elsewhere or created). */
    public ReadOnlyObjectProperty<R> selectRequestProperty() { return selectRequest.getReadOnlyProperty(); }
}
