package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What moved in a period's forecast between two moments, from the deals' history ({@link DealChange}): each deal's
 * state at {@code since} is compared with its state at {@code until}. A deal is in the period while it is open with
 * its close date in the period.
 */
public final class ForecastMoves {
    /** How a deal moved, in the words a forecast call uses. */
    public enum Kind {
        ADDED("Added"), PULLED_IN("Pulled in"), AMOUNT_UP("Amount up"), AMOUNT_DOWN("Amount down"),
        PUSHED_OUT("Pushed out"), WON("Won"), LOST("Lost");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    /**
     * One deal's move. {@code amount} is the deal's amount for a deal added, pulled in, won, lost or pushed out, and
     * the change (negative when down) for an amount up or down; the close dates are before and after (null when the
     * deal did not exist yet).
     */
    public record Move(UUID dealId, Kind kind, BigDecimal amount, LocalDate closeBefore, LocalDate closeAfter) { }

    /**
     * One kind's moves together: how many and their amount as it changed the period's forecast, so a deal pushed out
     * or lost counts below zero (it left the period's pipeline), an amount down is its (negative) change, and the rest
     * count above zero (a won deal moved from the pipeline into closed won).
     */
    public record KindTotal(Kind kind, int count, BigDecimal amount) { }

    /** Every kind in order, with zero for a kind nothing moved by: the bars of the what-moved chart. */
    public static List<KindTotal> byKind(List<Move> moves) {
        List<KindTotal> totals = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Move> of = moves.stream().filter(m -> m.kind() == kind).toList();
            BigDecimal sum = of.stream().map(Move::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean leaves = kind == Kind.PUSHED_OUT || kind == Kind.LOST;
            totals.add(new KindTotal(kind, of.size(), leaves ? sum.negate() : sum));
        }
        return totals;
    }

    /** Moves with amounts in the team's currency, and those of deals in a currency without a rate (as entered). */
    public record Converted(List<Move> moves, List<Move> unconverted) { }

    private ForecastMoves() { }

    /** Each move's amount into {@code rates}' currency, by its deal's currency ({@code currencyOf}, none: the team's). */
    public static Converted convert(List<Move> moves, Map<UUID, String> currencyOf, ExchangeRates rates) {
        List<Move> converted = new ArrayList<>();
        List<Move> unconverted = new ArrayList<>();
        for (Move m : moves) {
            rates.convert(m.amount(), currencyOf.get(m.dealId())).ifPresentOrElse(a -> converted.add(
                    new Move(m.dealId(), m.kind(), a, m.closeBefore(), m.closeAfter())), () -> unconverted.add(m));
        }
        return new Converted(List.copyOf(converted), List.copyOf(unconverted));
    }

    /** Every deal's move, by kind then largest amount; {@code history} is by deal, oldest first within a deal. */
    public static List<Move> between(ForecastPeriod period, Map<UUID, List<DealChange>> history, Instant since, Instant until) {
        List<Move> moves = new ArrayList<>();
        history.forEach((deal, changes) -> {
            Move m = move(period, deal, at(changes, since), at(changes, until));
            if (m != null) {
                moves.add(m);
            }
        });
        moves.sort(Comparator.comparing(Move::kind).thenComparing(m -> m.amount().abs(), Comparator.reverseOrder())
                .thenComparing(Move::dealId));
        return moves;
    }

    /** The deal's state at a moment: its last change by then, or null before its first. */
    public static DealChange at(List<DealChange> changes, Instant moment) {
        DealChange state = null;
        for (DealChange c : changes) {
            if (c.getChangedAt().isAfter(moment)) {
                break;
            }
            state = c;
        }
        return state;
    }

    private static Move move(ForecastPeriod period, UUID deal, DealChange a, DealChange b) {
        if (b == null || a == b) {
            return null;
        }
        boolean wasIn = inPeriod(period, a);
        LocalDate before = a == null ? null : a.getCloseDate();
        if (b.getStage() == DealStage.CLOSED_WON && (a == null || a.getStage() != DealStage.CLOSED_WON)
                && (wasIn || period.contains(b.getCloseDate()))) {
            return new Move(deal, Kind.WON, amount(b), before, b.getCloseDate());
        }
        if (b.getStage() == DealStage.CLOSED_LOST && wasIn) {
            return new Move(deal, Kind.LOST, amount(a), before, b.getCloseDate());
        }
        boolean isIn = inPeriod(period, b);
        if (isIn && !wasIn) {
            boolean pulled = a != null && !a.getStage().isClosed() && a.getCloseDate() != null
                    && a.getCloseDate().isAfter(period.to());
            return new Move(deal, pulled ? Kind.PULLED_IN : Kind.ADDED, amount(b), before, b.getCloseDate());
        }
        if (wasIn && !isIn && !b.getStage().isClosed()) {
            return new Move(deal, Kind.PUSHED_OUT, amount(a), before, b.getCloseDate());
        }
        if (wasIn && isIn) {
            BigDecimal change = amount(b).subtract(amount(a));
            if (change.signum() != 0) {
                return new Move(deal, change.signum() > 0 ? Kind.AMOUNT_UP : Kind.AMOUNT_DOWN, change, before, b.getCloseDate());
            }
        }
        return null;
    }

    private static boolean inPeriod(ForecastPeriod period, DealChange state) {
        return state != null && state.getStage() != null && !state.getStage().isClosed() && period.contains(state.getCloseDate());
    }

    private static BigDecimal amount(DealChange state) {
        return state.getAmount() == null ? BigDecimal.ZERO : state.getAmount();
    }
}
