package com.nexuscrm.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.DealStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The forecast over deals in several currencies, worked out by hand: the team's currency is USD, one euro is 1.10
 * dollars and one pound 1.25; no rate for Swiss francs, so the franc deal is left out by name, never added raw.
 */
class ForecastCurrencyTest {
    private static final ForecastPeriod Q1 = ForecastPeriod.parse("2027-Q1");
    private static final UUID REP = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final ExchangeRates RATES = new ExchangeRates("USD",
            Map.of("EUR", new BigDecimal("1.10"), "GBP", new BigDecimal("1.25")));

    private static ForecastDeal open(String name, String amount, String currency, int model) {
        return new ForecastDeal(UUID.randomUUID(), name, REP, null, DealStage.PROPOSAL, new BigDecimal(amount),
                LocalDate.parse("2027-02-15"), null, null, model, 50, currency);
    }

    private static void amount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void amountsAreConvertedToTheCentAndADealWithoutARateIsLeftOutByName() {
        ForecastDeal won = new ForecastDeal(UUID.randomUUID(), "Pounds won", REP, null, DealStage.CLOSED_WON,
                new BigDecimal("2000"), LocalDate.parse("2027-01-20"), LocalDate.parse("2027-01-20"), null, null, 100, "GBP");
        List<ForecastDeal> deals = List.of(
                open("Dollars", "10000", "USD", 80),    // 10,000.00, weighted 8,000.00
                open("Euros", "5000", "EUR", 20),       // 5,500.00, weighted 1,100.00
                open("Odd euros", "1234.56", "EUR", 33), // 1,358.016 -> 1,358.02, weighted 448.1466 -> 448.15
                open("No currency", "100", null, 50),   // the team's: 100.00, weighted 50.00
                open("Francs", "3000", "CHF", 50),      // no rate: left out
                won);                                   // 2,500.00 won
        PipelineForecast.Result r = PipelineForecast.of(Q1, deals, ForecastAdjustments.NONE, Map.of(),
                PipelineForecast.By.COMPANY, RATES);
        amount("16958.02", r.total().openPipeline());
        amount("9598.15", r.total().weighted());
        amount("2500", r.total().closedWon());
        amount("12098.15", r.total().adjustedTotal());
        assertEquals(4, r.total().openDeals());
        assertEquals("USD", r.currency());
        assertEquals(List.of("Francs"), r.unconverted().stream().map(ForecastDeal::name).toList());
        amount("3000", r.unconverted().get(0).amount()); // as entered, in francs
        assertTrue(r.open().stream().allMatch(d -> "USD".equals(d.currency())));
    }

    @Test
    void theSameDealsWithoutRatesCountOnlyTheTeamsCurrency() {
        PipelineForecast.Result r = PipelineForecast.of(Q1, List.of(open("Dollars", "10000", "USD", 80),
                open("Euros", "5000", "EUR", 20)), ForecastAdjustments.NONE, Map.of(), PipelineForecast.By.COMPANY,
                ExchangeRates.only("USD"));
        amount("10000", r.total().openPipeline());
        assertEquals(List.of("Euros"), r.unconverted().stream().map(ForecastDeal::name).toList());
    }

    @Test
    void ratesThatCannotBeKeptSayWhy() {
        ExchangeRates bad = new ExchangeRates("USD", Map.of("EUR", BigDecimal.ZERO, "USD", BigDecimal.ONE));
        assertEquals(List.of("The rate of EUR must be above zero.", "USD is the team currency: it needs no rate."), bad.problems());
        assertEquals(List.of(), RATES.problems());
    }

    @Test
    void whatMovedIsConvertedAndTotalledByKind() {
        UUID dollars = UUID.randomUUID();
        UUID euros = UUID.randomUUID();
        UUID francs = UUID.randomUUID();
        UUID cut = UUID.randomUUID();
        LocalDate d = LocalDate.parse("2027-02-01");
        List<ForecastMoves.Move> moves = List.of(
                new ForecastMoves.Move(dollars, ForecastMoves.Kind.PUSHED_OUT, new BigDecimal("8000"), d, d.plusMonths(3)),
                new ForecastMoves.Move(euros, ForecastMoves.Kind.WON, new BigDecimal("3000"), d, d),
                new ForecastMoves.Move(francs, ForecastMoves.Kind.LOST, new BigDecimal("1000"), d, d),
                new ForecastMoves.Move(cut, ForecastMoves.Kind.AMOUNT_DOWN, new BigDecimal("-500"), d, d));
        ForecastMoves.Converted c = ForecastMoves.convert(moves, Map.of(dollars, "USD", euros, "EUR", francs, "CHF"), RATES);
        assertEquals(List.of(francs), c.unconverted().stream().map(ForecastMoves.Move::dealId).toList());
        List<ForecastMoves.KindTotal> totals = ForecastMoves.byKind(c.moves());
        assertEquals(List.of(ForecastMoves.Kind.values()), totals.stream().map(ForecastMoves.KindTotal::kind).toList());
        Map<ForecastMoves.Kind, String> expected = Map.of(ForecastMoves.Kind.ADDED, "0", ForecastMoves.Kind.PULLED_IN, "0",
                ForecastMoves.Kind.AMOUNT_UP, "0", ForecastMoves.Kind.AMOUNT_DOWN, "-500", ForecastMoves.Kind.PUSHED_OUT, "-8000",
                ForecastMoves.Kind.WON, "3300", ForecastMoves.Kind.LOST, "0");
        totals.forEach(t -> amount(expected.get(t.kind()), t.amount()));
        assertEquals(1, totals.get(ForecastMoves.Kind.WON.ordinal()).count());
        assertEquals(0, totals.get(ForecastMoves.Kind.LOST.ordinal()).count(), "the franc deal is not counted");
    }
}
