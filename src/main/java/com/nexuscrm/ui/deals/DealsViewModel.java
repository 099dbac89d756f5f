package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The deals list, read-only: stage, amount and owner, and what each deal's last analysed call found. */
public final class DealsViewModel {
    private final RecordRepository<Deal> deals;
    private final Map<UUID, String> owners;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ObservableList<DealLine> lines = FXCollections.observableArrayList();
    private final FilteredList<DealLine> visible = new FilteredList<>(lines);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Map<UUID, DealLine> byId = new HashMap<>();
    private final ReadOnlyObjectWrapper<DealLine> selectRequest = new ReadOnlyObjectWrapper<>();
    private boolean loading;
    private UUID toSelect;

    public DealsViewModel(RecordRepository<Deal> deals, List<User> users, TaskExecutor tasks, DialogService dialogs) {
        this.deals = deals;
        this.owners = users.stream().collect(Collectors.toMap(User::getId, User::getDisplayName, (a, b) -> a));
        this.tasks = tasks;
        this.dialogs = dialogs;
        search.addListener((o, a, text) -> {
            String q = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
            visible.setPredicate(q.isEmpty() ? null : line -> line.searchText().contains(q));
            updateSummary();
        });
    }

    /** Reads every deal in the background: the latest calls first, then by close date. */
    public void load() {
        loading = true;
        tasks.run("Loading deals", p -> {
            Map<UUID, DealLine> found = new LinkedHashMap<>();
            deals.findAll().stream().sorted(Comparator.comparing(Deal::getLastCallAt, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Deal::getCloseDate, Comparator.nullsLast(Comparator.naturalOrder())))
                    .forEach(d -> found.put(d.getId(), DealLine.of(d, d.getOwnerId() == null ? "" : owners.getOrDefault(d.getOwnerId(), ""))));
            return found;
        }, loaded -> {
                    loading = false;
                    byId.clear();
                    byId.putAll(loaded);
                    lines.setAll(loaded.values());
                    updateSummary();
                    showToSelect();
                }, e -> {
                    loading = false;
                    if (!(e instanceof Progress.CancelledException)) {
                        dialogs.showError("Cannot load deals", e.getMessage());
                    }
                });
    }

    /** Shows one deal selected (opened from another screen), clearing a search that hides it; waits for a load. */
    public void select(UUID dealId) {
        toSelect = dealId;
        if (!loading) {
            showToSelect();
        }
    }

    private void showToSelect() {
        DealLine line = toSelect == null ? null : byId.get(toSelect);
        if (toSelect != null && line == null) {
            dialogs.showError("Cannot open the deal", "The deal is not in this workspace any more (it may have been"
                    + " deleted on another workstation).");
        } else if (line != null && !visible.contains(line)) {
            search.set("");
        }
        toSelect = null;
        selectRequest.set(null);
        selectRequest.set(line);
    }

    /** The id of the deal a row shows; null for a row no longer loaded. */
    public UUID idOf(DealLine line) {
        return byId.entrySet().stream().filter(e -> e.getValue() == line).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The deal {@link #select} asked to show; the view selects and reveals it. */
    public ReadOnlyObjectProperty<DealLine> selectRequestProperty() { return selectRequest.getReadOnlyProperty(); }

    private void updateSummary() {
        summary.set(visible.size() == lines.size() ? lines.size() + " deals" : visible.size() + " of " + lines.size() + " deals");
    }

    public ObservableList<DealLine> visibleDeals() { return visible; }
    public StringProperty searchProperty() { return search; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
