package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The evaluation metrics against values worked out by hand. */
class MetricsTest {
    @Test
    void aucCountsOrderedPairsAndHalvesTies() {
        assertEquals(1.0, Metrics.auc(new double[] {0.1, 0.2, 0.8, 0.9}, new int[] {0, 0, 1, 1}), 1e-12);
        assertEquals(0.0, Metrics.auc(new double[] {0.9, 0.8, 0.2, 0.1}, new int[] {0, 0, 1, 1}), 1e-12);
        assertEquals(0.875, Metrics.auc(new double[] {0.1, 0.5, 0.5, 0.9}, new int[] {0, 0, 1, 1}), 1e-12);
    }

    @Test
    void averagePrecisionLogLossAndLift() {
        double[] p = {0.9, 0.8, 0.3, 0.1};
        int[] y = {1, 0, 1, 0};
        assertEquals((1 + 2.0 / 3) / 2, Metrics.averagePrecision(p, y), 1e-12);
        assertEquals(-(Math.log(0.9) + Math.log(0.2) + Math.log(0.3) + Math.log(0.9)) / 4, Metrics.logLoss(p, y), 1e-12);
        double[] ranked = new double[100];
        int[] outcome = new int[100];
        for (int i = 0; i < 100; i++) {
            ranked[i] = i;
            outcome[i] = i >= 90 ? 1 : 0;
        }
        assertEquals(10.0, Metrics.liftByDecile(ranked, outcome).get(0), 1e-12, "every conversion in the top decile");
        assertEquals(0.0, Metrics.liftByDecile(ranked, outcome).get(9), 1e-12);
    }

    @Test
    void plattScalingRecoversAKnownMiscalibration() {
        Random random = new Random(5);
        int n = 20000;
        double[] raw = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double z = random.nextGaussian() * 2;
            y[i] = random.nextDouble() < Calibration.sigmoid(z) ? 1 : 0;
            raw[i] = Calibration.sigmoid(2 * z + 1); // overconfident and shifted
        }
        Calibration c = Calibration.fit(raw, y);
        assertEquals(0.5, c.slope(), 0.05);
        assertEquals(-0.5, c.intercept(), 0.05);
    }
}
