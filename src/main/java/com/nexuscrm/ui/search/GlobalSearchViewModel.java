package com.nexuscrm.ui.search;

import com.nexuscrm.search.SearchHit;
import com.nexuscrm.search.SearchKind;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.RecordNavigator;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Ctrl+K popup: what is typed is searched in the background as the user types (the newest request wins),
 * results are ranked with their snippets, type filters narrow them, Up/Down move the selection and Enter opens
 * the selected result's record through the {@link RecordNavigator}.
 */
public final class GlobalSearchViewModel {
    static final int LIMIT = 30;

    private final GlobalSearch search;
    private final TaskExecutor tasks;
    private final RecordNavigator navigator;
    private final LatestRequest latest = new LatestRequest();
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final Map<SearchKind, BooleanProperty> filters = new EnumMap<>(SearchKind.class);

    public GlobalSearchViewModel(GlobalSearch search, TaskExecutor tasks, RecordNavigator navigator) {
        this.search = search;
        this.tasks = tasks;
        this.navigator = navigator;
        for (SearchKind k : SearchKind.values()) {
            BooleanProperty on = new SimpleBooleanProperty(false);
            on.addListener((o, was, now) -> run());
            filters.put(k, on);
        }
        query.addListener((o, was, now) -> run());
    }

    public StringProperty queryProperty() { return query; }
    public StringProperty statusProperty() { return status; }
    public IntegerProperty selectedProperty() { return selected; }
    public ObservableList<SearchHit> results() { return results; }

    /** Whether results of a kind are shown; none on means every kind. */
    public BooleanProperty filter(SearchKind kind) { return filters.get(kind); }

    /** The popup opened: index what changed since the last time (saves, syncs), then search again. */
    public void opened() {
        tasks.run("Updating the search index", p -> {
            search.refresh();
            return null;
        }, ok -> run(), e -> status.set("The search index could not be updated: " + e.getMessage()));
    }

    public void rebuild() {
        status.set("Rebuilding the search index…");
        tasks.run("Rebuilding the search index", p -> search.rebuild(),
                n -> {
                    status.set(String.format("Index rebuilt: %,d entries", n));
                    run();
                }, e -> status.set("The search index could not be rebuilt: " + e.getMessage()));
    }

    public void moveSelection(int delta) {
        if (!results.isEmpty()) {
            selected.set(Math.max(0, Math.min(results.size() - 1, selected.get() + delta)));
        }
    }

    /** Opens the selected result's record; false when there is none to open (the popup stays). */
    public boolean openSelected() {
        int i = selected.get();
        if (i < 0 || i >= results.size() || results.get(i).target() == null) {
            return false;
        }
        navigator.open(results.get(i).target());
        return true;
    }

    private void run() {
        String text = query.get();
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        filters.forEach((k, on) -> {
            if (on.get()) {
                kinds.add(k);
            }
        });
        if (text == null || text.isBlank()) {
            latest.invalidate();
            results.clear();
            selected.set(-1);
            status.set("Type to search leads, contacts, accounts, deals, activities, calls and documents");
            return;
        }
        tasks.run(latest, "Searching", p -> search.search(text, kinds, LIMIT), this::show,
                e -> status.set("Search failed: " + e.getMessage()));
    }

    private void show(List<SearchHit> hits) {
        results.setAll(hits);
        selected.set(hits.isEmpty() ? -1 : 0);
        status.set(hits.isEmpty() ? "Nothing found" : hits.size() + (hits.size() == LIMIT ? "+" : "") + " results · ↑↓ to move, Enter to open, Esc to close");
    }
}
