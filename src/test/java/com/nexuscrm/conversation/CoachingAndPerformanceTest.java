package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Speaker;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachingAndPerformanceTest {
    private static final double EPS = 1e-9;
    private static final CallAnalyzer ANALYZER = new CallAnalyzer();
    private static final CallAnalysis DISCOVERY = ANALYZER.analyze(CallScript.discoveryCall().stereo(60),
            AnalysisSettings.defaults());
    /** The rep talks 400 words (159.9 s, 99% of the talk) without a break, the customer objects, the rep jumps in after 0.2 s. */
    private static final CallAnalysis PITCH = ANALYZER.analyze(new CallScript()
            .say(Speaker.REP, 0, String.join(" ", Collections.nCopies(100, "our platform does everything")))
            .say(Speaker.CUSTOMER, 161, "it is too expensive")
            .say(Speaker.REP, 162.7, "okay").stereo(170), AnalysisSettings.defaults());
    private static final Instant DAY = Instant.parse("2026-03-02T10:00:00Z");

    private static List<String> areas(List<CoachingPoint> points) {
        return points.stream().map(CoachingPoint::area).toList();
    }

    @Test
    void discoveryCallIsCoachedOnQuestionsAndFillers() {
        List<CoachingPoint> points = new CoachingPoints(ResearchRanges.defaults(), null).forCall(DISCOVERY);
        assertEquals(List.of("questions", "fillers"), areas(points));
        assertEquals("You asked 3 questions, 2 of them discovery questions; discovery calls do best with 11 to 14. "
                + "Ask more open questions about the customer's situation, goals and pain.", points.get(0).message());
        assertEquals(3, points.get(0).evidence().size());
        assertEquals(20.4, points.get(1).evidence().get(0).start(), EPS);
    }

    @Test
    void pitchIsCoachedOnTalkMonologuePatienceAndNextSteps() {
        TeamBenchmark team = new TeamBenchmark(0.45, 4, 0.2, 0.1, 0.8, 0.9, 1, 60);
        List<CoachingPoint> points = new CoachingPoints(ResearchRanges.defaults(), team).forCall(PITCH);
        assertEquals(List.of("talk ratio", "questions", "monologue", "patience", "next steps"), areas(points));
        assertEquals("You talked 99% of the time; aim near 43% (35% to 55%), top performers 45%. "
                + "Let the customer talk more.", points.get(0).message());
        assertEquals("Your longest monologue ran 2:40; keep each under 2:30 and check in with a question.",
                points.get(2).message());
        assertEquals(0.0, points.get(2).evidence().get(0).start(), EPS);
        assertEquals(159.9, points.get(2).evidence().get(0).end(), EPS);
        assertEquals(162.7, points.get(3).evidence().get(0).end(), EPS);
        assertEquals("No next step was agreed; close every call with a dated next step.", points.get(4).message());
    }

    @Test
    void monoCallOnlyGetsSideFreePoints() {
        CallAnalysis mono = ANALYZER.analyze(CallScript.discoveryCall().mono(60), AnalysisSettings.defaults());
        assertTrue(new CoachingPoints(ResearchRanges.defaults(), null).forCall(mono).isEmpty());
    }

    @Test
    void repPerformanceBenchmarksTheTopQuartileByWinRate() {
        List<RepCall> calls = List.of(
                new RepCall("ana", DISCOVERY, DAY, true), new RepCall("ana", DISCOVERY, DAY.plusSeconds(60), true),
                new RepCall("bob", PITCH, DAY, true), new RepCall("bob", PITCH, DAY, false),
                new RepCall("cy", PITCH, DAY, false), new RepCall("dee", DISCOVERY, DAY, null),
                new RepCall("ana", PITCH, DAY.minusSeconds(86_400), false));
        TeamReport report = RepPerformance.report(calls, DAY, DAY.plusSeconds(86_400));

        assertEquals(List.of("ana"), report.benchmarkReps());
        RepMetrics ana = report.reps().get(0);
        RepMetrics bob = report.reps().get(1);
        assertEquals(2, ana.calls(), "the call before the period is left out");
        assertEquals(1.0, ana.winRate(), EPS);
        assertEquals(0.5, bob.winRate(), EPS);
        assertNull(report.reps().get(3).winRate());
        assertEquals(DISCOVERY.side(Speaker.REP).orElseThrow().talkRatio(), ana.talkRatio(), EPS);
        assertEquals(2.0, ana.discoveryQuestions(), EPS);
        assertEquals(1.0, ana.nextStepRate(), EPS);
        assertEquals(0.0, bob.nextStepRate(), EPS);
        assertEquals(DISCOVERY.objectionHandling().score(), ana.objectionHandling(), EPS);
        assertNull(bob.objectionHandling(), "the pitch's objection has no customer utterance before it");
        assertEquals(ana.talkRatio(), report.benchmark().talkRatio(), EPS);

        List<CoachingGap> gaps = report.coachingAreas().get("bob");
        assertEquals(List.of("talk ratio", "next-step close rate", "customer sentiment", "longest monologue",
                "patience", "discovery questions"), gaps.stream().map(CoachingGap::metric).toList());
        assertEquals(Math.abs(bob.talkRatio() - ana.talkRatio()) / 0.05, gaps.get(0).gap(), EPS);
        assertEquals(10.0, gaps.get(1).gap(), EPS);
        assertEquals((bob.monologueSeconds() - ana.monologueSeconds()) / 30, gaps.get(3).gap(), EPS);
        assertTrue(report.coachingAreas().get("ana").isEmpty());
    }
}
