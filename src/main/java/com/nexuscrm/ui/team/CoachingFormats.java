package com.nexuscrm.ui.team;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.conversation.CoachingGap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/** How the call coaching figures read: percentages, signed scores, seconds, and coaching gaps in their own units. */
final class CoachingFormats {
    static final String NONE = "–";
    /** By {@link com.nexuscrm.conversation.RepPerformance}'s metric names. */
    private static final Map<String, DoubleFunction<String>> BY_METRIC = Map.of(
            "talk ratio", CoachingFormats::percent, "discovery questions", CoachingFormats::decimal,
            "customer sentiment", CoachingFormats::signed, "objection handling", CoachingFormats::signed,
            "next-step close rate", CoachingFormats::percent, "patience", CoachingFormats::seconds,
            "filler words", v -> decimal(v) + "/min", "longest monologue", v -> String.format("%.0f s", v));

    /** Short names for the table's coaching areas column; the tooltip gives the full names and the figures. */
    private static final Map<String, String> SHORT = Map.of("discovery questions", "discovery",
            "customer sentiment", "sentiment", "objection handling", "objections", "next-step close rate", "next steps",
            "filler words", "fillers", "longest monologue", "monologue");

    private CoachingFormats() {
    }

    static String percent(double share) {
        return Formats.user().percent(share);
    }

    static String percent(Double share) {
        return share == null ? NONE : percent(share.doubleValue());
    }

    static String signed(double score) {
        return String.format("%+.2f", score);
    }

    static String signed(Double score) {
        return score == null ? NONE : signed(score.doubleValue());
    }

    static String decimal(double value) {
        return String.format("%.1f", value);
    }

    static String seconds(double value) {
        return String.format("%.1f s", value);
    }

    /** The short names of the first {@code limit} gaps, e.g. "talk ratio › discovery". */
    static String areaNames(List<CoachingGap> gaps, int limit) {
        return gaps.stream().limit(limit).map(g -> SHORT.getOrDefault(g.metric(), g.metric()))
                .collect(Collectors.joining(" › "));
    }

    /** The first {@code limit} gaps, e.g. "talk ratio 68% (top 46%); discovery questions 3.1 (top 9.8)". */
    static String areas(List<CoachingGap> gaps, int limit) {
        return gaps.stream().limit(limit).map(g -> {
            DoubleFunction<String> format = BY_METRIC.getOrDefault(g.metric(), CoachingFormats::decimal);
            return g.metric() + " " + format.apply(g.rep()) + " (top " + format.apply(g.benchmark()) + ")";
        }).collect(Collectors.joining("; "));
    }
}
