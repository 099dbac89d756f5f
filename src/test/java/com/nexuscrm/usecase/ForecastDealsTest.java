package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.deal.ForecastDeal;
import com.nexuscrm.domain.deal.ForecastFigures;
import com.nexuscrm.domain.deal.ForecastMoves;
import com.nexuscrm.domain.deal.ForecastPeriod;
import com.nexuscrm.domain.deal.PipelineForecast;
import com.nexuscrm.testing.ForecastWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast read from a real encrypted store: scores joined, stage probabilities from the team, adjustments kept. */
class ForecastDealsTest {
    private static final ForecastPeriod Q1 = ForecastPeriod.parse("2027-Q1");
    @TempDir
    Path dir;
    private ForecastWorkspace ws;
    private ForecastDeals forecast;

    @BeforeEach
    void open() {
        ws = new ForecastWorkspace(dir);
        forecast = ForecastDeals.of(ws.workspace, ZoneOffset.UTC, ws.clock);
    }

    @AfterEach
    void close() {
        ws.store.close();
    }

    private static void amount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void theCompanysFiguresAsWorkedOutByHand() {
        ForecastDeals.Forecast f = forecast.forecast(Q1, PipelineForecast.By.COMPANY, ForecastDeals.Scope.COMPANY);
        ForecastFigures t = f.result().total();
        amount("3000", t.closedWon());
        amount("23000", t.openPipeline());
        amount("11000", t.weighted());
        amount("12000", t.stageWeighted());
        amount("10000", t.highConfidence());
        amount("5000", t.atRisk());
        amount("10000", t.commit());
        amount("5000", t.bestCase());
        amount("8000", t.pipelineCategory());
        amount("14000", t.adjustedTotal());
        assertEquals(List.of(ForecastDeal.Source.MODEL, ForecastDeal.Source.STAGE, ForecastDeal.Source.MODEL),
                f.result().open().stream().sorted(java.util.Comparator.comparing(ForecastDeal::amount).reversed())
                        .map(ForecastDeal::source).toList());
        assertTrue(f.adjustable(), "Mia is a manager");
    }

    @Test
    void aManagersAdjustmentIsATeamSettingARepCannotWrite() {
        forecast.adjust(Q1, ws.rita.getId(), new BigDecimal("-1500"), "Globex slips");
        ForecastDeals.Forecast f = forecast.forecast(Q1, PipelineForecast.By.REP, ForecastDeals.Scope.COMPANY);
        amount("12500", f.result().total().adjustedTotal());
        assertEquals("Globex slips", forecast.adjustments(Q1).noteOf(ws.rita.getId()));
        TeamSetting stored = ws.workspace.repository(TeamSetting.class)
                .find(TeamSetting.idFor(ws.east.getId(), "forecast.adjustments.2027-Q1")).orElseThrow();
        assertTrue(stored.getContent().contains("Globex slips"));
        assertThrows(IllegalArgumentException.class, () -> forecast.adjust(ForecastPeriod.parse("2027-01-01..2027-01-31"),
                ws.rita.getId(), BigDecimal.ONE, ""));
        ws.actAs(ws.rita);
        assertFalse(forecast.mayAdjust());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> forecast.adjust(Q1, ws.rita.getId(), new BigDecimal("99999"), "mine"));
        assertTrue(refused.getMessage().contains("manager"));
        amount("-1500", forecast.adjustments(Q1).of(ws.rita.getId()));
    }

    @Test
    void aRepsOwnScopeHasOnlyTheirDeals() {
        ws.actAs(ws.rita);
        ForecastFigures mine = forecast.forecast(Q1, PipelineForecast.By.REP, ForecastDeals.Scope.ME).result().total();
        amount("0", mine.closedWon());
        amount("15000", mine.openPipeline());
        amount("9000", mine.weighted());
    }

    @Test
    void whatMovedSinceTheDealsWereOpened() {
        ws.saveDeal.move(ws.bestCase.getId(), com.nexuscrm.domain.DealStage.NEGOTIATION, ws.rita);
        var pushed = ws.workspace.deals().find(ws.unscored.getId()).orElseThrow();
        pushed.setCloseDate(java.time.LocalDate.parse("2027-04-05"));
        ws.saveDeal.save(pushed, ws.raj);
        List<ForecastMoves.Move> moves = forecast.moves(Q1, Instant.parse("2027-01-10T00:00:00Z"), ForecastWorkspace.NOW.plusSeconds(1),
                ForecastDeals.Scope.COMPANY);
        assertEquals(List.of(ForecastMoves.Kind.PUSHED_OUT, ForecastMoves.Kind.WON), moves.stream().map(ForecastMoves.Move::kind).toList());
        amount("8000", moves.get(0).amount());
        amount("3000", moves.get(1).amount());
        assertEquals(List.of(ForecastMoves.Kind.ADDED, ForecastMoves.Kind.ADDED, ForecastMoves.Kind.WON),
                forecast.moves(Q1, Instant.parse("2027-01-01T00:00:00Z"), ForecastWorkspace.NOW.plusSeconds(1),
                        ForecastDeals.Scope.COMPANY).stream().map(ForecastMoves.Move::kind).toList(),
                "since the quarter began: two added and still in, one won; one added then pushed out is no move; April's is not in Q1");
    }

    @Test
    void theBacktestRunsOnTheStoredHistory() {
        var r = BacktestDeals.of(ws.workspace, ZoneOffset.UTC, ws.clock).run(ForecastPeriod.Kind.MONTH);
        assertEquals(1, r.periods().size(), "January 2027, ended, with the one deal won");
        amount("3000", r.periods().get(0).actual());
        assertEquals(0, r.periods().get(0).pipelineDeals(), "on 1 January no deal was open yet");
        assertTrue(r.periods().get(0).warmUp());
    }
}
