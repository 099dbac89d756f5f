package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Replays the deals' history to ask, for each past period: what would the forecast have said at its first moment,
 * by stage weighting and by a model fitted only on what was known then, and what was actually won?
 *
 * <p>The model ("stage win rates") is deliberately simple, and fitted afresh for each period on the periods that
 * ended before it starts. It forecasts every deal open at the start, not only those due inside the period, as
 * p(won inside the period | stage, where its close date stands): for every earlier period, each deal open at its start
 * is one example of its stage and of {@link Due} (close date before the period, inside it, or after it), labelled won
 * when it was won inside that period. A rate is the share of its examples' amounts that was won (amount-weighted, as
 * the forecast is money: big deals that slip weigh as much as they cost), pulled towards a prior by
 * {@link #PRIOR_WEIGHT} pseudo-deals of the mean amount (the picklist's probability for deals due by the period's
 * end, 0 for those due after it), with older periods counting less ({@link #DECAY} per period back). So a deal due
 * next month still counts in this quarter as much as such deals used to close early, and an overdue one as much as
 * overdue ones used to be won.
 * <p>To that it adds the business from deals created after the start: the amount created in the period-long window
 * just before the start (the latest creation rate known) × the pooled share of a period's own creation that was won
 * inside that period in the last {@link #RUN_RATE_PERIODS} finished periods. That share does not depend on growth, so
 * it neither lags a ramp by a trailing mean nor carries the ramp's growth into the periods after it. When those
 * periods created nothing it falls back to their mean new business. Stage weighting is the amounts due inside the
 * period × the picklist's probability.
 */
public final class ForecastBacktest {
    public static final double PRIOR_WEIGHT = 10;
    public static final double DECAY = 0.85;
    public static final int RUN_RATE_PERIODS = 3;
    /** A period whose model learnt from fewer examples than this is shown but left out of the mean errors. */
    public static final int MIN_EXAMPLES = 30;

    /** One deal: its final stage and amount, the day it closed (null while open), and its history, oldest first. */
    public record Deal(UUID id, DealStage stage, BigDecimal amount, LocalDate closedOn, List<DealChange> history) { }

    /** One period: both forecasts made at its start, what was won in it, and how much the model had learnt from. */
    public record Period(ForecastPeriod period, BigDecimal stageWeighted, BigDecimal model, BigDecimal actual,
                         int pipelineDeals, int examples, boolean warmUp) {
        public BigDecimal stageError() { return stageWeighted.subtract(actual).abs(); }
        public BigDecimal modelError() { return model.subtract(actual).abs(); }
    }

    /** Every period, and the mean errors over the periods past the warm-up (percentages where something was won). */
    public record Result(List<Period> periods, BigDecimal stageMeanError, BigDecimal modelMeanError,
                         Double stageMeanPercent, Double modelMeanPercent, int scoredPeriods, int dealsWithoutHistory) {
        public boolean modelCloser() { return modelMeanError.compareTo(stageMeanError) < 0; }
    }

    /** Where an open deal's close date stood at a period's start: before it, inside it, or after it. */
    enum Due { OVERDUE, INSIDE, LATER }

    /** One deal open at a period's start, where its close date stood, and whether it was won inside the period. */
    private record Example(DealStage stage, Due due, BigDecimal amount, boolean won) { }

    /**
     * A period's open deals at its start (the pipeline is those due inside it), the business won in it from deals
     * created after the start, the amounts created in it and in the period-long window before it.
     */
    private record Snapshot(ForecastPeriod period, List<Example> open, BigDecimal wonNew, BigDecimal actual,
                            BigDecimal recentlyCreated, BigDecimal createdIn) {
        List<Example> pipeline() {
            return open.stream().filter(e -> e.due() == Due.INSIDE).toList();
        }
    }

    private ForecastBacktest() { }

    /**
     * Backtests the periods of {@code kind} (month or quarter) from the first with a closed deal to the last that
     * ended before {@code today}.
     */
    public static Result run(List<Deal> deals, ToIntFunction<DealStage> stageProbability, ForecastPeriod.Kind kind,
                             LocalDate today, ZoneId zone) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (ForecastPeriod p : periods(deals, kind, today)) {
            snapshots.add(snapshot(p, deals, zone));
        }
        List<Period> results = new ArrayList<>();
        for (int i = 0; i < snapshots.size(); i++) {
            results.add(forecast(snapshots, i, stageProbability));
        }
        int without = (int) deals.stream().filter(d -> d.history().isEmpty()).count();
        return summarise(results, without);
    }

    private static List<ForecastPeriod> periods(List<Deal> deals, ForecastPeriod.Kind kind, LocalDate today) {
        LocalDate first = deals.stream().map(Deal::closedOn).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        List<ForecastPeriod> periods = new ArrayList<>();
        if (first == null) {
            return periods;
        }
        ForecastPeriod p = kind == ForecastPeriod.Kind.QUARTER ? ForecastPeriod.quarterOf(first)
                : ForecastPeriod.month(java.time.YearMonth.from(first));
        for (; p.to().isBefore(today); p = p.next()) {
            ForecastPeriod period = p;
            if (deals.stream().anyMatch(d -> d.stage().isClosed() && period.contains(d.closedOn()))) {
                periods.add(p);
            }
        }
        return periods;
    }

    private static Snapshot snapshot(ForecastPeriod p, List<Deal> deals, ZoneId zone) {
        java.time.Instant start = p.from().atStartOfDay(zone).toInstant();
        java.time.Instant end = p.to().plusDays(1).atStartOfDay(zone).toInstant();
        java.time.Instant windowStart = p.from().minusDays(p.to().toEpochDay() - p.from().toEpochDay() + 1)
                .atStartOfDay(zone).toInstant();
        List<Example> open = new ArrayList<>();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO}; // new won, won, before, in
        for (Deal d : deals) {
            DealChange first = d.history().isEmpty() ? null : d.history().get(0);
            if (first != null && first.getAmount() != null && first.getChangedAt().isBefore(end)
                    && !first.getChangedAt().isBefore(windowStart)) {
                int slot = first.getChangedAt().isBefore(start) ? 2 : 3;
                sums[slot] = sums[slot].add(first.getAmount());
            }
            boolean won = d.stage() == DealStage.CLOSED_WON && p.contains(d.closedOn());
            DealChange state = ForecastMoves.at(d.history(), start);
            boolean isOpen = state != null && !state.getStage().isClosed();
            if (isOpen) {
                open.add(new Example(state.getStage(), due(state.getCloseDate(), p),
                        state.getAmount() == null ? BigDecimal.ZERO : state.getAmount(), won));
            }
            if (won) {
                sums[1] = sums[1].add(amount(d));
                sums[0] = isOpen ? sums[0] : sums[0].add(amount(d));
            }
        }
        return new Snapshot(p, open, sums[0], sums[1], sums[2], sums[3]);
    }

    static Due due(LocalDate closeDate, ForecastPeriod p) {
        if (closeDate == null || closeDate.isAfter(p.to())) {
            return Due.LATER;
        }
        return closeDate.isBefore(p.from()) ? Due.OVERDUE : Due.INSIDE;
    }

    private static Period forecast(List<Snapshot> snapshots, int index, ToIntFunction<DealStage> stageProbability) {
        Snapshot now = snapshots.get(index);
        Map<DealStage, double[]> tally = new EnumMap<>(DealStage.class); // stage -> {won, examples} per Due
        int examples = 0;
        double amountSum = 0;
        for (int back = 1; back <= index; back++) {
            Snapshot earlier = snapshots.get(index - back);
            if (!earlier.period().to().isBefore(now.period().from())) {
                continue; // still running at this period's start: its outcome was not known yet
            }
            double w = Math.pow(DECAY, back - 1);
            for (Example e : earlier.open()) {
                double[] t = tally.computeIfAbsent(e.stage(), s -> new double[2 * Due.values().length]);
                double dollars = w * e.amount().doubleValue();
                t[2 * e.due().ordinal()] += e.won() ? dollars : 0;
                t[2 * e.due().ordinal() + 1] += dollars;
                examples += e.due() == Due.INSIDE ? 1 : 0;
                amountSum += e.due() == Due.INSIDE ? e.amount().doubleValue() : 0;
            }
        }
        double prior = examples == 0 ? 0 : PRIOR_WEIGHT * amountSum / examples; // PRIOR_WEIGHT deals of the mean amount
        BigDecimal stage = BigDecimal.ZERO;
        BigDecimal model = outsideEstimate(snapshots, index);
        for (Example e : now.open()) {
            int picklist = stageProbability.applyAsInt(e.stage());
            if (e.due() == Due.INSIDE) {
                stage = stage.add(PipelineForecast.weigh(e.amount(), picklist));
            }
            double[] t = tally.getOrDefault(e.stage(), new double[2 * Due.values().length]);
            double won = t[2 * e.due().ordinal()];
            double seen = t[2 * e.due().ordinal() + 1];
            double priorRate = e.due() == Due.LATER ? 0 : picklist / 100.0;
            double rate = seen + prior == 0 ? priorRate : (won + prior * priorRate) / (seen + prior);
            model = model.add(e.amount().multiply(BigDecimal.valueOf(rate)));
        }
        return new Period(now.period(), stage, model.setScale(2, RoundingMode.HALF_UP), now.actual(),
                now.pipeline().size(), examples, examples < MIN_EXAMPLES);
    }

    /** Business expected from deals created after this period's start, from the last finished periods only. */
    private static BigDecimal outsideEstimate(List<Snapshot> snapshots, int index) {
        List<BigDecimal> won = new ArrayList<>();
        List<BigDecimal> created = new ArrayList<>();
        for (int i = index - 1; i >= 0 && won.size() < RUN_RATE_PERIODS; i--) {
            Snapshot s = snapshots.get(i);
            if (s.period().to().isBefore(snapshots.get(index).period().from())) {
                won.add(s.wonNew());
                created.add(s.createdIn());
            }
        }
        return outsideEstimate(snapshots.get(index).recentlyCreated(), won, created);
    }

    /**
     * {@code recentlyCreated} × the pooled ratio of the earlier periods' new business won to the amounts created in
     * them; their mean new business when nothing was created in them; zero with no earlier period.
     */
    static BigDecimal outsideEstimate(BigDecimal recentlyCreated, List<BigDecimal> earlierWon,
                                      List<BigDecimal> earlierCreated) {
        if (earlierWon.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal won = earlierWon.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal created = earlierCreated.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (created.signum() == 0) {
            return won.divide(BigDecimal.valueOf(earlierWon.size()), 2, RoundingMode.HALF_UP);
        }
        return recentlyCreated.multiply(won).divide(created, 2, RoundingMode.HALF_UP);
    }

    private static Result summarise(List<Period> periods, int without) {
        List<Period> scored = periods.stream().filter(p -> !p.warmUp()).toList();
        List<Period> withWins = scored.stream().filter(p -> p.actual().signum() > 0).toList();
        return new Result(periods, mean(scored, Period::stageError), mean(scored, Period::modelError),
                percent(withWins, Period::stageError), percent(withWins, Period::modelError), scored.size(), without);
    }

    private static BigDecimal mean(List<Period> periods, java.util.function.Function<Period, BigDecimal> error) {
        if (periods.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = periods.stream().map(error).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(periods.size()), 2, RoundingMode.HALF_UP);
    }

    private static Double percent(List<Period> periods, java.util.function.Function<Period, BigDecimal> error) {
        return periods.isEmpty() ? null : periods.stream()
                .mapToDouble(p -> error.apply(p).doubleValue() / p.actual().doubleValue() * 100).average().orElse(0);
    }

    private static BigDecimal amount(Deal d) {
        return d.amount() == null ? BigDecimal.ZERO : d.amount();
    }
}
