package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nexuscrm.domain.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The held-out evaluation on the public X Education lead data (../shared/data), with the post-outcome
 * columns dropped: the network must rank at least as well as the logistic-regression baseline on the same
 * split. Skipped where the shared data is not present.
 */
class XEducationEvaluationTest {
    static final Path DATA = Path.of("../shared/data/lead-scoring-xeducation/Leads.csv");

    @Test
    void theNetworkIsAtLeastAsGoodAsLogisticRegressionOnTheHeldOutFifth() {
        assumeTrue(Files.exists(DATA), "../shared/data is not here: X Education evaluation skipped");
        CsvLeads.Loaded loaded = CsvLeads.read(DATA, "Converted", null, List.of("Tags", "Lead Quality", "Last Activity",
                "Last Notable Activity", "Lead Profile", "Asymmetrique*"), "post-outcome");
        assertEquals(9240, loaded.table().size());
        assertTrue(loaded.dropped().containsKey("Prospect ID") && loaded.dropped().containsKey("Lead Number"));
        LeadEvaluation.Result r = LeadEvaluation.run(loaded.table(), List.copyOf(loaded.dropped().keySet()),
                LeadEvaluation.DEFAULT_SEED, Progress.NONE);
        assertEquals(1848, r.heldOutRows());
        assertTrue(r.network().auc() >= r.logistic().auc(), r.network().auc() + " vs " + r.logistic().auc());
        assertTrue(r.network().auc() > 0.8, "network AUC " + r.network().auc());
        assertTrue(r.network().logLoss() < r.prior().logLoss(), "better than the base rate");
    }
}
