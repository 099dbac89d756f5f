package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
        tasks.run("Loading deals", p -> deals.findAll().stream()
                .map(d -> DealLine.of(d, d.getOwnerId() == null ? "" : owners.getOrDefault(d.getOwnerId(), "")))
                .sorted(Comparator.comparing(DealLine::lastCallAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(DealLine::closeDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList(), loaded -> {
                    lines.setAll(loaded);
                    updateSummary();
                }, e -> {
                    if (!(e instanceof Progress.CancelledException)) {
                        dialogs.showError("Cannot load deals", e.getMessage());
                    }
                });
    }

    private void updateSummary() {
        summary.set(visible.size() == lines.size() ? lines.size() + " deals" : visible.size() + " of " + lines.size() + " deals");
    }

    public ObservableList<DealLine> visibleDeals() { return visible; }
    public StringProperty searchProperty() { return search; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
