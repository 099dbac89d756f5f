package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding candidate on a generated table whose strongest cause is a category with 200 values, most too
 * rare for a one-hot slot of their own (the encoder keeps at most 50, each in 0.5% of rows): the embedding sees
 * almost all of them, so it must beat the zero-hidden-layer candidate on validation log loss.
 */
class EmbeddingCandidateTest {
    private static final List<Column> COLUMNS = List.of(
            new Column("city", "City", Family.FIT, Column.Kind.CATEGORY),
            new Column("visits", "Visits", Family.INTENT, Column.Kind.NUMBER),
            new Column("source", "Source", Family.INTENT, Column.Kind.CATEGORY));
    private static LabelledTable table;
    private static LeadModel model;

    @BeforeAll
    static void train() {
        table = cities(4000, 17);
        model = new LeadTrainer(Clock.systemUTC(), 5, List.of(Candidate.LOGISTIC, Candidate.EMBEDDING))
                .train(table, "emb-v1", List.of(), Progress.NONE);
    }

    /** City effects drawn once (seed 99), rows drawn with {@code seed}: logit = city effect + 0.4 visits − 1. */
    static LabelledTable cities(int rows, long seed) {
        Random effects = new Random(99);
        double[] effect = new double[200];
        for (int c = 0; c < effect.length; c++) {
            effect[c] = 1.6 * effects.nextGaussian();
        }
        Random random = new Random(seed);
        List<Object[]> data = new ArrayList<>();
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            int city = random.nextInt(effect.length);
            double visits = Math.floor(random.nextDouble() * 6);
            String source = random.nextBoolean() ? "Web" : "Event";
            double logit = effect[city] + 0.4 * visits - 1.0;
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
            data.add(new Object[] {"City " + city, visits, source});
        }
        return new LabelledTable(COLUMNS, data, labels, "generated cities");
    }

    private static ModelCard.CandidateResult candidate(String name) {
        return model.card().candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void embeddingsBeatTheLogisticCandidateOnAManyValuedCategory() {
        ModelCard.CandidateResult embedding = candidate("embedding");
        ModelCard.CandidateResult logistic = candidate("logistic");
        assertTrue(embedding.validationLogLoss() < logistic.validationLogLoss() - 0.01,
                "embedding " + embedding.validationLogLoss() + " vs logistic " + logistic.validationLogLoss());
        assertTrue(embedding.network().startsWith("city (") && embedding.network().contains("→ embedding"), embedding.network());
        assertTrue(embedding.trainingSeconds() > 0);
        assertTrue(List.of("embedding", "ensemble").contains(model.card().selected()), model.card().selectionReason());
    }

    @Test
    void theIndexComesFromTheTrainingRowsWithRareAndUnseenValuesAsOther() {
        FeatureEncoder encoder = FeatureEncoder.fit(table).withIndexes(table);
        assertEquals(1, encoder.indexes().size(), "source has two values: one-hot only");
        FeatureEncoder.Index city = encoder.indexes().get(0);
        assertTrue(city.levels().size() > 150, "cities in at least 5 rows: " + city.levels().size());
        assertTrue(encoder.slots().get(0).vocabulary().size() <= 50, "the one-hot part stays capped");
        assertEquals(city.levels().size(), city.of("Atlantis"), 0);
        assertEquals(city.levels().size(), city.of(null), 0, "missing never seen in training counts as other");
        assertEquals(city.levels().indexOf("city 7"), city.of(" CITY 7 "), 0, "the one-hot's normalising");
        assertEquals(encoder.denseWidth() + 1, encoder.width());
        assertEquals(Math.min(16, (int) Math.ceil(Math.sqrt(city.size())) + 1), city.dimension());
    }

    @Test
    void aSavedEmbeddingModelLoadsWithIdenticalOutputsAndExplainsOneLead(@TempDir Path folder) throws Exception {
        model.save(folder);
        assertTrue(Files.exists(folder.resolve(LeadModel.EMBEDDINGS)));
        LeadModel loaded = LeadModel.load(folder);
        List<Object[]> rows = table.rows().subList(0, 200);
        assertArrayEquals(model.probabilities(rows), loaded.probabilities(rows), 0.0);
        Object[] lead = {"City 3", 4.0, "Web"};
        LeadScore before = Explainer.explain(model, lead);
        LeadScore after = Explainer.explain(loaded, lead);
        assertEquals(before, after);
        assertTrue(after.factors().stream().anyMatch(f -> f.text().startsWith("City")), after.factors().toString());
        assertEquals(model.encoder().indexes(), loaded.encoder().indexes());
    }

    @Test
    void aDenseModelSavedOverAnEmbeddingModelLeavesNoLayoutBehind(@TempDir Path folder) throws Exception {
        model.save(folder);
        LeadModel dense = new LeadTrainer(Clock.systemUTC(), 5, List.of(Candidate.LOGISTIC))
                .train(table, "dense", List.of(), Progress.NONE);
        assertTrue(dense.encoder().indexes().isEmpty());
        dense.save(folder);
        assertFalse(Files.exists(folder.resolve(LeadModel.EMBEDDINGS)));
        assertArrayEquals(dense.probabilities(table.rows().subList(0, 20)),
                LeadModel.load(folder).probabilities(table.rows().subList(0, 20)), 0.0);
    }

    @Test
    void trainingIsTheSameForTheSameSeed() {
        LabelledTable small = cities(1500, 3);
        List<Candidate> only = List.of(Candidate.EMBEDDING);
        ModelCard first = new LeadTrainer(Clock.systemUTC(), 8, only).train(small, "a", List.of(), Progress.NONE).card();
        ModelCard second = new LeadTrainer(Clock.systemUTC(), 8, only).train(small, "b", List.of(), Progress.NONE).card();
        assertEquals(first.candidates().get(0).validationLogLoss(), second.candidates().get(0).validationLogLoss(), 0.0);
        assertEquals(first.bestEpoch(), second.bestEpoch());
    }
}
