package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.testing.GeneratedDeals;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code nexus eval deals --workspace} on a small generated history, in memory: the closed deals described before
 * their close, and the held-out report with the model beside stage probability and logistic regression, each AUC
 * with its interval and the model's paired difference.
 */
class WorkspaceDealEvaluationTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    @Test
    void reportsTheModelBesideStageProbabilityAndLogisticWithPairedIntervals() {
        GeneratedDeals g = GeneratedDeals.of(1000, 0, NOW, 5);
        Map<UUID, List<DealChange>> history = g.history.stream().collect(Collectors.groupingBy(DealChange::getDealId));
        WorkspaceDeals.Facts facts = new WorkspaceDeals.Facts(Map.of(),
                g.contacts.stream().collect(Collectors.toMap(Contact::getId, Function.identity())),
                g.roles.stream().collect(Collectors.groupingBy(DealContact::getDealId)), Map.of(), history,
                g.activities.stream().collect(Collectors.groupingBy(Activity::getDealId)), WorkspaceDeals.reps(g.deals, history));
        WorkspaceDeals.Training t = WorkspaceDeals.training(g.deals, facts, "generated");
        assertEquals(1000, t.table().size());
        for (Object[] row : t.table().rows()) {
            Object stage = row[WorkspaceDeals.STAGE_COLUMN];
            assertFalse(stage != null && stage.toString().startsWith("Closed"), "described before the close: " + stage);
        }

        DealEvaluation.Result r = DealEvaluation.run(t.table(), t.daysToClose(), WorkspaceDeals.STAGE_COLUMN, List.of(),
                DealEvaluation.DEFAULT_SEED, Progress.NONE);

        assertEquals(200, r.heldOutRows());
        assertEquals(0.5, r.prior().auc(), 1e-9, "the base rate ranks nothing");
        assertTrue(r.stage().auc() > 0.5, "lost deals stall before the proposal: " + r.stage().auc());
        assertTrue(r.stageNote().startsWith("each stage's win rate"), r.stageNote());
        assertEquals(r.comparison().model(), r.stageComparison().model(), "one ranking, compared with both baselines");
        assertEquals(r.stage().auc(), r.stageComparison().baseline().estimate(), 1e-9);
        assertEquals(r.logistic().auc(), r.comparison().baseline().estimate(), 1e-9);
        for (Bootstrap.Comparison c : List.of(r.comparison(), r.stageComparison())) {
            for (Bootstrap.Interval i : List.of(c.model(), c.baseline(), c.difference())) {
                assertTrue(i.low() <= i.estimate() && i.estimate() <= i.high(), i.toString());
            }
            assertEquals(c.model().estimate() - c.baseline().estimate(), c.difference().estimate(), 1e-9);
        }
        assertEquals(r.comparison().difference().estimate() > 0 && r.stageComparison().difference().estimate() > 0,
                r.aucAboveBothBaselines());
        // the engagement the answered calls reveal is signal beyond the base rate and beyond the stage alone
        assertFalse(r.noSignal(), "model AUC " + r.comparison().model());
        assertTrue(r.stageComparison().difference().estimate() > 0, "model vs stage " + r.stageComparison().difference());
        assertTrue(r.logLossAtMostPrior(), r.model() + " vs " + r.prior());
        assertTrue(r.guard().checked().stream().allMatch(f -> f.auc() < LeakageGuard.AUC_LIMIT), r.guard().checked()::toString);
    }
}
