package com.nexuscrm.conversation;

import com.nexuscrm.json.Json;
import com.nexuscrm.scoring.NativeMath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Call sentiment from a small DL4J network with a neutral class (trained by {@link SentimentTrainer} on GoEmotions
 * and the UCI sentences; see {@code models/README.md}). An utterance of backchannels and fillers alone is neutral
 * without asking the network. Its score is {@code P(positive) - P(negative)}, and 0 when neutral is the most
 * likely class, so the per-side and per-third figures average only what carried sentiment.
 *
 * <p>Thread-safe: every ND4J call runs on {@link NativeMath}'s one thread. The shipped model is loaded once per
 * process ({@link #standard()}): it is immutable, and loading it costs ND4J's start.
 */
public final class LearnedSentiment implements SentimentScorer {
    static final String RESOURCE = "/models/sentiment-default/";
    static final String NETWORK = "network.zip";
    static final String CARD = "card.json";
    private static final int BATCH = 128;
    private static LearnedSentiment shipped;

    private final MultiLayerNetwork net;
    private final SentimentFeatures features;
    private final SentimentModelCard card;

    LearnedSentiment(MultiLayerNetwork net, SentimentModelCard card) {
        this.net = net;
        this.features = new SentimentFeatures(SentimentLexicon.standard());
        this.card = card;
    }

    /** The class with its three probabilities. */
    public record Prediction(Polarity polarity, double negative, double neutral, double positive) {
        static final Prediction BACKCHANNEL = new Prediction(Polarity.NEUTRAL, 0, 1, 0);

        /** {@code P(positive) - P(negative)}, or 0 when the prediction is neutral. */
        public double score() {
            return polarity == Polarity.NEUTRAL ? 0 : positive - negative;
        }

        /** Positive or negative, whichever is likelier, for data with no neutral class. */
        public Polarity polar() {
            return positive >= negative ? Polarity.POSITIVE : Polarity.NEGATIVE;
        }
    }

    /** The model shipped in the app ({@code models/sentiment-default}), loaded at the first call. */
    public static synchronized LearnedSentiment standard() {
        if (shipped == null) {
            try (InputStream network = LearnedSentiment.class.getResourceAsStream(RESOURCE + NETWORK);
                 InputStream card = LearnedSentiment.class.getResourceAsStream(RESOURCE + CARD)) {
                if (network == null || card == null) {
                    throw new IllegalStateException("The app has no " + RESOURCE + ": build it with Maven, which copies"
                            + " models/sentiment-default into the jar");
                }
                SentimentModelCard read = Json.mapper().readValue(card, SentimentModelCard.class);
                shipped = new LearnedSentiment(NativeMath.call(() -> ModelSerializer.restoreMultiLayerNetwork(network, false)), read);
            } catch (IOException e) {
                throw new IllegalStateException("The built-in sentiment model " + RESOURCE + " is damaged: " + e.getMessage(), e);
            }
        }
        return shipped;
    }

    /** A saved model folder ({@code network.zip}, {@code card.json}). */
    public static LearnedSentiment load(Path folder) throws IOException {
        SentimentModelCard card = Json.mapper().readValue(folder.resolve(CARD).toFile(), SentimentModelCard.class);
        MultiLayerNetwork net = NativeMath.call(() -> ModelSerializer.restoreMultiLayerNetwork(folder.resolve(NETWORK).toFile(), false));
        if (net.layerInputSize(0) != SentimentFeatures.WIDTH) {
            throw new IOException(folder + ": the network takes " + net.layerInputSize(0) + " inputs, this app makes "
                    + SentimentFeatures.WIDTH + ". Train it again with this version.");
        }
        return new LearnedSentiment(net, card);
    }

    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        NativeMath.call(() -> {
            ModelSerializer.writeModel(net, folder.resolve(NETWORK).toFile(), false);
            return null;
        });
        Json.indented().writeValue(folder.resolve(CARD).toFile(), card);
    }

    public SentimentModelCard card() {
        return card;
    }

    @Override
    public double score(List<String> words) {
        return predict(List.of(words)).get(0).score();
    }

    @Override
    public double[] scoreAll(List<List<String>> utterances) {
        return predict(utterances).stream().mapToDouble(Prediction::score).toArray();
    }

    /** One prediction per utterance (lowercase words), in order; the network sees them in batches. */
    public List<Prediction> predict(List<List<String>> utterances) {
        List<Prediction> out = new ArrayList<>(utterances.size());
        List<SentimentFeatures.Encoded> pending = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (List<String> words : utterances) {
            if (SentimentFeatures.onlyBackchannel(words)) {
                out.add(Prediction.BACKCHANNEL);
            } else {
                slots.add(out.size());
                out.add(null);
                pending.add(features.encode(words));
            }
        }
        for (int from = 0; from < pending.size(); from += BATCH) {
            float[][] p = probabilities(net, pending.subList(from, Math.min(pending.size(), from + BATCH)));
            for (int i = 0; i < p.length; i++) {
                out.set(slots.get(from + i), prediction(p[i]));
            }
        }
        return out;
    }

    static Prediction prediction(float[] p) {
        int best = 0;
        for (int k = 1; k < 3; k++) {
            best = p[k] > p[best] ? k : best;
        }
        return new Prediction(Polarity.values()[best], p[0], p[1], p[2]);
    }

    /** Softmax outputs ({@link Polarity} order) for up to a batch of encoded utterances. */
    static float[][] probabilities(MultiLayerNetwork net, List<SentimentFeatures.Encoded> rows) {
        float[] x = new float[rows.size() * SentimentFeatures.WIDTH];
        for (int i = 0; i < rows.size(); i++) {
            SentimentFeatures.write(rows.get(i), x, i);
        }
        return NativeMath.call(() -> {
            INDArray output = net.output(Nd4j.create(x, new long[] {rows.size(), SentimentFeatures.WIDTH}, 'c'), false);
            return output.toFloatMatrix();
        });
    }
}
