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
 * ended before it starts: for every earlier period, each deal open at its start with its close date inside it is
 * one example, labelled won when it was won inside that period. A stage's rate is the share of its examples' amounts
 * that was won (amount-weighted, as the forecast is money: big deals that slip weigh as much as they cost), pulled
 * towards the picklist's probability by {@link #PRIOR_WEIGHT} pseudo-deals of the mean amount, with older periods
 * counting less ({@link #DECAY} per period back). Its forecast is the open amounts × their stage's rate, plus an
 * estimate of what will be won from deals that are not in the pipeline at the start (new and pulled-in business).
 * That business comes mostly from deals created during the period, so it scales with the rate at which deals are
 * created: the estimate is the amount of deals created in the period-long window just before the start × the ratio of
 * outside wins to that recent creation in the last {@link #RUN_RATE_PERIODS} finished periods (pooled), so it follows
 * growth within one period rather than lagging it as a trailing mean would. When those periods had no recent
 * creation it falls back to their mean outside wins. Stage weighting is the open amounts × the picklist's probability.
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

    /** One pipeline deal at a period's start and whether it was won inside the period. */
    private record Example(DealStage stage, BigDecimal amount, boolean won) { }

    /** A period's pipeline at its start, with the business won in it from outside that pipeline. */
    private record Snapshot(ForecastPeriod period, List<Example> pipeline, BigDecimal wonOutside, BigDecimal actual,
                            BigDecimal recentlyCreated) { }

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
        List<Example> pipeline = new ArrayList<>();
        BigDecimal outside = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal created = BigDecimal.ZERO;
        java.time.Instant windowStart = p.from().minusDays(p.to().toEpochDay() - p.from().toEpochDay() + 1)
                .atStartOfDay(zone).toInstant();
        for (Deal d : deals) {
            DealChange first = d.history().isEmpty() ? null : d.history().get(0);
            if (first != null && !first.getChangedAt().isBefore(windowStart) && first.getChangedAt().isBefore(start)
                    && first.getAmount() != null) {
                created = created.add(first.getAmount());
            }
            boolean won = d.stage() == DealStage.CLOSED_WON && p.contains(d.closedOn());
            DealChange state = ForecastMoves.at(d.history(), start);
            boolean inPipeline = state != null && !state.getStage().isClosed() && p.contains(state.getCloseDate());
            if (inPipeline) {
                pipeline.add(new Example(state.getStage(), state.getAmount() == null ? BigDecimal.ZERO : state.getAmount(), won));
            }
            if (won) {
                actual = actual.add(amount(d));
                outside = inPipeline ? outside : outside.add(amount(d));
            }
        }
        return new Snapshot(p, pipeline, outside, actual, created);
    }

    private static Period forecast(List<Snapshot> snapshots, int index, ToIntFunction<DealStage> stageProbability) {
        Snapshot now = snapshots.get(index);
        Map<DealStage, double[]> tally = new EnumMap<>(DealStage.class); // stage -> {weighted wins, weighted examples}
        int examples = 0;
        double amountSum = 0;
        for (int back = 1; back <= index; back++) {
            Snapshot earlier = snapshots.get(index - back);
            if (!earlier.period().to().isBefore(now.period().from())) {
                continue; // still running at this period's start: its outcome was not known yet
            }
            double w = Math.pow(DECAY, back - 1);
            for (Example e : earlier.pipeline()) {
                double[] t = tally.computeIfAbsent(e.stage(), s -> new double[2]);
                double dollars = w * e.amount().doubleValue();
                t[0] += e.won() ? dollars : 0;
                t[1] += dollars;
                examples++;
                amountSum += e.amount().doubleValue();
            }
        }
        double prior = examples == 0 ? 0 : PRIOR_WEIGHT * amountSum / examples; // PRIOR_WEIGHT deals of the mean amount
        BigDecimal stage = BigDecimal.ZERO;
        BigDecimal model = outsideEstimate(snapshots, index);
        for (Example e : now.pipeline()) {
            int picklist = stageProbability.applyAsInt(e.stage());
            stage = stage.add(PipelineForecast.weigh(e.amount(), picklist));
            double[] t = tally.getOrDefault(e.stage(), new double[2]);
            double rate = t[1] + prior == 0 ? picklist / 100.0 : (t[0] + prior * picklist / 100.0) / (t[1] + prior);
            model = model.add(e.amount().multiply(BigDecimal.valueOf(rate)));
        }
        return new Period(now.period(), stage, model.setScale(2, RoundingMode.HALF_UP), now.actual(),
                now.pipeline().size(), examples, examples < MIN_EXAMPLES);
    }

    /** Business expected from outside this period's opening pipeline, from the last finished periods only. */
    private static BigDecimal outsideEstimate(List<Snapshot> snapshots, int index) {
        List<BigDecimal> outside = new ArrayList<>();
        List<BigDecimal> created = new ArrayList<>();
        for (int i = index - 1; i >= 0 && outside.size() < RUN_RATE_PERIODS; i--) {
            if (snapshots.get(i).period().to().isBefore(snapshots.get(index).period().from())) {
                outside.add(snapshots.get(i).wonOutside());
                created.add(snapshots.get(i).recentlyCreated());
            }
        }
        return outsideEstimate(snapshots.get(index).recentlyCreated(), outside, created);
    }

    /**
     * {@code recentlyCreated} × the pooled ratio of the earlier periods' outside wins to the amounts created just before
     * them; their mean outside wins when nothing was created before them; zero with no earlier period.
     */
    static BigDecimal outsideEstimate(BigDecimal recentlyCreated, List<BigDecimal> earlierOutside,
                                      List<BigDecimal> earlierCreated) {
        if (earlierOutside.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal outside = earlierOutside.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal pipeline = earlierCreated.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (pipeline.signum() == 0) {
            return outside.divide(BigDecimal.valueOf(earlierOutside.size()), 2, RoundingMode.HALF_UP);
        }
        return recentlyCreated.multiply(outside).divide(pipeline, 2, RoundingMode.HALF_UP);
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
