package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Rep performance over a period and the team benchmark.
 *
 * <ul>
 *   <li>Win rate is counted per call: won calls over calls whose deal is decided.</li>
 *   <li>The benchmark is the per-call mean of the top quartile of reps by win rate (at least one rep), among reps
 *       with a decided deal; ties keep the rep with more decided calls first.</li>
 *   <li>A coaching gap is the rep's shortfall against the benchmark divided by the metric's step (talk ratio 5
 *       points either way, 1 discovery question, 0.1 sentiment, 0.1 objection handling, 10 points of next-step
 *       rate, 0.2 s patience, 1 filler a minute, 30 s of monologue), so gaps of different metrics compare;
 *       areas are ranked by it and only shortfalls are listed.</li>
 * </ul>
 */
public final class RepPerformance {
    private enum Better { HIGHER, LOWER, CLOSER }

    private record Metric(String name, ToDoubleFunction<RepMetrics> rep, ToDoubleFunction<TeamBenchmark> team,
                          Better better, double step) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("talk ratio", RepMetrics::talkRatio, TeamBenchmark::talkRatio, Better.CLOSER, 0.05),
            new Metric("discovery questions", RepMetrics::discoveryQuestions, TeamBenchmark::discoveryQuestions, Better.HIGHER, 1),
            new Metric("customer sentiment", RepMetrics::sentiment, TeamBenchmark::sentiment, Better.HIGHER, 0.1),
            new Metric("objection handling", r -> r.objectionHandling() == null ? Double.NaN : r.objectionHandling(),
                    TeamBenchmark::objectionHandling, Better.HIGHER, 0.1),
            new Metric("next-step close rate", RepMetrics::nextStepRate, TeamBenchmark::nextStepRate, Better.HIGHER, 0.1),
            new Metric("patience", RepMetrics::patienceSeconds, TeamBenchmark::patienceSeconds, Better.HIGHER, 0.2),
            new Metric("filler words", RepMetrics::fillersPerMinute, TeamBenchmark::fillersPerMinute, Better.LOWER, 1),
            new Metric("longest monologue", RepMetrics::monologueSeconds, TeamBenchmark::monologueSeconds, Better.LOWER, 30));

    private RepPerformance() {
    }

    /** The report over the calls made in [{@code from}, {@code to}). */
    public static TeamReport report(List<RepCall> calls, Instant from, Instant to) {
        Map<String, List<RepCall>> byRep = calls.stream()
                .filter(c -> !c.callTime().isBefore(from) && c.callTime().isBefore(to))
                .collect(Collectors.groupingBy(RepCall::repId, LinkedHashMap::new, Collectors.toList()));
        List<RepMetrics> reps = byRep.entrySet().stream().map(e -> metrics(e.getKey(), e.getValue())).toList();
        List<RepMetrics> ranked = reps.stream().filter(r -> r.winRate() != null)
                .sorted(Comparator.comparing(RepMetrics::winRate).thenComparing(RepMetrics::decidedCalls).reversed())
                .toList();
        if (ranked.isEmpty()) {
            return new TeamReport(reps, null, List.of(), Map.of());
        }
        List<RepMetrics> top = ranked.subList(0, (int) Math.ceil(ranked.size() / 4.0));
        TeamBenchmark benchmark = benchmark(top);
        Map<String, List<CoachingGap>> areas = new LinkedHashMap<>();
        reps.forEach(r -> areas.put(r.repId(), gaps(r, benchmark)));
        return new TeamReport(reps, benchmark, top.stream().map(RepMetrics::repId).toList(), areas);
    }

    static RepMetrics metrics(String repId, List<RepCall> calls) {
        List<CallAnalysis> all = calls.stream().map(RepCall::analysis).toList();
        List<SideMetrics> repSides = all.stream().filter(CallAnalysis::stereo)
                .map(a -> a.side(Speaker.REP).orElseThrow()).toList();
        List<RepCall> decided = calls.stream().filter(c -> c.won() != null).toList();
        double scoredObjections = all.stream().filter(a -> a.objectionHandling() != null)
                .mapToInt(a -> a.objectionHandling().scored()).sum();
        double handlingSum = all.stream().filter(a -> a.objectionHandling() != null)
                .mapToDouble(a -> a.objectionHandling().score() * a.objectionHandling().scored()).sum();
        return new RepMetrics(repId, calls.size(), decided.size(),
                decided.isEmpty() ? null : decided.stream().filter(RepCall::won).count() / (double) decided.size(),
                mean(repSides, s -> s.talkRatio()),
                mean(all, a -> a.side(a.customerSide()).map(SideMetrics::sentiment).orElse(0.0)),
                scoredObjections == 0 ? null : handlingSum / scoredObjections,
                mean(all.stream().filter(CallAnalysis::stereo).toList(), a -> a.discoveryQuestions().size()),
                mean(all, a -> a.actionItems().isEmpty() ? 0 : 1),
                mean(all.stream().filter(a -> a.patience() != null).toList(), a -> a.patience().meanSeconds()),
                mean(repSides, SideMetrics::fillersPerMinute), mean(repSides, SideMetrics::longestMonologueSeconds));
    }

    static TeamBenchmark benchmark(List<RepMetrics> top) {
        return new TeamBenchmark(mean(top, RepMetrics::talkRatio), mean(top, RepMetrics::discoveryQuestions),
                mean(top, RepMetrics::sentiment),
                mean(top.stream().filter(r -> r.objectionHandling() != null).toList(), RepMetrics::objectionHandling),
                mean(top, RepMetrics::nextStepRate), mean(top, RepMetrics::patienceSeconds),
                mean(top, RepMetrics::fillersPerMinute), mean(top, RepMetrics::monologueSeconds));
    }

    static List<CoachingGap> gaps(RepMetrics rep, TeamBenchmark benchmark) {
        List<CoachingGap> gaps = new ArrayList<>();
        for (Metric m : METRICS) {
            double mine = m.rep().applyAsDouble(rep);
            double team = m.team().applyAsDouble(benchmark);
            double shortfall = switch (m.better()) {
                case HIGHER -> team - mine;
                case LOWER -> mine - team;
                case CLOSER -> Math.abs(mine - team);
            };
            if (!Double.isNaN(mine) && shortfall > 0) {
                gaps.add(new CoachingGap(m.name(), mine, team, shortfall / m.step()));
            }
        }
        gaps.sort(Comparator.comparingDouble(CoachingGap::gap).reversed());
        return gaps;
    }

    private static <T> double mean(List<T> items, ToDoubleFunction<T> value) {
        return items.stream().mapToDouble(value).average().orElse(0);
    }
}
