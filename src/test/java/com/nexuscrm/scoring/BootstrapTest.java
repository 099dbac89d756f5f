package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    @Test
    void unitWeightsGiveThePlainAucTiesIncluded() {
        double[] p = {0.1, 0.4, 0.4, 0.8, 0.3, 0.4, 0.9};
        int[] y = {0, 1, 0, 1, 0, 0, 1};
        Integer[] order = {0, 4, 1, 2, 5, 3, 6};
        double[] ones = new double[p.length];
        Arrays.fill(ones, 1);
        assertEquals(Metrics.auc(p, y), Bootstrap.weightedAuc(order, p, y, ones), 1e-12);
    }

    @Test
    void aClearlyBetterModelBeatsAndTheSameModelTies() {
        Random random = new Random(3);
        int n = 1500;
        int[] y = new int[n];
        double[] good = new double[n];
        double[] weak = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextDouble() < 0.4 ? 1 : 0;
            good[i] = y[i] + random.nextGaussian() * 0.8;
            weak[i] = y[i] + random.nextGaussian() * 2.5;
        }
        Bootstrap.Comparison better = Bootstrap.compareAuc(good, weak, y, 1);
        assertEquals("beats", better.verdict());
        assertTrue(better.model().low() < better.model().estimate() && better.model().estimate() < better.model().high());
        assertEquals("loses", Bootstrap.compareAuc(weak, good, y, 1).verdict());
        Bootstrap.Comparison same = Bootstrap.compareAuc(good, good.clone(), y, 1);
        assertEquals("ties", same.verdict());
        assertEquals(0, same.difference().low(), 1e-12);
    }
}
