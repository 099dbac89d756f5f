package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.ui.common.Formats;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Deals section's rows: every deal as read, the ones the filters let through (the list) and the board's
 * columns made of those, kept in step when one deal changes; {@link DealsViewModel} keeps the selection.
 */
final class DealLines {
    private final ObservableList<DealLine> lines = FXCollections.observableArrayList();
    private final FilteredList<DealLine> visible = new FilteredList<>(lines);
    private final ObservableList<StageColumn> columns = FXCollections.observableArrayList();
    /** One wrapper, held: it listens to {@link #columns} weakly, so a wrapper made per call is collected. */
    private final ObservableList<StageColumn> shownColumns = FXCollections.unmodifiableObservableList(columns);
    private final Map<UUID, DealLine> byId = new HashMap<>();

    /** Every deal, in list order, and an empty column per stage: {@link #filter} fills them. */
    void setAll(List<DealLine> all, List<PipelineStage> stages) {
        byId.clear();
        all.forEach(line -> byId.put(line.id(), line));
        lines.setAll(all);
        columns.setAll(stages.stream().map(StageColumn::new).toList());
    }

    /** Shows the deals {@code passes} lets through ({@code null}: all) in the list and on the board. */
    void filter(Predicate<DealLine> passes, String currency, Formats formats) {
        visible.setPredicate(passes);
        Map<DealStage, List<DealLine>> byStage = visible.stream().filter(l -> l.stage() != null)
                .collect(Collectors.groupingBy(DealLine::stage));
        for (StageColumn column : columns) {
            column.setAll(byStage.getOrDefault(column.stage(), List.of()), currency, formats);
        }
    }

    /** Shows the new state of one deal: its row changes in place, its card changes column. */
    void put(DealLine now, String currency, Formats formats) {
        DealLine was = byId.put(now.id(), now);
        int at = was == null ? -1 : lines.indexOf(was);
        if (at >= 0) {
            lines.set(at, now);
        } else {
            lines.add(now);
        }
        for (StageColumn column : columns) {
            if (was != null && column.stage() == was.stage()) {
                column.remove(was, currency, formats);
            }
        }
        boolean passes = visible.getPredicate() == null || visible.getPredicate().test(now);
        int to = indexOfStage(now.stage());
        if (passes && to >= 0) {
            columns.get(to).insert(now, currency, formats);
        }
    }

    int indexOfStage(DealStage stage) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).stage() == stage) {
                return i;
            }
        }
        return -1;
    }

    /** "120 deals", or "12 of 120 deals" while filters hide some. */
    String summary(Formats formats) {
        return visible.size() == lines.size() ? formats.count(lines.size()) + " deals"
                : formats.count(visible.size()) + " of " + formats.count(lines.size()) + " deals";
    }

    DealLine get(UUID dealId) { return dealId == null ? null : byId.get(dealId); }
    boolean contains(UUID dealId) { return byId.containsKey(dealId); }
    boolean shown(DealLine line) { return visible.contains(line); }
    ObservableList<DealLine> visible() { return visible; }
    ObservableList<StageColumn> columns() { return shownColumns; }
}
