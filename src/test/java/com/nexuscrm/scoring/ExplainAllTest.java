package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.Progress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The batched explanation ({@link Explainer#explainAll}, which skips the copies whose encoding equals the row's)
 * gives every row the probability and the factors of the one-row explanation ({@link Explainer#explain}), which
 * sends every copy.
 */
class ExplainAllTest {
    @Test
    void theBatchedExplanationEqualsTheOneRowExplanation() {
        LabelledTable table = GeneratedLeads.table(1200, 11);
        LeadModel model = new LeadTrainer(Clock.systemUTC(), 5, List.of(Candidate.LOGISTIC,
                new Candidate("tiny", "test", List.of(4), 1e-3, 0, 1e-2, 256))).train(table, "x", List.of(), Progress.NONE);
        List<Object[]> rows = new ArrayList<>(table.rows().subList(0, 300));
        rows.add(model.encoder().typicalRow().clone()); // every copy equals the row: no factor at all
        Explainer.Explained[] all = Explainer.explainAll(model, rows);
        int withFactors = 0;
        for (int i = 0; i < rows.size(); i++) {
            LeadScore one = Explainer.explain(model, rows.get(i));
            assertEquals(one.probability(), all[i].probability(), 1e-6, "row " + i);
            assertEquals(one.factors(), all[i].factors(), "row " + i);
            withFactors += all[i].factors().isEmpty() ? 0 : 1;
        }
        assertFalse(all[rows.size() - 1].factors().stream().anyMatch(f -> f.points() != 0), "a typical row has no factor");
        assertTrue(withFactors > 250, "most rows are explained: " + withFactors);
    }
}
