package com.nexuscrm.scoring;

import java.time.Instant;
import java.util.List;

/**
 * What a saved model is: where its data came from and how much, its features, the columns the leakage
 * guard (or the user) left out, the candidates training compared and which one won and why, and how it
 * did on the validation split it was calibrated on (metrics and reliability table). Saved as
 * {@code card.json} beside the network. Cards written before model selection have no candidates,
 * selection or leakage findings (null). A candidate's {@code network} says its shape in words; the embedding
 * candidate's names each embedded category, its values and its embedding size. A candidate that was not
 * trained (the embedding one when no category has more than 10 values) is named at the end of
 * {@code selectionReason}.
 */
public record ModelCard(String version, Instant trainedAt, String source, int trainingRows, int validationRows,
                        long conversions, List<Column> features, List<String> droppedColumns, String network,
                        int epochs, int bestEpoch, long seed, Calibration calibration, Metrics validation,
                        Maturity maturity, String selected, String selectionReason, List<CandidateResult> candidates,
                        List<LeakageGuard.Finding> leakage) {

    /** One candidate as measured on the validation split, after its own calibration, and its training time. */
    public record CandidateResult(String name, String network, int epochs, int bestEpoch, double validationLogLoss,
                                  double validationAuc, double trainingSeconds) { }

    /** How young leads' activity is scaled; {@link Maturity#NONE} for models trained on a CSV. */
    public Maturity maturityOrNone() {
        return maturity == null ? Maturity.NONE : maturity;
    }

    ModelCard withMaturity(Maturity m) {
        return new ModelCard(version, trainedAt, source, trainingRows, validationRows, conversions, features,
                droppedColumns, network, epochs, bestEpoch, seed, calibration, validation, m, selected,
                selectionReason, candidates, leakage);
    }
}
