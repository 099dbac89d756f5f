package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.ForecastCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A period's forecast from its deals, grouped by rep, team or company (see {@link ForecastFigures} for each
 * figure). Plain arithmetic on amounts (two decimals, half-up per deal), so every figure can be checked by hand.
 * Every amount is first converted into the team's currency ({@link ExchangeRates}); a deal in a currency without a
 * rate is left out of every figure and listed in {@link Result#unconverted}, never added as if it were the team's.
 */
public final class PipelineForecast {
    /** A deal counts as high confidence at this win probability (percent) or above. */
    public static final int HIGH_CONFIDENCE = 70;
    /** A late-stage deal (proposal, negotiation) below this win probability (percent) is at risk. */
    public static final int AT_RISK_BELOW = 30;

    /** How the figures are grouped. */
    public enum By { REP, TEAM, COMPANY }

    /** One group: a rep's or team's id, null for the company. */
    public record Group(UUID key, ForecastFigures figures) { }

    /**
     * The forecast: its groups (largest adjusted total first), the total, the deals it counted (amounts in
     * {@code currency}), and the period's deals it could not count for want of a rate (amounts as entered).
     */
    public record Result(ForecastPeriod period, By by, List<Group> groups, ForecastFigures total,
                         List<ForecastDeal> open, List<ForecastDeal> won, String currency, List<ForecastDeal> unconverted) { }

    private PipelineForecast() { }

    /**
     * The forecast of {@code period} over {@code deals} (any deals: those outside the period are left out).
     * {@code teamOfRep} places a rep's adjustment in a team when grouping by team (a rep's deals go by the deal's team).
     */
    public static Result of(ForecastPeriod period, List<ForecastDeal> deals, ForecastAdjustments adjustments,
                            Map<UUID, UUID> teamOfRep, By by) {
        return of(period, deals, adjustments, teamOfRep, by, ExchangeRates.NONE);
    }

    /** As above, each amount converted into {@code rates}' currency first. */
    public static Result of(ForecastPeriod period, List<ForecastDeal> deals, ForecastAdjustments adjustments,
                            Map<UUID, UUID> teamOfRep, By by, ExchangeRates rates) {
        List<ForecastDeal> inPeriod = deals.stream().filter(d -> isOpenIn(period, d) || isWonIn(period, d)).toList();
        List<ForecastDeal> counted = new ArrayList<>();
        List<ForecastDeal> unconverted = new ArrayList<>();
        for (ForecastDeal d : inPeriod) {
            rates.convert(d.amount(), d.currency()).ifPresentOrElse(a -> counted.add(d.converted(a, rates.currency())),
                    () -> unconverted.add(d));
        }
        List<ForecastDeal> open = counted.stream().filter(d -> isOpenIn(period, d)).toList();
        List<ForecastDeal> won = counted.stream().filter(d -> isWonIn(period, d)).toList();
        Function<ForecastDeal, UUID> dealKey = switch (by) {
            case REP -> ForecastDeal::ownerId;
            case TEAM -> ForecastDeal::teamId;
            case COMPANY -> d -> null;
        };
        Map<UUID, Tally> tallies = new LinkedHashMap<>();
        open.forEach(d -> tallies.computeIfAbsent(dealKey.apply(d), k -> new Tally()).addOpen(d));
        won.forEach(d -> tallies.computeIfAbsent(dealKey.apply(d), k -> new Tally()).addWon(d));
        Tally total = new Tally();
        open.forEach(total::addOpen);
        won.forEach(total::addWon);
        adjustments.byRep().forEach((rep, a) -> {
            UUID key = switch (by) {
                case REP -> rep;
                case TEAM -> teamOfRep.get(rep);
                case COMPANY -> null;
            };
            Tally t = tallies.computeIfAbsent(key, k -> new Tally());
            t.adjustment = t.adjustment.add(a.amount());
            total.adjustment = total.adjustment.add(a.amount());
        });
        List<Group> groups = new ArrayList<>();
        tallies.forEach((key, t) -> groups.add(new Group(key, t.figures())));
        groups.sort(Comparator.comparing((Group g) -> g.figures().adjustedTotal()).reversed()
                .thenComparing(g -> Objects.toString(g.key(), "")));
        return new Result(period, by, List.copyOf(groups), total.figures(), open, won, rates.currency(),
                List.copyOf(unconverted));
    }

    private static boolean isOpenIn(ForecastPeriod period, ForecastDeal d) {
        return d.isOpen() && period.contains(d.closeDate());
    }

    private static boolean isWonIn(ForecastPeriod period, ForecastDeal d) {
        return d.stage() == com.nexuscrm.domain.DealStage.CLOSED_WON
                && period.contains(d.closedOn() != null ? d.closedOn() : d.closeDate());
    }

    /** {@code amount × percent / 100}, to the cent. */
    static BigDecimal weigh(BigDecimal amount, int percent) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** Running sums of one group. */
    private static final class Tally {
        private BigDecimal closedWon = BigDecimal.ZERO;
        private BigDecimal open = BigDecimal.ZERO;
        private BigDecimal weighted = BigDecimal.ZERO;
        private BigDecimal stageWeighted = BigDecimal.ZERO;
        private BigDecimal high = BigDecimal.ZERO;
        private BigDecimal risk = BigDecimal.ZERO;
        private final Map<ForecastCategory, BigDecimal> categories = new java.util.EnumMap<>(ForecastCategory.class);
        private BigDecimal adjustment = BigDecimal.ZERO;
        private int openDeals;
        private int wonDeals;

        void addOpen(ForecastDeal d) {
            openDeals++;
            open = open.add(d.amount());
            weighted = weighted.add(weigh(d.amount(), d.probability()));
            stageWeighted = stageWeighted.add(weigh(d.amount(), d.stageProbability()));
            if (d.probability() >= HIGH_CONFIDENCE) {
                high = high.add(d.amount());
            }
            if (d.isLate() && d.probability() < AT_RISK_BELOW) {
                risk = risk.add(d.amount());
            }
            categories.merge(d.category(), d.amount(), BigDecimal::add);
        }

        void addWon(ForecastDeal d) {
            wonDeals++;
            closedWon = closedWon.add(d.amount());
        }

        ForecastFigures figures() {
            return new ForecastFigures(closedWon, open, weighted, stageWeighted, high, risk,
                    category(ForecastCategory.COMMIT), category(ForecastCategory.BEST_CASE),
                    category(ForecastCategory.PIPELINE), category(ForecastCategory.OMITTED), adjustment, openDeals, wonDeals);
        }

        private BigDecimal category(ForecastCategory c) {
            return categories.getOrDefault(c, BigDecimal.ZERO);
        }
    }
}
