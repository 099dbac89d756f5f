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
 * The public Maven CRM data (../shared/data), skipped where it is not present: with the deal-level fields
 * alone (no engage period, no track records) the framework must choose the base-rate prior and the report
 * must flag no signal; the close-date model must beat the median duration. Full figures: docs/benchmarks.md.
 */
class MavenEvaluationTest {
    static final Path DATA = Path.of("../shared/data/crm-sales-opportunities-maven");

    @Test
    void dealLevelFieldsShowNoSignalAndCloseDatesBeatTheMedian() {
        assumeTrue(Files.exists(DATA.resolve(MavenDeals.PIPELINE)), "../shared/data is not here: Maven evaluation skipped");
        MavenDeals.Loaded loaded = MavenDeals.read(DATA);
        assertEquals(6711, loaded.table().size());
        assertEquals(2089, loaded.openDeals());
        assertEquals(0, loaded.unknownProducts(), "GTXPro is matched to GTX Pro");
        List<String> history = new java.util.ArrayList<>(MavenDeals.PERIOD_COLUMNS);
        history.addAll(List.of("dayOfQuarter", "weekday", "agentWinRate", "agentDays", "productWinRate", "productDays",
                "accountWinRate"));
        DealEvaluation.Result r = DealEvaluation.run(loaded.table(), loaded.daysToClose(), -1, history, 42, Progress.NONE);
        assertEquals("base rate", r.card().selected(), r.card().selectionReason());
        assertTrue(r.noSignal(), "AUC interval " + r.comparison().model());
        assertTrue(r.logLossAtMostPrior(), r.model().logLoss() + " vs " + r.prior().logLoss());
        assertTrue(r.closeDates().modelMae() < 37.8, "close-date MAE " + r.closeDates().modelMae());
        assertEquals(0.8, r.closeDates().coverage(), 0.05);
    }
}
