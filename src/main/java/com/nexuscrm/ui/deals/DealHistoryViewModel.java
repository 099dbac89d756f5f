package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.deals.DealHistoryRow.Column;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A deal's stage and amount history (newest first), each changed value marked, and the time the deal spent in
 * each stage. Read-only: the history is written by {@code SaveDeal} with every change.
 */
public final class DealHistoryViewModel {
    private final Formats formats;
    private final ObservableList<DealHistoryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper stageTimes = new ReadOnlyStringWrapper("");

    public DealHistoryViewModel(Formats formats) {
        this.formats = formats;
    }

    /**
     * Shows {@code history} (oldest first, as the repository gives it): {@code users} names who changed it,
     * {@code stageLabel} names stages as the team does, amounts are in {@code currency}, and a current stay is
     * timed until {@code now}.
     */
    void show(List<DealChange> history, Map<UUID, String> users, Function<com.nexuscrm.domain.DealStage, String> stageLabel,
              String currency, Instant createdAt, Instant now) {
        List<DealHistoryRow> out = new ArrayList<>();
        DealChange before = null;
        for (DealChange entry : history) {
            out.add(0, new DealHistoryRow(formats.dayTime(entry.getChangedAt()),
                    entry.getChangedBy() == null ? "" : users.getOrDefault(entry.getChangedBy(), "(unknown user)"),
                    entry.getStage() == null ? "" : stageLabel.apply(entry.getStage()),
                    formats.money(currency, entry.getAmount()), formats.day(entry.getCloseDate()),
                    category(entry.getForecastCategory()), changed(before, entry)));
            before = entry;
        }
        rows.setAll(out);
        List<String> stays = StageTime.of(history, now).stream().map(t -> stageLabel.apply(t.stage()) + ": "
                + StageTime.describe(t.time()) + (t.current() ? " (so far)" : "")).toList();
        stageTimes.set(history.isEmpty() ? "No history yet: it starts with the next change of stage, amount, close date"
                + " or forecast category." : stays.isEmpty() ? "" : "Time in stage  ·  " + String.join("  ·  ", stays)
                + recordedSince(history.get(0).getChangedAt(), createdAt));
    }

    /** A deal older than its history (made before histories were kept) says from when the times count. */
    private String recordedSince(Instant first, Instant createdAt) {
        boolean older = createdAt != null && first != null && Duration.between(createdAt, first).toMinutes() > 1;
        return older ? "  ·  recorded since " + formats.day(first) : "";
    }

    static String category(ForecastCategory c) {
        return (c == null ? ForecastCategory.PIPELINE : c).label();
    }

    /** The values that differ from the entry before; the first entry marks none (it is the deal as created). */
    private static Set<Column> changed(DealChange before, DealChange now) {
        Set<Column> changed = EnumSet.noneOf(Column.class);
        if (before == null) {
            return changed;
        }
        if (before.getStage() != now.getStage()) {
            changed.add(Column.STAGE);
        }
        if (before.getAmount() == null ? now.getAmount() != null
                : now.getAmount() == null || before.getAmount().compareTo(now.getAmount()) != 0) {
            changed.add(Column.AMOUNT);
        }
        if (!Objects.equals(before.getCloseDate(), now.getCloseDate())) {
            changed.add(Column.CLOSE_DATE);
        }
        if (!category(before.getForecastCategory()).equals(category(now.getForecastCategory()))) {
            changed.add(Column.FORECAST);
        }
        return changed;
    }

    /** Newest first. */
    public ObservableList<DealHistoryRow> rows() { return rows; }
    /** "Time in stage · Prospecting: 12 days · Proposal: 3 days (so far)", or why there is none. */
    public ReadOnlyStringProperty stageTimesProperty() { return stageTimes.getReadOnlyProperty(); }
}
