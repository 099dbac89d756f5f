package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.ScoreFactor;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real DL4J training on a generated table whose causes are known. */
class LeadTrainerTest {
    private static LeadModel model;
    private static LabelledTable heldOut;

    @BeforeAll
    static void train() {
        LabelledTable all = GeneratedLeads.table(3000, 7);
        int[][] split = LeadTrainer.stratifiedSplit(all.labels(), 0.2, 1);
        heldOut = all.subset(split[1]);
        model = new LeadTrainer(Clock.systemUTC(), 3).train(all.subset(split[0]), "test-v1", List.of(), Progress.NONE);
    }

    @Test
    void learnsTheCausesAndRanksHeldOutLeads() {
        Metrics m = Metrics.of(model.probabilities(heldOut.rows()), heldOut.labels());
        assertTrue(m.auc() > 0.75, "held-out AUC " + m.auc());
        double rate = (double) heldOut.positives() / heldOut.size();
        assertTrue(m.logLoss() < -(rate * Math.log(rate) + (1 - rate) * Math.log(1 - rate)), "beats the base rate's log loss");
        assertTrue(m.liftByDecile().get(0) > 1.5, "top decile lift " + m.liftByDecile().get(0));
    }

    @Test
    void calibratedProbabilitiesMatchObservedRates() {
        double[] p = model.probabilities(heldOut.rows());
        double meanPredicted = Arrays.stream(p).average().orElseThrow();
        double observed = (double) heldOut.positives() / heldOut.size();
        assertEquals(observed, meanPredicted, 0.05);
        assertFalse(model.card().validation().reliability().isEmpty());
        assertEquals(model.card().validation().reliability().stream().mapToInt(Metrics.ReliabilityBin::leads).sum(),
                model.card().validationRows());
    }

    @Test
    void explanationNamesTheDrivingFeaturesWithTheirSign() {
        Object[] hot = {6.0, true, "Referral", "large", 10.0, 0.0};
        LeadScore score = Explainer.explain(model, hot);
        Object[] cold = {0.0, false, "Outbound", "tiny", 0.0, 0.0};
        LeadScore coldScore = Explainer.explain(model, cold);
        assertTrue(score.score() > coldScore.score() + 30, score.score() + " vs " + coldScore.score());
        assertTrue(score.positives().stream().map(ScoreFactor::text).anyMatch(t -> t.equals("Demo: yes")), score.factors().toString());
        assertTrue(coldScore.negatives().stream().map(ScoreFactor::text).anyMatch(t -> t.equals("Size: tiny")), coldScore.factors().toString());
        assertTrue(score.intent() > coldScore.intent(), "intent sub-score follows the intent features");
        assertEquals("test-v1", score.modelVersion());
    }

    @Test
    void leadWithEverythingMissingOrAbsurdStillGetsAScoreAndAReason() {
        LeadScore missing = Explainer.explain(model, new Object[6]);
        assertTrue(missing.score() >= 1 && missing.score() <= 99);
        assertTrue(missing.factors().stream().anyMatch(f -> f.text().endsWith("unknown")), missing.factors().toString());
        Object[] absurd = {1e12, null, "Carrier pigeon", "galactic", -5.0, Double.NaN};
        LeadScore odd = Explainer.explain(model, absurd);
        assertTrue(odd.score() >= 1 && odd.score() <= 99);
        assertFalse(odd.factors().isEmpty());
    }

    @Test
    void theCardNamesEveryCandidateAndWhyTheWinnerWon() {
        ModelCard card = model.card();
        List<String> names = card.candidates().stream().map(ModelCard.CandidateResult::name).toList();
        assertEquals(List.of("network", "regularised", "logistic", "ensemble", "base rate"), names);
        double lowest = card.candidates().stream().filter(c -> !c.name().equals(Candidate.BASE_RATE)).mapToDouble(ModelCard.CandidateResult::validationLogLoss).min().orElseThrow();
        ModelCard.CandidateResult winner = card.candidates().stream().filter(c -> c.name().equals(card.selected())).findFirst().orElseThrow();
        assertEquals(lowest, winner.validationLogLoss(), 1e-12);
        assertEquals(lowest, card.validation().logLoss(), 1e-12);
        assertTrue(card.selectionReason().startsWith(card.selected() + " had the lowest"), card.selectionReason());
        assertTrue(card.candidates().stream().filter(c -> c.name().equals("logistic")).findFirst().orElseThrow()
                .network().contains("inputs → sigmoid"), "the logistic candidate has no hidden layer");
    }

