package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The close-date model on generated deals whose duration depends on the product, with skewed noise. */
class CloseDateModelTest {
    private static final List<Column> COLUMNS = List.of(new Column("product", "Product", Family.FIT, Column.Kind.CATEGORY),
            new Column("size", "Size", Family.FIT, Column.Kind.NUMBER));

    private static LabelledTable table(int n, long seed, double[] days) {
        Random random = new Random(seed);
        List<Object[]> rows = new ArrayList<>();
        int[] labels = new int[n];
        String[] products = {"quick", "normal", "slow"};
        for (int i = 0; i < n; i++) {
            int p = random.nextInt(3);
            double size = random.nextDouble() * 10;
            rows.add(new Object[] {products[p], size});
            days[i] = 10 + 40 * p + 2 * size + 15 * -Math.log(1 - random.nextDouble()); // exponential noise
            labels[i] = random.nextInt(2);
        }
        return new LabelledTable(COLUMNS, rows, labels, "generated");
    }

    @Test
    void beatsTheMedianDurationAndTheIntervalCoversWhatItSays() {
        double[] days = new double[3000];
        LabelledTable all = table(3000, 1, days);
        int[][] split = LeadTrainer.stratifiedSplit(all.labels(), 0.3, 2);
        double[] trainingDays = java.util.Arrays.stream(split[0]).mapToDouble(i -> days[i]).toArray();
        CloseDateModel model = CloseDateModel.fit(all.subset(split[0]), trainingDays, 3);
        LabelledTable heldOut = all.subset(split[1]);
        CloseDateModel.Prediction[] p = model.predict(heldOut.rows());
        double median = CloseDateModel.quantile(trainingDays, 0.5);
        double modelError = 0;
        double medianError = 0;
        int inside = 0;
        for (int i = 0; i < p.length; i++) {
            double actual = days[split[1][i]];
            modelError += Math.abs(p[i].days() - actual);
            medianError += Math.abs(median - actual);
            inside += actual >= p[i].low() && actual <= p[i].high() ? 1 : 0;
            assertTrue(p[i].low() <= p[i].days() && p[i].days() <= p[i].high());
        }
        assertTrue(model.regression(), model.describe());
        assertTrue(modelError < 0.6 * medianError, modelError / p.length + " vs " + medianError / p.length);
        double coverage = (double) inside / p.length;
        assertEquals(0.8, coverage, 0.05, "held-out coverage of the 80% interval");
    }

    @Test
    void withoutSignalItFallsBackToTheMedianAndStillGivesAnInterval() {
        Random random = new Random(5);
        List<Object[]> rows = new ArrayList<>();
        double[] days = new double[1500];
        int[] labels = new int[1500];
        for (int i = 0; i < days.length; i++) {
            rows.add(new Object[] {random.nextBoolean() ? "a" : "b", random.nextDouble()});
            days[i] = 20 + 30 * random.nextDouble();
            labels[i] = random.nextInt(2);
        }
        CloseDateModel model = CloseDateModel.fit(new LabelledTable(COLUMNS, rows, labels, "noise"), days, 1);
        CloseDateModel.Prediction p = model.predict(List.<Object[]>of(new Object[] {null, Double.NaN}))[0];
        assertTrue(p.low() < p.days() && p.days() < p.high(), p.toString());
        assertTrue(p.days() > 25 && p.days() < 45, "about the median: " + p);
    }

    @Test
    void theConformalCorrectionIsTheScoreThatCoversEightyPercent() {
        double[] y = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        double[][] bands = {new double[10], new double[10]};
        // every interval is [0, 0]: scores are y itself; ⌈11·0.8⌉ = 9th smallest = 8
        assertEquals(8.0, CloseDateModel.conformal(bands, y));
    }
}
