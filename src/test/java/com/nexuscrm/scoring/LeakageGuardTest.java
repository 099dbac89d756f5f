package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The leakage guard on a table whose post-outcome columns are known; no ND4J, so it is quick. */
class LeakageGuardTest {
    private static final List<Column> COLUMNS = List.of(
            new Column("visits", "Visits", Family.INTENT, Column.Kind.NUMBER),
            new Column("Outcome note", "Outcome note", Family.FIT, Column.Kind.CATEGORY),
            new Column("Follow-up tag", "Follow-up tag", Family.FIT, Column.Kind.CATEGORY),
            new Column("call duration", "Call duration", Family.ENGAGEMENT, Column.Kind.NUMBER),
            new Column("customer id", "Customer id", Family.FIT, Column.Kind.CATEGORY),
            new Column("region", "Region", Family.FIT, Column.Kind.CATEGORY));

    /**
     * visits is an honest, strong cause; "Follow-up tag" is written by staff after the outcome (mostly
     * "won-ish" or "dead" tags, some blank); "call duration" is weak but post-outcome by name; the id is
     * unique per row and must not look predictive by memorising itself.
     */
    static LabelledTable table(int rows, long seed) {
        Random random = new Random(seed);
        List<Object[]> data = new ArrayList<>();
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            double visits = Math.floor(random.nextDouble() * 10);
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-(-2.5 + 0.5 * visits))) ? 1 : 0;
            String tag = random.nextDouble() < 0.3 ? null : labels[i] == 1 ? "will enrol" : random.nextBoolean() ? "ringing" : "not interested";
            String note = random.nextDouble() < 0.5 ? null : (labels[i] == 1) == (random.nextDouble() < 0.97) ? "good" : "bad";
            double duration = Math.max(0, 100 + 20 * labels[i] + 80 * random.nextGaussian());
            String region = random.nextBoolean() ? "north" : "south";
            data.add(new Object[] {visits, note, tag, duration, "c" + i, region});
        }
        return new LabelledTable(COLUMNS, data, labels, "synthetic");
    }

    @Test
    void dropsPostOutcomeColumnsAndKeepsAnHonestStrongFeature() {
        LabelledTable training = table(4000, 5);
        LeakageGuard.Report report = LeakageGuard.check(training, List.of(), 1);

        assertEquals(java.util.Set.of("Follow-up tag", "Outcome note", "call duration"), java.util.Set.copyOf(report.droppedColumns()));
        LeakageGuard.Finding tag = find(report, "Follow-up tag");
        assertTrue(tag.auc() > LeakageGuard.AUC_LIMIT && tag.reason().contains("single-feature AUC"), tag.toString());
        assertTrue(find(report, "call duration").reason().contains("name"), "dropped by its name");
        assertTrue(find(report, "Outcome note").reason().contains("name"), "outcome in the name");

        LeakageGuard.Finding visits = find(report, "visits");
        assertNull(visits.reason(), visits.toString());
        assertTrue(visits.auc() > 0.7 && visits.auc() < LeakageGuard.AUC_LIMIT, "honest and strong: " + visits.auc());
        LeakageGuard.Finding id = find(report, "customer id");
        assertNull(id.reason());
        assertTrue(Math.abs(id.auc() - 0.5) < 0.05, "an identifier learns nothing out of fold: " + id.auc());

        LabelledTable kept = report.apply(training);
        assertEquals(List.of("visits", "customer id", "region"), kept.columns().stream().map(Column::name).toList());
        assertEquals(training.rows().get(7)[4], kept.rows().get(7)[1]);
    }

    @Test
    void aNearDeterministicCategoryIsDroppedEvenWhenItsAucIsModest() {
        LeakageGuard.Report report = LeakageGuard.check(table(4000, 6), List.of(), 1);
        LeakageGuard.Finding tag = find(report, "Follow-up tag");
        double share = LeakageGuard.certainShare(
                table(4000, 6).rows().stream().map(r -> (String) r[2]).toArray(String[]::new), table(4000, 6).labels());
        assertTrue(share > LeakageGuard.DETERMINISTIC_SHARE, "most tagged rows are certain: " + share);
        assertTrue(tag.dropped());
    }

    @Test
    void keepKeepsASuspectDeliberatelyAndSaysSo() {
        LeakageGuard.Report report = LeakageGuard.check(table(3000, 7), List.of("Follow-up Tag"), 1);
        LeakageGuard.Finding tag = find(report, "Follow-up tag");
        assertTrue(tag.kept() && tag.reason() != null);
        assertFalse(report.droppedColumns().contains("Follow-up tag"));
        assertTrue(report.apply(table(3000, 7)).columns().stream().anyMatch(c -> c.name().equals("Follow-up tag")));
    }

    @Test
    void keepingAColumnThatIsNotThereSaysWhichColumnsThereAre() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> LeakageGuard.check(table(500, 8), List.of("Tagz"), 1));
        assertTrue(e.getMessage().contains("\"Tagz\"") && e.getMessage().contains("Follow-up tag"), e.getMessage());
    }

    private static LeakageGuard.Finding find(LeakageGuard.Report report, String column) {
        return report.checked().stream().filter(f -> f.column().equals(column)).findFirst().orElseThrow();
    }
}
