package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.CallClock;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Question;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Coaching points for one call: the rep's figures against {@link ResearchRanges} and, when given, the team's top
 * performers ({@link TeamBenchmark}). Each point quotes its evidence. A mono recording only gets the points that do
 * not need to know who spoke (next steps; objection handling is not computed for mono); talk ratio, questions,
 * monologue, patience and fillers are left out because they would blame the rep for the customer's words.
 */
public final class CoachingPoints {
    /** At most this many moments are quoted per point. */
    static final int MAX_EVIDENCE = 5;
    private final ResearchRanges ranges;
    private final TeamBenchmark team;

    /** @param team the top performers' figures, or {@code null} when the team has none yet */
    public CoachingPoints(ResearchRanges ranges, TeamBenchmark team) {
        this.ranges = Objects.requireNonNull(ranges);
        this.team = team;
    }

    /** The points for {@code call}, most important first (talk, questions, monologue, patience, fillers, next steps). */
    public List<CoachingPoint> forCall(CallAnalysis call) {
        List<CoachingPoint> points = new ArrayList<>();
        // A rep who said nothing (a silent channel) has no talk, questions or monologues to coach; the transcript warns.
        call.side(Speaker.REP).filter(rep -> rep.longestMonologue() != null).ifPresent(rep -> {
            talkRatio(rep, points);
            questions(call, points);
            monologue(rep, points);
            patience(call, points);
            fillers(call, rep, points);
        });
        nextSteps(call, points);
        objections(call, points);
        return points;
    }

    private void talkRatio(SideMetrics rep, List<CoachingPoint> points) {
        double ratio = rep.talkRatio();
        if (ratio < ranges.talkRatioLow() || ratio > ranges.talkRatioHigh()) {
            String which = ratio > ranges.talkRatioHigh() ? "Let the customer talk more" : "Lead the conversation more";
            points.add(new CoachingPoint("talk ratio", String.format(Locale.ROOT,
                    "You talked %s of the time; aim near %s (%s to %s)%s. %s.", pct(ratio), pct(ranges.talkRatioTarget()),
                    pct(ranges.talkRatioLow()), pct(ranges.talkRatioHigh()),
                    team == null ? "" : ", top performers " + pct(team.talkRatio()), which), List.of(rep.longestMonologue())));
        }
    }

    private void questions(CallAnalysis call, List<CoachingPoint> points) {
        List<Question> asked = call.questionsBy(Speaker.REP);
        int discovery = call.discoveryQuestions().size();
        if (asked.size() >= ranges.questionsLow() && asked.size() <= ranges.questionsHigh()
                && (team == null || discovery >= team.discoveryQuestions())) {
            return;
        }
        String advice = asked.size() > ranges.questionsHigh() ? "Fewer, more open questions feel less like an interrogation"
                : "Ask more open questions about the customer's situation, goals and pain";
        points.add(new CoachingPoint("questions", String.format(Locale.ROOT,
                "You asked %d questions, %d of them discovery questions; discovery calls do best with %d to %d%s. %s.",
                asked.size(), discovery, ranges.questionsLow(), ranges.questionsHigh(),
                team == null ? "" : String.format(Locale.ROOT, ", top performers ask %.1f discovery questions", team.discoveryQuestions()),
                advice), first(asked.stream().map(Question::evidence).toList())));
    }

    private void monologue(SideMetrics rep, List<CoachingPoint> points) {
        double seconds = rep.longestMonologueSeconds();
        if (seconds > ranges.monologueMaxSeconds()) {
            points.add(new CoachingPoint("monologue", String.format(Locale.ROOT,
                    "Your longest monologue ran %s; keep each under %s and check in with a question.",
                    CallClock.format(Math.round(seconds)), CallClock.format(ranges.monologueMaxSeconds())), List.of(rep.longestMonologue())));
        }
    }

    private void patience(CallAnalysis call, List<CoachingPoint> points) {
        if (call.patience() != null && call.patience().meanSeconds() < ranges.patienceMinSeconds()) {
            points.add(new CoachingPoint("patience", String.format(Locale.ROOT,
                    "You answered after %.2f s on average; pause at least %.1f s so the customer can finish%s.",
                    call.patience().meanSeconds(), ranges.patienceMinSeconds(),
                    team == null ? "" : String.format(Locale.ROOT, " (top performers %.2f s)", team.patienceSeconds())),
                    List.of(call.patience().quickest())));
        }
    }

    private void fillers(CallAnalysis call, SideMetrics rep, List<CoachingPoint> points) {
        if (rep.fillersPerMinute() > ranges.fillersPerMinuteMax()) {
            points.add(new CoachingPoint("fillers", String.format(Locale.ROOT,
                    "You used %.1f filler words a minute (%d in all); aim for under %.0f.", rep.fillersPerMinute(),
                    rep.fillerCount(), ranges.fillersPerMinuteMax()), first(call.fillers().stream()
                    .map(Finding::evidence).filter(e -> e.speaker() == Speaker.REP).toList())));
        }
    }

    private void nextSteps(CallAnalysis call, List<CoachingPoint> points) {
        if (call.actionItems().isEmpty()) {
            String signals = call.buyingSignals().isEmpty() ? "" : " even though the customer gave buying signals";
            points.add(new CoachingPoint("next steps", "No next step was agreed" + signals
                    + "; close every call with a dated next step.",
                    first(call.buyingSignals().stream().map(Finding::evidence).toList())));
        }
    }

    private void objections(CallAnalysis call, List<CoachingPoint> points) {
        if (call.objectionHandling() != null && call.objectionHandling().score() < 0) {
            points.add(new CoachingPoint("objections", String.format(Locale.ROOT,
                    "The customer sounded worse after objections (%+.2f); acknowledge the concern and ask about it "
                            + "before answering.", call.objectionHandling().score()),
                    first(call.objections().stream().map(Finding::evidence).toList())));
        }
    }

    private static List<Evidence> first(List<Evidence> evidence) {
        return evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()));
    }

    private static String pct(double ratio) {
        return Math.round(ratio * 100) + "%";
    }
}
