package com.nexuscrm.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The forecast's sums on eleven deals whose figures were worked out by hand (see each comment). */
class PipelineForecastTest {
    private static final UUID EAST = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID WEST = UUID.fromString("00000000-0000-0000-0000-00000000000f");
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final ForecastPeriod Q1 = ForecastPeriod.parse("2027-Q1");

    private static ForecastDeal open(UUID rep, UUID team, DealStage stage, String amount, String close, Integer model,
                                     int stageP, ForecastCategory category) {
        return new ForecastDeal(UUID.randomUUID(), "deal", rep, team, stage, new BigDecimal(amount), LocalDate.parse(close),
                null, category, model, stageP);
    }

    private static ForecastDeal closed(UUID rep, UUID team, DealStage stage, String amount, String closedOn) {
        return new ForecastDeal(UUID.randomUUID(), "deal", rep, team, stage, new BigDecimal(amount), LocalDate.parse(closedOn),
                LocalDate.parse(closedOn), null, null, stage == DealStage.CLOSED_WON ? 100 : 0);
    }

    private static final List<ForecastDeal> DEALS = List.of(
            open(A, EAST, DealStage.NEGOTIATION, "10000", "2027-02-15", 80, 75, ForecastCategory.COMMIT), // 8000 / 7500, high
            open(A, EAST, DealStage.PROPOSAL, "5000", "2027-03-20", 20, 50, ForecastCategory.BEST_CASE), // 1000 / 2500, at risk
            closed(A, EAST, DealStage.CLOSED_WON, "3000", "2027-01-10"),
            open(B, EAST, DealStage.QUALIFICATION, "8000", "2027-03-01", null, 25, null), // 2000 / 2000 (stage's), pipeline
            open(B, EAST, DealStage.PROSPECTING, "1234.56", "2027-01-31", 33, 10, ForecastCategory.OMITTED), // 407.40 / 123.46
            closed(C, WEST, DealStage.CLOSED_WON, "7000", "2027-03-31"),
            open(C, WEST, DealStage.NEGOTIATION, "2000", "2027-04-01", 90, 75, ForecastCategory.COMMIT), // next quarter
            new ForecastDeal(UUID.randomUUID(), "won last year", C, WEST, DealStage.CLOSED_WON, new BigDecimal("4000"),
                    LocalDate.parse("2027-01-15"), LocalDate.parse("2026-12-31"), null, null, 100), // counted when it closed
            closed(C, WEST, DealStage.CLOSED_LOST, "9000", "2027-02-01"),
            open(C, WEST, DealStage.PROPOSAL, "6000", "2027-02-28", 70, 50, ForecastCategory.COMMIT), // 4200 / 3000, high (70)
            open(C, WEST, DealStage.NEGOTIATION, "900", "2026-12-30", 10, 75, ForecastCategory.COMMIT)); // overdue: not Q1
    private static final ForecastAdjustments ADJUSTED = ForecastAdjustments.NONE
            .with(A, new BigDecimal("-1500"), "the proposal is slipping").with(C, new BigDecimal("500"), "");
    private static final Map<UUID, UUID> TEAMS = Map.of(A, EAST, B, EAST, C, WEST);

    private static ForecastFigures figures(String won, String open, String weighted, String stage, String high, String risk,
                                           String commit, String best, String pipeline, String omitted, String adjustment,
                                           int openDeals, int wonDeals) {
        return new ForecastFigures(new BigDecimal(won), new BigDecimal(open), new BigDecimal(weighted), new BigDecimal(stage),
                new BigDecimal(high), new BigDecimal(risk), new BigDecimal(commit), new BigDecimal(best),
                new BigDecimal(pipeline), new BigDecimal(omitted), new BigDecimal(adjustment), openDeals, wonDeals);
    }

    private static void same(ForecastFigures expected, ForecastFigures actual) {
        assertEquals(cents(expected), cents(actual)); // 15000 and 15000.00 are the same amount
    }

    private static ForecastFigures cents(ForecastFigures f) {
        java.util.function.UnaryOperator<BigDecimal> c = v -> v.setScale(2, java.math.RoundingMode.UNNECESSARY);
        return new ForecastFigures(c.apply(f.closedWon()), c.apply(f.openPipeline()), c.apply(f.weighted()),
                c.apply(f.stageWeighted()), c.apply(f.highConfidence()), c.apply(f.atRisk()), c.apply(f.commit()),
                c.apply(f.bestCase()), c.apply(f.pipelineCategory()), c.apply(f.omitted()), c.apply(f.adjustment()),
                f.openDeals(), f.wonDeals());
    }

