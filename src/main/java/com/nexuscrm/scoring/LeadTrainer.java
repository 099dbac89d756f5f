package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a lead model on a labelled table: a stratified split into training (75%) and validation (25%),
 * the encoder and normaliser fitted on training rows only, the network early-stopped on validation log
 * loss, Platt calibration fitted on the validation split, and the card's metrics measured there.
 */
public final class LeadTrainer {
    /** Fewer conversions than this, or fewer non-conversions, and a network would only memorise noise. */
    public static final int MINIMUM_CONVERSIONS = 100;
    public static final long DEFAULT_SEED = 20261125L;

    private final Clock clock;
    private final long seed;

    public LeadTrainer(Clock clock, long seed) {
        this.clock = clock;
        this.seed = seed;
    }

    /** There is not enough history to train on; the message says how much there is and what happens. */
    public static final class NotEnoughHistory extends RuntimeException {
        NotEnoughHistory(String message) {
            super(message);
        }
    }

    public LeadModel train(LeadTable table, String version, List<String> dropped, Progress progress) {
        long conversions = table.positives();
        long others = table.size() - conversions;
        if (conversions < MINIMUM_CONVERSIONS || others < MINIMUM_CONVERSIONS) {
            throw new NotEnoughHistory(String.format("%s has %d converted and %d unconverted resolved leads; a model"
                    + " needs at least %d of each. No model was trained; in the app, scores stay with the model in use (or the rules-based prior).",
                    table.source(), conversions, others, MINIMUM_CONVERSIONS));
        }
        progress.update(0, LeadNetwork.MAX_EPOCHS, "Preparing " + table.size() + " leads");
        int[][] split = stratifiedSplit(table.labels(), 0.25, seed);
        LeadTable training = table.subset(split[0]);
        LeadTable validation = table.subset(split[1]);
        FeatureEncoder encoder = FeatureEncoder.fit(training);
        LeadNetwork.Fitted fitted = LeadNetwork.train(encode(encoder, training), training.labels(),
                encode(encoder, validation), validation.labels(), encoder.width(), seed, progress);
        LeadModel uncalibrated = new LeadModel(encoder, fitted.net(), fitted.normalizer(),
                card(version, table, training, validation, encoder, dropped, fitted, Calibration.IDENTITY, null));
        double[] raw = uncalibrated.probabilities(validation.rows());
        Calibration calibration = Calibration.fit(raw, validation.labels());
        double[] calibrated = java.util.Arrays.stream(raw).map(calibration::apply).toArray();
        Metrics metrics = Metrics.of(calibrated, validation.labels());
        return uncalibrated.withCard(card(version, table, training, validation, encoder, dropped, fitted,
                calibration, metrics));
    }

    private ModelCard card(String version, LeadTable all, LeadTable training, LeadTable validation,
                           FeatureEncoder encoder, List<String> dropped, LeadNetwork.Fitted fitted,
                           Calibration calibration, Metrics metrics) {
        return new ModelCard(version, clock.instant(), all.source(), training.size(), validation.size(),
                all.positives(), all.columns(), List.copyOf(dropped), LeadNetwork.describe(encoder.width()),
                fitted.epochs(), fitted.bestEpoch(), seed, calibration, metrics, null);
    }

    static float[] encode(FeatureEncoder encoder, LeadTable table) {
        float[] x = new float[table.size() * encoder.width()];
        for (int i = 0; i < table.size(); i++) {
            encoder.encode(table.rows().get(i), x, i * encoder.width());
        }
        return x;
    }

    /**
     * Row indexes split in two with the same share of positives in each part: {@code [kept, heldOut]}.
     * Fixed seed, so the same table always splits the same way.
     */
    public static int[][] stratifiedSplit(int[] labels, double heldOutShare, long seed) {
        List<Integer> kept = new ArrayList<>();
        List<Integer> heldOut = new ArrayList<>();
        Random random = new Random(seed);
        for (int label = 0; label <= 1; label++) {
            List<Integer> group = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    group.add(i);
                }
            }
            java.util.Collections.shuffle(group, random);
            int cut = (int) Math.round(group.size() * heldOutShare);
            heldOut.addAll(group.subList(0, cut));
            kept.addAll(group.subList(cut, group.size()));
        }
        return new int[][] {kept.stream().sorted().mapToInt(Integer::intValue).toArray(),
                heldOut.stream().sorted().mapToInt(Integer::intValue).toArray()};
    }
}
