package com.nexuscrm.ui.team;

import java.util.Locale;
import com.nexuscrm.ui.common.Formats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.conversation.CoachingGap;
import com.nexuscrm.conversation.RepMetrics;
import com.nexuscrm.conversation.TeamBenchmark;
import com.nexuscrm.conversation.TeamReport;
import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.testing.SalesTeams;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Team screen's call coaching over a scripted report source. */
class CallCoachingViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final SalesTeams org = new SalesTeams();
    private final Team smb = org.team("SMB", "SMB");
    private final User ana = org.rep("Ana Adams", smb, "UTC");
    private final User ben = org.rep("Ben Brown", smb, "UTC");
    private final List<Instant[]> asked = new ArrayList<>();

    private CallCoachingViewModel model(TeamReport report) {
        return new CallCoachingViewModel((from, to, p) -> {
            asked.add(new Instant[] {from, to});
            return report;
        }, directory(), Clock.fixed(NOW, ZoneOffset.UTC), new Formats(Locale.UK, ZoneOffset.UTC), new DirectTaskExecutor());
    }

    private RepMetrics metrics(User rep, int calls, Double winRate, double talk, double discovery) {
        return new RepMetrics(rep.getId().toString(), calls, 4, winRate, talk, 0.21, 0.3, discovery, 0.75, 0.9, 1.5, 48);
    }

    @Test
    void repsShowBesideTheTopQuartileWithTheirCoachingAreasRankedAndCharted() {
        RepMetrics best = metrics(ana, 12, 0.75, 0.45, 10.2);
        RepMetrics behind = metrics(ben, 9, 0.25, 0.68, 3.1);
        TeamBenchmark benchmark = new TeamBenchmark(0.45, 10.2, 0.21, 0.3, 0.75, 0.9, 1.5, 48);
        List<CoachingGap> gaps = List.of(new CoachingGap("discovery questions", 3.1, 10.2, 7.1),
                new CoachingGap("talk ratio", 0.68, 0.45, 4.6));
        CallCoachingViewModel model = model(new TeamReport(List.of(behind, best), benchmark,
                List.of(ana.getId().toString()), Map.of(ben.getId().toString(), gaps, ana.getId().toString(), List.of())));
        model.load();

        assertEquals(List.of("Top quartile by win rate", "Ana Adams", "Ben Brown"), model.rows().stream().map(CoachingRow::rep).toList());
        CoachingRow top = model.rows().get(0);
        assertTrue(top.benchmark());
        assertEquals(List.of("12", "75%", "45%", "10.2", "Ana Adams"),
                List.of(top.calls(), top.winRate(), top.talkRatio(), top.discoveryQuestions(), top.coachingAreas()));
        CoachingRow ben = model.rows().get(2);
        assertEquals(List.of("9", "25% (4)", "68%", "+0.21", "+0.30", "3.1", "75%", "0.9 s", "1.5"),
                List.of(ben.calls(), ben.winRate(), ben.talkRatio(), ben.sentiment(), ben.objectionHandling(),
                        ben.discoveryQuestions(), ben.nextStepRate(), ben.patience(), ben.fillers()));
        assertEquals("discovery › talk ratio", ben.coachingAreas());
        assertEquals("discovery questions 3.1 (top 10.2); talk ratio 68% (top 45%)", ben.coachingDetail());
        assertEquals("at or above the benchmark", model.rows().get(1).coachingAreas());
        assertEquals(List.of("Research: 43%", "Top quartile", "Ana Adams", "Ben Brown"),
                model.talkRatios().stream().map(CoachingBar::label).toList());
        assertEquals(List.of(43.0, 45.0, 45.0, 68.0), model.talkRatios().stream().map(b -> Math.round(b.value() * 10) / 10.0).toList());
        assertEquals(List.of(true, true, false, false), model.discoveryQuestions().stream().map(CoachingBar::reference).toList());
        assertEquals("21 analysed calls by 2 reps between 27 Aug 2026 and 25 Nov 2026.", model.summaryProperty().get());
        assertEquals("", model.emptyMessageProperty().get());
    }

    @Test
    void choosingAPeriodLoadsItsCalls() {
        CallCoachingViewModel model = model(new TeamReport(List.of(), null, List.of(), Map.of()));
        model.load();
        model.periodProperty().set(CoachingPeriod.THIS_QUARTER);
        model.periodProperty().set(CoachingPeriod.LAST_30_DAYS);
        assertEquals(List.of(Instant.parse("2026-08-27T10:00:00Z"), Instant.parse("2026-10-01T00:00:00Z"),
                Instant.parse("2026-10-26T10:00:00Z")), asked.stream().map(a -> a[0]).toList());
        assertTrue(asked.stream().allMatch(a -> a[1].equals(NOW)));
    }

    @Test
    void noAnalysedCallsSaySoInASentence() {
        CallCoachingViewModel model = model(new TeamReport(List.of(), null, List.of(), Map.of()));
        model.load();
        assertTrue(model.rows().isEmpty() && model.talkRatios().isEmpty());
        assertEquals("No analysed calls between 27 Aug 2026 and 25 Nov 2026. Calls show here once they are transcribed"
                + " and analysed.", model.emptyMessageProperty().get());
    }

    @Test
    void withoutADecidedDealThereIsNoBenchmarkAndTheSummarySaysWhy() {
        CallCoachingViewModel model = model(new TeamReport(List.of(metrics(ana, 3, null, 0.5, 6)), null, List.of(), Map.of()));
        model.load();
        assertEquals(List.of("Ana Adams"), model.rows().stream().map(CoachingRow::rep).toList());
        assertEquals("undecided", model.rows().get(0).winRate());
        assertTrue(model.summaryProperty().get().endsWith("No rep has a won or lost deal among these calls yet, so there is no benchmark."));
        assertEquals(List.of("Research: 43%", "Ana Adams"), model.talkRatios().stream().map(CoachingBar::label).toList());
    }

    @Test
    void aFailedLoadIsReportedInPlace() {
        CallCoachingViewModel model = new CallCoachingViewModel((from, to, p) -> {
            throw new IllegalStateException("the workspace is closed");
        }, directory(), Clock.fixed(NOW, ZoneOffset.UTC), new Formats(Locale.UK, ZoneOffset.UTC), new DirectTaskExecutor());
        model.load();
        assertEquals("Could not load the calls: the workspace is closed", model.emptyMessageProperty().get());
    }

    private Directory directory() {
        return new Directory() {
            @Override
            public List<User> users() { return org.users; }

            @Override
            public List<Team> teams() { return org.teams; }

            @Override
            public Optional<User> user(UUID id) { return org.users.stream().filter(u -> u.getId().equals(id)).findFirst(); }

            @Override
            public User currentUser() { return org.users.get(0); }
        };
    }
}
