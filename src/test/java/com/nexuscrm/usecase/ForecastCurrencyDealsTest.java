package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.deal.ForecastDeal;
import com.nexuscrm.domain.deal.ForecastPeriod;
import com.nexuscrm.domain.deal.PipelineForecast;
import com.nexuscrm.testing.ForecastWorkspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast over a real store whose deals are in several currencies, converted with the team's saved rates.
 * By hand (see {@link ForecastWorkspace}): Globex's 5,000 becomes EUR, at 1.10 that is 5,500 USD, weighted at its
 * 20% score 1,100; Initech's 8,000 becomes JPY, which has no rate, so it is left out. Open: 10,000 + 5,500 =
 * 15,500; weighted: 8,000 + 1,100 = 9,100; closed won 3,000.
 */
class ForecastCurrencyDealsTest {
    private static final ForecastPeriod Q1 = ForecastPeriod.parse("2027-Q1");
    @TempDir Path dir;
    private ForecastWorkspace ws;

    @BeforeEach
    void open() {
        ws = new ForecastWorkspace(dir);
        inCurrency(ws.bestCase, "EUR");
        inCurrency(ws.unscored, "JPY");
    }

    @AfterEach
    void close() {
        ws.store.close();
    }

    private void inCurrency(Deal deal, String currency) {
        Deal d = ws.workspace.deals().find(deal.getId()).orElseThrow();
        d.setCurrency(currency);
        ws.saveDeal.save(d, ws.mia);
    }

    private static void amount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    private PipelineForecast.Result company() {
        return ForecastDeals.of(ws.workspace, ZoneOffset.UTC, ws.clock).forecast(Q1, PipelineForecast.By.COMPANY,
                ForecastDeals.Scope.COMPANY).result();
    }

    @Test
    void theTeamsRatesConvertEachDealAndADealWithoutOneIsNamed() {
        TeamCurrency.of(ws.workspace).saveRates(Map.of("EUR", new BigDecimal("1.10")));
        PipelineForecast.Result r = company();
        assertEquals("USD", r.currency());
        amount("15500", r.total().openPipeline());
        amount("9100", r.total().weighted());
        amount("3000", r.total().closedWon());
        assertEquals(List.of("Initech - Team, 10 seats"), r.unconverted().stream().map(ForecastDeal::name).toList());
        assertEquals("JPY", r.unconverted().get(0).currency());
    }

    @Test
    void withoutRatesOnlyTheTeamsCurrencyIsSummed() {
        PipelineForecast.Result r = company();
        amount("10000", r.total().openPipeline());
        assertEquals(2, r.unconverted().size());
    }

    @Test
    void ratesSetForAnotherTeamCurrencyAreNotUsedAndARepCannotSetThem() {
        TeamCurrency currency = TeamCurrency.of(ws.workspace);
        currency.saveRates(Map.of("EUR", new BigDecimal("1.10")));
        currency.save("EUR");
        PipelineForecast.Result r = company();
        assertEquals("EUR", r.currency());
        assertEquals(3, r.unconverted().size(), "dollars and yen have no rate into euros; the dollar rates are not reused");
        assertThrows(IllegalArgumentException.class, () -> currency.saveRates(Map.of("GBP", new BigDecimal("-1"))));
        ws.actAs(ws.rita);
        assertThrows(IllegalStateException.class, () -> TeamCurrency.of(ws.workspace).saveRates(Map.of("USD", BigDecimal.ONE)));
    }
}
