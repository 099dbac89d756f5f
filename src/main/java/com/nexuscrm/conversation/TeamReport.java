package com.nexuscrm.conversation;

import java.util.List;
import java.util.Map;

/**
 * Rep performance for a period, with the team benchmark beside it.
 *
 * @param benchmark      the top performers' figures; {@code null} when no rep has a decided deal
 * @param benchmarkReps  the reps in the top quartile by win rate
 * @param coachingAreas  per rep, the metrics behind the benchmark, furthest behind first
 */
public record TeamReport(List<RepMetrics> reps, TeamBenchmark benchmark, List<String> benchmarkReps,
                         Map<String, List<CoachingGap>> coachingAreas) {
    public TeamReport {
        reps = List.copyOf(reps);
        benchmarkReps = List.copyOf(benchmarkReps);
        coachingAreas = Map.copyOf(coachingAreas);
    }
}
