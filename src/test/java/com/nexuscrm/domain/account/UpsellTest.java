package com.nexuscrm.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UpsellTest {
    private static final String PLAN = "Team plan (per seat, annual)";
    private static final String ONBOARDING = "Onboarding package";

    private static Peer peer(long id, String industry, int employees, int seats, Map<String, BigDecimal> products) {
        return new Peer(new UUID(9, id), "Peer " + id, industry, employees, new BigDecimal("20000000"), seats, seats / 2,
                products);
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void anEmptyHistoryWithNoPeersSaysSo() {
        Upsell.Result r = Upsell.of(new FactsBuilder().build(), List.of());
        assertTrue(r.opportunities().isEmpty());
        assertTrue(r.note().startsWith("Not enough data"), r.note());
    }

    /**
     * Three of four neighbours own onboarding (paid 5,000, 7,000, 9,000: median 7,000); one owns analytics (one is
     * too few). The account pays 600 + 100 per seat; 19 of 20 seats active (95%): 4 more seats = 2,800; active users
     * 10 → 19 in six months (+90%): 9 seats = 6,300.
     */
    @Test
    void missingProductsNearLimitAndGrowthEachCarryTheirValue() {
        FactsBuilder b = new FactsBuilder().usage(20, 0.6, 10, 11, 12, 14, 16, 18, 19);
        UUID deal = b.id();
        b.owned.add(new OwnedProduct(deal, PLAN, 20, n(12000)));
        b.owned.add(new OwnedProduct(deal, "Premium support (per seat)", 20, n(2000)));
        List<Peer> peers = List.of(
                peer(1, "Software", 180, 20, Map.of(PLAN, n(10000), ONBOARDING, n(5000))),
                peer(2, "Software", 250, 25, Map.of(PLAN, n(15000), ONBOARDING, n(9000))),
                peer(3, "Software", 210, 15, Map.of(PLAN, n(9000), ONBOARDING, n(7000))),
                peer(4, "Mining", 20000, 900, Map.of("Analytics add-on", n(50000))),
                peer(5, "Software", 200, 20, Map.of()));
        Upsell.Result r = Upsell.of(b.build(), peers);

        assertEquals(4, r.neighbours().size(), "a peer owning nothing is no neighbour");
        assertEquals(3, r.opportunities().size());
        Upsell.Opportunity first = r.opportunities().get(0);
        assertEquals(Upsell.Type.MISSING_PRODUCT, first.type());
        assertEquals(ONBOARDING, first.title());
        assertEquals(n(7000), first.value());
        assertTrue(first.evidence().get(0).text().contains("3 of the 4 most similar"), first.evidence().get(0).text());
        assertEquals(Upsell.Type.SEAT_GROWTH, r.opportunities().get(1).type());
        assertEquals(n(6300), r.opportunities().get(1).value());
        assertEquals(Upsell.Type.NEAR_LIMIT, r.opportunities().get(2).type());
        assertEquals(n(2800), r.opportunities().get(2).value());
        assertTrue(r.opportunities().get(2).evidence().get(0).text().contains("19 of 20 seats active"));
    }

    @Test
    void withoutAnyPricePerSeatUsageOpportunitiesHaveNoValueRatherThanAnInventedOne() {
        FactsBuilder b = new FactsBuilder().usage(10, 0.5, 9, 9, 10);
        Upsell.Result r = Upsell.of(b.build(), List.of());
        assertEquals(1, r.opportunities().size());
        assertEquals(Upsell.Type.NEAR_LIMIT, r.opportunities().get(0).type());
        assertNull(r.opportunities().get(0).value());
        assertTrue(r.opportunities().get(0).evidence().get(0).text().contains("no price per seat known"));
    }

    @Test
    void justBelowTheLimitAndTheGrowthThresholdNothingIsSuggested() {
        FactsBuilder b = new FactsBuilder().usage(100, 0.5, 77, 80, 82, 84, 86, 88, 88);
        Upsell.Result r = Upsell.of(b.build(), List.of());
        assertTrue(r.opportunities().isEmpty(), "88% of seats and +14% in six months: neither fires");
        assertTrue(r.note().startsWith("No opportunity found"), r.note());
    }

    @Test
    void theNeighboursPricePerSeatIsUsedWhenTheAccountHasNone() {
        FactsBuilder b = new FactsBuilder().usage(10, 0.5, 10);
        List<Peer> peers = List.of(peer(1, "Software", 200, 10, Map.of(PLAN, n(6000))),
                peer(2, "Software", 200, 20, Map.of(PLAN, n(16000))));
        Upsell.Result r = Upsell.of(b.build(), peers);
        Upsell.Opportunity limit = r.opportunities().stream().filter(o -> o.type() == Upsell.Type.NEAR_LIMIT)
                .findFirst().orElseThrow();
        assertEquals(n(1400), limit.value(), "median of 600 and 800 = 700 per seat, 2 seats");
        assertEquals(n(11000), r.opportunities().get(0).value(), "the plan both own, median of 6,000 and 16,000");
    }

    @Test
    void distanceIsTheRootMeanSquareOverSharedFeatures() {
        Peer a = new Peer(new UUID(0, 1), "A", "Software", 100, null, null, null, Map.of());
        Peer b = new Peer(new UUID(0, 2), "B", "software", 1000, null, null, null, Map.of());
        assertEquals(Math.sqrt(0.5), Neighbours.distance(a, b), 1e-9, "same industry (0), employees ×10 (1)");
        Peer c = new Peer(new UUID(0, 3), "C", null, 1000, null, null, null, Map.of());
        assertTrue(Double.isNaN(Neighbours.distance(a, c)), "one shared feature is not enough to compare");
    }
}
