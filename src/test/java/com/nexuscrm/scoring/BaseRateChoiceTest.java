package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** When the base-rate prior is chosen over a learned model, and the "no signal" rule of the deal report. */
class BaseRateChoiceTest {
    @Test
    void noiseLosesToThePriorAndSignalBeatsIt() {
        Random random = new Random(3);
        int n = 2000;
        int[] y = new int[n];
        double[] noise = new double[n];
        double[] signal = new double[n];
        for (int i = 0; i < n; i++) {
            double latent = random.nextGaussian();
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-1.5 * latent)) ? 1 : 0;
            noise[i] = 1 / (1 + Math.exp(-random.nextGaussian()));
            signal[i] = 1 / (1 + Math.exp(-latent));
        }
        Calibration prior = new Calibration(0, Calibration.logit(0.5));
        assertTrue(BaseRateChoice.compare(noise, y, prior).priorWins(), BaseRateChoice.compare(noise, y, prior).describe("noise"));
        BaseRateChoice real = BaseRateChoice.compare(signal, y, prior);
        assertFalse(real.priorWins(), real.describe("signal"));
        assertTrue(real.describe("signal").endsWith("it does"));
    }

    @Test
    void noSignalIsAnAucIntervalThatContainsOneHalf() {
        assertTrue(DealEvaluation.containsHalf(new Bootstrap.Interval(0.52, 0.48, 0.56)));
        assertTrue(DealEvaluation.containsHalf(new Bootstrap.Interval(0.5, 0.5, 0.5)), "a constant prediction");
        assertTrue(DealEvaluation.containsHalf(new Bootstrap.Interval(0.47, 0.44, 0.50)));
        assertTrue(DealEvaluation.containsHalf(new Bootstrap.Interval(Double.NaN, Double.NaN, Double.NaN)), "undefined is no signal");
        assertFalse(DealEvaluation.containsHalf(new Bootstrap.Interval(0.55, 0.515, 0.58)));
        assertFalse(DealEvaluation.containsHalf(new Bootstrap.Interval(0.3, 0.25, 0.35)), "reliably below 0.5 is signal too");
    }
}
