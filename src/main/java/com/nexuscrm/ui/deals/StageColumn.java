package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.ui.common.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One column of the board: its stage, its cards in close-date order, and the header line with the count, the
 * total amount and the weighted total (amount × the stage's probability). A card moves in and out one at a time,
 * so a drag touches two columns and never rebuilds the board.
 */
public final class StageColumn {
    /** Soonest close first; then by name, so the order is stable. */
    static final Comparator<DealLine> ORDER = Comparator.comparing(DealLine::closeDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DealLine::name,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DealLine::id);

    private final PipelineStage stage;
    private final ObservableList<DealLine> cards = FXCollections.observableArrayList();
    private final ObservableList<DealLine> shown = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private BigDecimal total = BigDecimal.ZERO;

    StageColumn(PipelineStage stage) {
        this.stage = stage;
    }

    void setAll(Collection<DealLine> lines, String currency, Formats formats) {
        List<DealLine> sorted = lines.stream().sorted(ORDER).toList();
        total = sorted.stream().map(DealLine::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        cards.setAll(sorted);
        summarise(currency, formats);
    }

    /** Takes the card out when it is here (by id); true when it was. */
    boolean remove(DealLine line, String currency, Formats formats) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id().equals(line.id())) {
                DealLine gone = cards.remove(i);
                total = total.subtract(gone.amount() == null ? BigDecimal.ZERO : gone.amount());
                summarise(currency, formats);
                return true;
            }
        }
        return false;
    }

    /** Puts the card in its place by close date. */
    void insert(DealLine line, String currency, Formats formats) {
        int at = Collections.binarySearch(cards, line, ORDER);
        cards.add(at < 0 ? -at - 1 : at, line);
        total = total.add(line.amount() == null ? BigDecimal.ZERO : line.amount());
        summarise(currency, formats);
    }

    private void summarise(String currency, Formats formats) {
        String text = formats.count(cards.size()) + (cards.size() == 1 ? " deal · " : " deals · ")
                + formats.shortMoney(currency, total);
        // two lines in every column, so the cards of all columns start at the same height
        summary.set(text + "\n" + (stage.stage().isClosed() ? "closed" : "weighted " + formats.shortMoney(currency,
                weighted())));
    }

    /** The total times the stage's probability, in whole units. */
    public BigDecimal weighted() {
        return total.multiply(BigDecimal.valueOf(stage.probability())).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.HALF_EVEN);
    }

    public BigDecimal total() { return total; }
    public DealStage stage() { return stage.stage(); }
    public String label() { return stage.label(); }
    public int probability() { return stage.probability(); }
    public ObservableList<DealLine> cards() { return shown; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