    @Test
    void byRepEachFigureAsWorkedOutByHand() {
        PipelineForecast.Result r = PipelineForecast.of(Q1, DEALS, ADJUSTED, TEAMS, PipelineForecast.By.REP);
        assertEquals(List.of(C, A, B), r.groups().stream().map(PipelineForecast.Group::key).toList(), "largest adjusted first");
        same(figures("7000", "6000", "4200", "3000", "6000", "0", "6000", "0", "0", "0", "500", 1, 1), r.groups().get(0).figures());
        same(figures("3000", "15000", "9000", "10000", "10000", "5000", "10000", "5000", "0", "0", "-1500", 2, 1),
                r.groups().get(1).figures());
        same(figures("0", "9234.56", "2407.40", "2123.46", "0", "0", "0", "0", "8000", "1234.56", "0", 2, 0),
                r.groups().get(2).figures());
        assertEquals(0, new BigDecimal("11700").compareTo(r.groups().get(0).figures().adjustedTotal()));
        assertEquals(0, new BigDecimal("10500").compareTo(r.groups().get(1).figures().adjustedTotal()));
        assertEquals(0, new BigDecimal("13000").compareTo(r.groups().get(1).figures().repCommit()));
    }

    @Test
    void theCompanyTotalIsTheSumOfTheReps() {
        PipelineForecast.Result r = PipelineForecast.of(Q1, DEALS, ADJUSTED, TEAMS, PipelineForecast.By.COMPANY);
        ForecastFigures expected = figures("10000", "30234.56", "15607.40", "15123.46", "16000", "5000", "16000", "5000",
                "8000", "1234.56", "-1000", 5, 2);
        same(expected, r.total());
        assertEquals(1, r.groups().size());
        same(expected, r.groups().get(0).figures());
        assertEquals(0, new BigDecimal("24607.40").compareTo(r.total().adjustedTotal()));
    }

    @Test
    void byTeamTheAdjustmentGoesToTheRepsTeam() {
        PipelineForecast.Result r = PipelineForecast.of(Q1, DEALS, ADJUSTED, TEAMS, PipelineForecast.By.TEAM);
        Map<UUID, ForecastFigures> byTeam = new java.util.HashMap<>();
        r.groups().forEach(g -> byTeam.put(g.key(), g.figures()));
        same(figures("3000", "24234.56", "11407.40", "12123.46", "10000", "5000", "10000", "5000", "8000", "1234.56",
                "-1500", 4, 1), byTeam.get(EAST));
        same(figures("7000", "6000", "4200", "3000", "6000", "0", "6000", "0", "0", "0", "500", 1, 1), byTeam.get(WEST));
    }

    @Test
    void aRepWithAnAdjustmentButNoDealsStillShows() {
        UUID d = UUID.randomUUID();
        PipelineForecast.Result r = PipelineForecast.of(Q1, List.of(), ForecastAdjustments.NONE.with(d, new BigDecimal("250"), "x"),
                Map.of(), PipelineForecast.By.REP);
        assertEquals(d, r.groups().get(0).key());
        assertEquals(0, new BigDecimal("250").compareTo(r.total().adjustedTotal()));
    }

    @Test
    void theWeeklyCurveAddsWonToDateAndWeightedOpenDealsClosingByEachWeek() {
        PipelineForecast.Result r = PipelineForecast.of(Q1, DEALS, ForecastAdjustments.NONE, TEAMS, PipelineForecast.By.COMPANY);
        List<ForecastCurve.Point> weeks = ForecastCurve.weekly(r, LocalDate.parse("2027-02-10"));
        assertEquals(LocalDate.parse("2027-01-03"), weeks.get(0).weekEnd(), "1 Jan 2027 is a Friday: the first week is 3 days");
        assertEquals(LocalDate.parse("2027-03-31"), weeks.get(weeks.size() - 1).weekEnd());
        ForecastCurve.Point jan10 = weeks.get(1);
        assertEquals(0, new BigDecimal("3000").compareTo(jan10.wonToDate()));
        assertEquals(0, new BigDecimal("3000").compareTo(jan10.expected()));
        ForecastCurve.Point jan31 = weeks.get(4);
        assertEquals(LocalDate.parse("2027-01-31"), jan31.weekEnd());
        assertEquals(0, new BigDecimal("3407.40").compareTo(jan31.expected()), "won 3000 + the 1234.56 deal at 33%");
        ForecastCurve.Point last = weeks.get(weeks.size() - 1);
        assertEquals(null, last.wonToDate(), "a week after today has no actual yet");
        assertEquals(0, new BigDecimal("18607.40").compareTo(last.expected()), "won to today 3000 + all weighted 15607.40");
    }
}
