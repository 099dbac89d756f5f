package com.nexuscrm.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Posterior updates, quantiles and draws checked against hand arithmetic and SciPy's figures. */
class BetaArithmeticTest {

    @Test
    void threeRepliesInTenTouchesGiveBetaFourEightUnderTheUniformPrior() {
        ArmCounts counts = ArmCounts.NONE;
        for (int i = 0; i < 10; i++) {
            counts = counts.after(i < 3);
        }
        assertEquals(new ArmCounts(10, 3), counts);
        BetaPosterior posterior = counts.posterior(BetaPosterior.UNIFORM);
        assertEquals(new BetaPosterior(4, 8), posterior);
        assertEquals(1.0 / 3, posterior.mean(), 1e-12);
        double[] interval = posterior.credibleInterval(0.9);
        assertEquals(0.13507547291964123, interval[0], 1e-9, "scipy.stats.beta.ppf(0.05, 4, 8)");
        assertEquals(0.5643741882892295, interval[1], 1e-9, "scipy.stats.beta.ppf(0.95, 4, 8)");
    }

    @Test
    void quantilesAndCdfMatchClosedForms() {
        assertEquals(0.3, BetaDistribution.cdf(0.3, 1, 1), 1e-12);
        assertEquals(0.09, BetaDistribution.cdf(0.3, 2, 1), 1e-12, "Beta(2,1) has CDF x^2");
        assertEquals(0.43043766119999977, BetaDistribution.cdf(0.3, 4, 8), 1e-10);
        assertEquals(Math.sqrt(0.05), BetaDistribution.quantile(0.05, 2, 1), 1e-9);
        assertEquals(1 - Math.cbrt(0.05), BetaDistribution.quantile(0.95, 1, 3), 1e-9, "Beta(1,3): 1-(1-x)^3");
        assertEquals(0.2384041903808526, BetaDistribution.quantile(0.95, 1, 11), 1e-9);
        double[] wide = new BetaPosterior(2.0 / 3, 4.0 / 3).credibleInterval(0.9);
        assertEquals(0.008105329825791594, wide[0], 1e-8, "a prior below 1 in alpha");
        assertEquals(0.852062799317149, wide[1], 1e-8);
    }

    @Test
    void drawsFollowThePosteriorAndRepeatWithTheSeed() {
        BetaPosterior posterior = new BetaPosterior(4, 8);
        Random random = new Random(5);
        double sum = 0;
        int below = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double x = posterior.sample(random);
            sum += x;
            below += x < 0.3 ? 1 : 0;
        }
        assertEquals(1.0 / 3, sum / n, 0.005);
        assertEquals(0.4304, below / (double) n, 0.01, "the draws' CDF at 0.3");
        assertEquals(posterior.sample(new Random(9)), posterior.sample(new Random(9)));
    }

    @Test
    void impossibleCountsAndBadSegmentKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ArmCounts(3, 4));
        assertThrows(IllegalArgumentException.class, () -> new ArmCounts(-1, 0));
        assertEquals(new Segment("WEBSITE", ScoreBand.HIGH), Segment.parse("WEBSITE/HIGH"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Segment.parse("WEBSITE/HOT"));
        assertTrue(e.getMessage().contains("LOW, MEDIUM or HIGH"), e.getMessage());
        assertEquals(ScoreBand.MEDIUM, ScoreBand.of(40));
        assertEquals(ScoreBand.LOW, ScoreBand.of(39));
    }

    @Test
    void sendTimesFallIntoTheirBuckets() {
        assertEquals(2, SendTimeGrid.BLOCKS.bucketOf(DayOfWeek.TUESDAY, 10));
        assertEquals("weekday 08-12", SendTimeGrid.BLOCKS.label(2));
        assertEquals(11, SendTimeGrid.BLOCKS.bucketOf(DayOfWeek.SUNDAY, 23));
        assertEquals("weekend 20-24", SendTimeGrid.BLOCKS.label(11));
        assertEquals(34, SendTimeGrid.HOUR_OF_WEEK.bucketOf(DayOfWeek.TUESDAY, 10));
        assertEquals("Tue 10:00", SendTimeGrid.HOUR_OF_WEEK.label(34));
        assertTrue(SendTimeGrid.HOUR_OF_WEEK.weekend(5 * 24));
        assertThrows(IllegalArgumentException.class, () -> SendTimeGrid.BLOCKS.label(12));
    }
}
