package com.nexuscrm.scoring;

import java.util.List;

/**
 * One network shape that training tries. Each is fixed in advance (never tuned on evaluation data); the
 * trainer fits every one on the same training split and keeps the one with the lowest calibrated log loss
 * on the validation split. {@code hidden} empty is a zero-hidden-layer network: logistic regression
 * trained by DL4J. {@code dropOut} is the share of hidden units dropped in training (0 for none).
 * {@code embeddings}: each category with many values goes in as an integer index through a learned embedding
 * ({@link EmbeddingNetwork}) instead of its one-hot slots; trained only when the encoder found such a category.
 */
public record Candidate(String name, String purpose, List<Integer> hidden, double l2, double dropOut,
                        double learningRate, int batch, boolean embeddings, int maxEpochs) {

    public Candidate(String name, String purpose, List<Integer> hidden, double l2, double dropOut, double learningRate,
                     int batch) {
        this(name, purpose, hidden, l2, dropOut, learningRate, batch, false, LeadNetwork.MAX_EPOCHS);
    }

    /** The network the app shipped with: two small ReLU layers, light L2. */
    public static final Candidate NETWORK = new Candidate("network", "two ReLU layers (the previous default)",
            List.of(32, 16), 1e-4, 0, 4e-3, 512);
    /**
     * Wider, with dropout and ten times the L2: the frequency-capped categories and number bins give it
     * many sparse inputs, which a small table can otherwise memorise.
     */
    public static final Candidate REGULARISED = new Candidate("regularised", "wider network with dropout and strong L2",
            List.of(64, 32), 1e-3, 0.3, 4e-3, 512);
    /** No hidden layer: a logistic regression, which wins when the signal is mostly additive. */
    public static final Candidate LOGISTIC = new Candidate("logistic", "zero hidden layers (logistic regression)",
            List.of(), 1e-4, 0, 2e-2, 512);
    /**
     * Learned embeddings for the categories with more than {@value FeatureEncoder#MIN_LEVELS_FOR_INDEX} values
     * (a country, a lead source, a product), whose one-hot slots are capped at 50 frequent values: each value
     * seen in enough training rows gets a small vector of its own, the one-hot part of every other column goes
     * in beside them, then two ReLU layers with dropout and the regularised network's L2. A step of the graph
     * costs about twice a dense network's, so it trains at a higher rate on an epoch budget of its own
     * ({@code maxEpochs} 20, the same for every table: a time budget would make training depend on the machine).
     */
    public static final Candidate EMBEDDING = new Candidate("embedding", "learned embeddings for many-valued categories,"
            + " dropout and L2", List.of(32, 16), 1e-3, 0.2, 1e-2, 512, true, 20);
    public static final List<Candidate> DEFAULTS = List.of(NETWORK, REGULARISED, LOGISTIC, EMBEDDING);

    /** The name of the averaged model, when averaging the candidates wins. */
    public static final String ENSEMBLE = "ensemble";
    /** The name of the base-rate prior: every row gets the training rows' rate (see {@link BaseRateChoice}). */
    public static final String BASE_RATE = "base rate";

    /** The shape in words, for the card: inputs, layers, training settings. */
    public String describe(FeatureEncoder encoder) {
        StringBuilder s = new StringBuilder();
        if (embeddings) {
            int[] dense = EmbeddingNetwork.denseColumns(encoder);
            for (FeatureEncoder.Index index : encoder.indexes()) {
                s.append(index.name()).append(" (").append(index.levels().size()).append(" values) → embedding ")
                        .append(index.dimension()).append(", ");
            }
            s.append(dense.length).append(" other inputs → ");
        } else {
            s.append(encoder.denseWidth()).append(" inputs → ");
        }
        for (int units : hidden) {
            s.append("dense ").append(units).append(" ReLU → ");
        }
        s.append("sigmoid; Adam ").append(learningRate).append(", L2 ").append(l2);
        if (dropOut > 0) {
            s.append(", dropout ").append(dropOut);
        }
        s.append(", batch ").append(batch).append(", early stopping (patience ").append(LeadNetwork.PATIENCE);
        if (maxEpochs < LeadNetwork.MAX_EPOCHS) {
            s.append(", at most ").append(maxEpochs).append(" epochs");
        }
        return s.append(")").toString();
    }
}
