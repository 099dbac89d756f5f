package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.CallClock;
import com.nexuscrm.domain.call.ActionItem;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.NotComputed;
import com.nexuscrm.domain.call.Question;
import com.nexuscrm.domain.call.SentimentTrend;
import com.nexuscrm.domain.call.SideMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A call's analysis and coaching as plain text lines, each finding with its time: for the CLI. */
public final class CallReport {
    private CallReport() { }

    public static List<String> lines(CallAnalysis a, List<CoachingPoint> coaching) {
        List<String> out = new ArrayList<>();
        out.add("Talk");
        for (SideMetrics s : a.sides()) {
            out.add(String.format(Locale.ROOT, "  %-8s %s, %.0f words/min, %.1f fillers/min, longest monologue %.0f s%s, sentiment %+.2f",
                    s.speaker().label(), s.talkRatio() == null ? "talk ratio n/a" : String.format(Locale.ROOT, "talk %2.0f%%", 100 * s.talkRatio()),
                    s.wordsPerMinute(), s.fillersPerMinute(), s.longestMonologueSeconds(),
                    s.longestMonologue() == null ? "" : " at " + CallClock.format(s.longestMonologue().start()), s.sentiment()));
        }
        if (a.interactivity() != null) {
            out.add(String.format(Locale.ROOT, "  interactivity %.1f switches/min", a.interactivity().perMinute()));
        }
        if (a.patience() != null) {
            out.add(String.format(Locale.ROOT, "  patience %.2f s before the rep answers (%d answers)", a.patience().meanSeconds(), a.patience().responses()));
        }
        for (SentimentTrend t : a.sentimentTrends()) {
            out.add(String.format(Locale.ROOT, "  %s sentiment %+.2f: first third %+.2f, last third %+.2f", t.speaker().label(),
                    t.overall(), t.firstThird(), t.lastThird()));
        }
        List<Question> questions = a.questions();
        out.add(String.format("Questions: %d (%d discovery)", questions.size(), a.discoveryQuestions().size()));
        questions.forEach(q -> out.add("  " + evidence(q.evidence()) + (q.discovery() ? "  [discovery]" : "")));
        section(out, "Topics", a.topics());
        section(out, "Objections", a.objections());
        if (a.objectionHandling() != null) {
            out.add(String.format(Locale.ROOT, "  objection handling %+.2f (customer sentiment after minus before, %d scored)",
                    a.objectionHandling().score(), a.objectionHandling().scored()));
        }
        section(out, "Competitors", a.competitors());
        section(out, "Buying signals", a.buyingSignals());
        out.add("Next steps: " + a.actionItems().size());
        for (ActionItem item : a.actionItems()) {
            out.add("  " + evidence(item.evidence()) + (item.due() == null ? "" : "  (due: " + item.due() + ")"));
        }
        section(out, "Trackers", a.trackerHits());
        section(out, "Fillers", a.fillers());
        for (NotComputed n : a.notComputed()) {
            out.add("Not computed: " + n.metric() + " (" + n.reason() + ")");
        }
        out.add("Coaching: " + coaching.size());
        for (CoachingPoint p : coaching) {
            out.add("  " + p.area() + ": " + p.message());
            p.evidence().forEach(e -> out.add("    " + evidence(e)));
        }
        return out;
    }

    private static void section(List<String> out, String title, List<Finding> findings) {
        out.add(title + ": " + findings.size());
        findings.forEach(f -> out.add("  " + f.label() + "  " + evidence(f.evidence())));
    }

    static String evidence(Evidence e) {
        return "[" + CallClock.format(e.start()) + "] " + e.speaker().label() + ": \"" + e.quote() + "\"";
    }
}