    @Test
    void aSavedModelLoadsBackWithTheSameScores(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        model.save(folder);
        LeadModel loaded = LeadModel.load(folder);
        double[] before = model.probabilities(heldOut.rows().subList(0, 50));
        double[] after = loaded.probabilities(heldOut.rows().subList(0, 50));
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i], 1e-6);
        }
        assertEquals(model.card().selected(), loaded.card().selected());
    }

    @Test
    void anEnsembleSavesEveryMemberAndAveragesThem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        LabelledTable small = GeneratedLeads.table(1200, 11);
        LeadTrainer trainer = new LeadTrainer(Clock.systemUTC(), 5, List.of(Candidate.LOGISTIC,
                new Candidate("tiny", "test", List.of(4), 1e-3, 0, 1e-2, 256)));
        LeadModel trained = trainer.train(small, "ens", List.of(), Progress.NONE);
        LeadModel single = new LeadModel(trained.encoder(), List.of(trained.network()), trained.normalizer(), trained.card());
        LeadModel ensemble = new LeadModel(trained.encoder(), List.of(trained.network(), trained.network()),
                trained.normalizer(), trained.card());
        ensemble.save(folder);
        assertTrue(java.nio.file.Files.exists(folder.resolve("network-2.zip")));
        LeadModel loaded = LeadModel.load(folder);
        List<Object[]> rows = small.rows().subList(0, 20);
        assertEquals(single.probabilities(rows)[3], loaded.probabilities(rows)[3], 1e-6, "the mean of two equal members is the member");
        assertEquals(ensemble.probabilities(rows)[5], loaded.probabilities(rows)[5], 1e-6);
        single.save(folder);
        assertFalse(java.nio.file.Files.exists(folder.resolve("network-2.zip")), "no stale member after saving a single network over it");
    }

    @Test
    void aRefittedModelKeepsItsSelectionAndCalibrationButTrainsOnEveryRow() {
        LabelledTable small = GeneratedLeads.table(1200, 11);
        List<Candidate> one = List.of(Candidate.LOGISTIC);
        LeadModel plain = new LeadTrainer(Clock.systemUTC(), 5, one).train(small, "plain", List.of(), Progress.NONE);
        LeadModel refit = new LeadTrainer(Clock.systemUTC(), 5, one).refitted().train(small, "refit", List.of(), Progress.NONE);
        assertEquals(plain.card().selected(), refit.card().selected());
        assertEquals(plain.card().validation().logLoss(), refit.card().validation().logLoss(), 1e-12,
                "the card keeps the early-stopped network's validation figures");
        assertTrue(refit.card().selectionReason().contains("trained again on all 1200 rows"), refit.card().selectionReason());
        assertFalse(plain.card().selectionReason().contains("trained again"));
        List<Object[]> rows = small.rows().subList(0, 50);
        double[] before = plain.probabilities(rows);
        double[] after = refit.probabilities(rows);
        double moved = 0;
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(after[i] > 0 && after[i] < 1);
            moved += Math.abs(after[i] - before[i]);
        }
        assertTrue(moved > 0, "the refitted network is a different network");
    }

    @Test
    void theShippedDefaultModelStillLoads() throws Exception {
        LeadModel shipped = ModelRegistry.loadDefault();
        double[] p = shipped.probabilities(List.<Object[]>of(new Object[shipped.encoder().slots().size()]));
        assertTrue(p[0] > 0 && p[0] < 1);
    }

    @Test
    void tooFewConversionsSaySoInsteadOfTraining() {
        LabelledTable tiny = GeneratedLeads.table(300, 9);
        LeadTrainer.NotEnoughHistory e = assertThrows(LeadTrainer.NotEnoughHistory.class,
                () -> new LeadTrainer(Clock.systemUTC(), 1).train(tiny, "x", List.of(), Progress.NONE));
        assertTrue(e.getMessage().contains("at least 100") && e.getMessage().contains("rules-based prior"), e.getMessage());
    }

    @Test
    void cancellingStopsTraining() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) { }

            @Override
            public boolean isCancelled() { return true; }
        };
        assertThrows(Progress.CancelledException.class, () -> new LeadTrainer(Clock.systemUTC(), 1)
                .train(GeneratedLeads.table(1500, 2), "x", List.of(), cancelled));
    }
}
