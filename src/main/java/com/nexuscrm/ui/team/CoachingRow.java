package com.nexuscrm.ui.team;

import com.nexuscrm.conversation.CoachingGap;
import com.nexuscrm.conversation.RepMetrics;
import com.nexuscrm.conversation.TeamBenchmark;
import java.util.List;

/**
 * One line of the call coaching table, as text: a rep's figures over the period, or the benchmark's.
 *
 * @param benchmark     whether this is the top quartile's line rather than a rep's
 * @param coachingAreas  the rep's furthest-behind metrics, the furthest first (for the benchmark: who is in it)
 * @param coachingDetail the same with the rep's and the benchmark's figures
 */
public record CoachingRow(String rep, boolean benchmark, String calls, String winRate, String talkRatio,
                          String sentiment, String objectionHandling, String discoveryQuestions, String nextStepRate,
                          String patience, String fillers, String coachingAreas, String coachingDetail) {
    /** The label of the benchmark's line. */
    public static final String BENCHMARK_LABEL = "Top quartile by win rate";
    static final int AREAS_SHOWN = 3;

    static CoachingRow of(String name, RepMetrics m, List<CoachingGap> gaps) {
        return new CoachingRow(name, false, String.valueOf(m.calls()),
                m.winRate() == null ? "undecided" : CoachingFormats.percent(m.winRate()) + " (" + m.decidedCalls() + ")",
                CoachingFormats.percent(m.talkRatio()), CoachingFormats.signed(m.sentiment()),
                CoachingFormats.signed(m.objectionHandling()), CoachingFormats.decimal(m.discoveryQuestions()),
                CoachingFormats.percent(m.nextStepRate()), CoachingFormats.seconds(m.patienceSeconds()),
                CoachingFormats.decimal(m.fillersPerMinute()),
                gaps.isEmpty() ? "at or above the benchmark" : CoachingFormats.areaNames(gaps, AREAS_SHOWN),
                gaps.isEmpty() ? "" : CoachingFormats.areas(gaps, AREAS_SHOWN));
    }

    /** The benchmark's line: its figures, the top reps' calls (together) and mean win rate, and their names. */
    static CoachingRow benchmark(TeamBenchmark b, List<RepMetrics> top, List<String> names) {
        int calls = top.stream().mapToInt(RepMetrics::calls).sum();
        double winRate = top.stream().mapToDouble(RepMetrics::winRate).average().orElse(0);
        return new CoachingRow(BENCHMARK_LABEL, true, String.valueOf(calls),
                CoachingFormats.percent(winRate), CoachingFormats.percent(b.talkRatio()),
                CoachingFormats.signed(b.sentiment()), CoachingFormats.signed(b.objectionHandling()),
                CoachingFormats.decimal(b.discoveryQuestions()), CoachingFormats.percent(b.nextStepRate()),
                CoachingFormats.seconds(b.patienceSeconds()), CoachingFormats.decimal(b.fillersPerMinute()),
                String.join(", ", names), "The reps with the best win rate among those with a won or lost deal: "
                        + String.join(", ", names));
    }
}
