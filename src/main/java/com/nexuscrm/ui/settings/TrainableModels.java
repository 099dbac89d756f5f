package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.Progress;
import java.io.IOException;
import java.util.List;

/**
 * What a model-training section of Settings (Lead scoring, Deal scoring) needs from one kind of model's
 * registry; {@code AppContext} supplies one per kind.
 */
public interface TrainableModels {
    /** One saved model version, or one that cannot be read ({@code problem} says why). */
    record Version(String version, boolean active, String trainedOn, String data, String quality, String problem) { }

    /** One row of the active model's reliability table: what it predicted against what happened. */
    record Reliability(String band, int count, double predicted, double observed) { }

    /** A finished training: the new version and its summary, or why no model was trained. */
    record Training(String version, String summary, String notEnoughHistory) { }

    /** One candidate (or baseline: the base rate) on the held-out validation split; {@code selected} is the winner. */
    record Candidate(String name, String shape, double logLoss, double auc, boolean selected) { }

    /**
     * The active model's card: which candidate won and why, every candidate's held-out figures beside the
     * baselines', what the leakage guard left out, and anything else the kind adds (the close-date model).
     */
    record Card(String selection, List<Candidate> candidates, List<String> leakage, List<String> notes) {
        public static final Card NONE = new Card("", List.of(), List.of(), List.of());
    }

    /** The model in use, in a sentence. */
    String active();

    List<String> warnings();

    List<Version> versions();

    List<Reliability> reliability();

    /** The active trained model's card; {@link Card#NONE} while a fallback is in use. */
    default Card card() {
        return Card.NONE;
    }

    /** Trains on the workspace's history; with enough of it the new model becomes active and records are rescored. */
    Training train(Progress progress) throws IOException;

    /** Makes a saved version active and rescores. */
    void activate(String version, Progress progress) throws IOException;

    /** Goes back to the version active before; false when there is none. */
    boolean rollback(Progress progress) throws IOException;

    /** Stops using every trained version (they stay saved): the kind's fallback scores, then rescores. */
    default void useFallback(Progress progress) throws IOException {
        throw new UnsupportedOperationException("This kind of model has no fallback");
    }
}
