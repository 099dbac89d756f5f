package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nexuscrm.domain.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public X Education lead data (../shared/data), skipped where it is not present. The leakage guard
 * must find {@code Tags} (a status set by sales staff after the outcome) by its own rule, with no list of
 * X Education columns, and keep the honest strong features. The held-out evaluation runs on a stratified
 * sample of 3,000 rows to stay light; the full-data figures are in docs/benchmarks.md.
 */
class XEducationEvaluationTest {
    static final Path DATA = Path.of("../shared/data/lead-scoring-xeducation/Leads.csv");
    /** The suspect columns of the data README, apart from Tags, which the guard must find itself. */
    static final List<String> SUSPECT = List.of("Lead Quality", "Last Activity", "Last Notable Activity", "Lead Profile",
            "Asymmetrique*");

    @Test
    void theGuardDropsTagsByItsOwnRuleAndKeepsHonestFeatures() {
        assumeTrue(Files.exists(DATA), "../shared/data is not here: X Education evaluation skipped");
        CsvLeads.Loaded loaded = CsvLeads.read(DATA, "Converted", null, List.of(), "unused");
        assertEquals(9240, loaded.table().size());
        assertTrue(loaded.dropped().containsKey("Prospect ID") && loaded.dropped().containsKey("Lead Number"));
        int[][] split = LeadTrainer.stratifiedSplit(loaded.table().labels(), 0.2, LeadEvaluation.DEFAULT_SEED);
        LeakageGuard.Report report = LeakageGuard.check(loaded.table().subset(split[0]), List.of(), 1);
        assertTrue(report.droppedColumns().contains("Tags"), report.suspects().toString());
        LeakageGuard.Finding tags = report.checked().stream().filter(f -> f.column().equals("Tags")).findFirst().orElseThrow();
        assertTrue(tags.auc() > LeakageGuard.AUC_LIMIT, "Tags AUC " + tags.auc());
        for (String honest : List.of("Total Time Spent on Website", "Lead Origin", "What is your current occupation", "TotalVisits")) {
            assertFalse(report.droppedColumns().contains(honest), honest + " is known before the outcome");
        }
    }

    @Test
    void onASampleTheSelectedModelDoesNotLoseToLogisticRegression() {
        assumeTrue(Files.exists(DATA), "../shared/data is not here: X Education evaluation skipped");
        CsvLeads.Loaded loaded = CsvLeads.read(DATA, "Converted", null, SUSPECT, "suspect");
        int[][] sample = LeadTrainer.stratifiedSplit(loaded.table().labels(), 3000.0 / 9240, 7);
        LabelledTable small = loaded.table().subset(sample[1]);
        LeadEvaluation.Result r = LeadEvaluation.run(small, List.copyOf(loaded.dropped().keySet()),
                LeadEvaluation.DEFAULT_SEED, Progress.NONE);
        assertEquals(600, r.heldOutRows());
        assertTrue(r.card().droppedColumns().contains("Tags"), r.card().droppedColumns().toString());
        assertNotEquals("loses", r.verdict(), r.comparison().toString());
        assertTrue(r.network().auc() > 0.83, "network AUC " + r.network().auc());
        assertTrue(r.network().logLoss() < r.prior().logLoss(), "better than the base rate");
        assertTrue(r.comparison().difference().low() <= r.comparison().difference().estimate());
    }
}
