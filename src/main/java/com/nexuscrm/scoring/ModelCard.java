package com.nexuscrm.scoring;

import java.time.Instant;
import java.util.List;

/**
 * What a saved model is: where its data came from and how much, its features, the network, and how it
 * did on the validation split it was calibrated on (metrics and reliability table). Saved as
 * {@code card.json} beside the network.
 */
public record ModelCard(String version, Instant trainedAt, String source, int trainingRows, int validationRows,
                        long conversions, List<Column> features, List<String> droppedColumns, String network,
                        int epochs, int bestEpoch, long seed, Calibration calibration, Metrics validation,
                        Maturity maturity) {

    /** How young leads' activity is scaled; {@link Maturity#NONE} for models trained on a CSV. */
    public Maturity maturityOrNone() {
        return maturity == null ? Maturity.NONE : maturity;
    }

    ModelCard withMaturity(Maturity m) {
        return new ModelCard(version, trainedAt, source, trainingRows, validationRows, conversions, features,
                droppedColumns, network, epochs, bestEpoch, seed, calibration, validation, m);
    }
}
