package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wide-and-deep candidate on a generated deal-like table with an interaction a logistic regression cannot
 * express (a large deal loses without its economic buyer, a small one does not): it must beat the zero-hidden-layer
 * candidate on validation log loss, and save, load and explain like any model.
 */
class WideDeepCandidateTest {
    private static final List<Column> COLUMNS = List.of(
            new Column("amount", "Amount", Family.FIT, Column.Kind.NUMBER),
            new Column("buyer", "Economic buyer", Family.ENGAGEMENT, Column.Kind.FLAG),
            new Column("touches", "Touches", Family.ENGAGEMENT, Column.Kind.NUMBER));
    private static LabelledTable table;
    private static LeadModel model;

    @BeforeAll
    static void train() {
        Random random = new Random(21);
        List<Object[]> rows = new ArrayList<>();
        int[] labels = new int[3000];
        for (int i = 0; i < labels.length; i++) {
            double large = random.nextDouble(); // 0 small .. 1 large
            boolean buyer = random.nextBoolean();
            double touches = Math.floor(random.nextDouble() * 10);
            double logit = 0.8 + 0.15 * touches - 0.4 * large - (buyer ? 0 : 4.0 * large);
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
            rows.add(new Object[] {5_000 + 95_000 * large, buyer, touches});
        }
        table = new LabelledTable(COLUMNS, rows, labels, "generated deals");
        model = new LeadTrainer(Clock.systemUTC(), 5, List.of(Candidate.LOGISTIC, Candidate.WIDE_DEEP))
                .train(table, "wd-v1", List.of(), Progress.NONE);
    }

    private static ModelCard.CandidateResult candidate(String name) {
        return model.card().candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void wideAndDeepFindsTheInteractionTheLogisticCandidateCannot() {
        ModelCard.CandidateResult wide = candidate("wide-deep");
        ModelCard.CandidateResult logistic = candidate("logistic");
        assertTrue(wide.validationLogLoss() < logistic.validationLogLoss() - 0.005,
                "wide-deep " + wide.validationLogLoss() + " vs logistic " + logistic.validationLogLoss());
        assertTrue(wide.network().contains("linear + (dense 16 ReLU → dense 8 ReLU → linear) → sigmoid"), wide.network());
    }

    @Test
    void aSavedWideAndDeepModelLoadsWithIdenticalOutputsAndExplains(@TempDir Path folder) throws Exception {
        LeadModel only = new LeadTrainer(Clock.systemUTC(), 5, List.of(Candidate.WIDE_DEEP)).train(table, "wd", List.of(), Progress.NONE);
        only.save(folder);
        LeadModel loaded = LeadModel.load(folder);
        List<Object[]> rows = table.rows().subList(0, 200);
        assertArrayEquals(only.probabilities(rows), loaded.probabilities(rows), 0.0);
        Object[] deal = {90_000.0, false, 3.0};
        LeadScore before = Explainer.explain(only, deal);
        assertEquals(before, Explainer.explain(loaded, deal));
        assertTrue(before.factors().stream().anyMatch(f -> f.points() < 0), before.factors().toString());
    }
}
