package com.nexuscrm.conversation;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.scoring.NativeMath;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Trains the sentiment network: {@link SentimentFeatures} → dense {@value #HIDDEN} ReLU → softmax over negative,
 * neutral, positive, on cross-entropy with Adam and L2. It trains on GoEmotions' train split and the UCI 80%
 * (less a validation slice), with the UCI rows {@value #UCI_REPEAT} times per epoch since they are twenty times
 * fewer. After each epoch it measures the selection score, the mean of GoEmotions dev macro-F1 and the UCI
 * validation accuracy (positive vs negative), stops after {@value #PATIENCE} epochs without a better one and keeps
 * the best epoch's weights. The test splits are never seen here. The shape was fixed in advance, not tuned on them.
 */
public final class SentimentTrainer {
    static final int HIDDEN = 16;
    static final int MAX_EPOCHS = 15;
    static final int PATIENCE = 3;
    static final int BATCH = 128;
    static final double LEARNING_RATE = 1e-3;
    static final double L2 = 1e-5;
    static final int UCI_REPEAT = 2;
    /** Share of the UCI 80% kept aside for selection. */
    static final double UCI_VALIDATION = 0.15;

    private final Clock clock;
    private final long seed;

    public SentimentTrainer(Clock clock, long seed) {
        this.clock = clock;
        this.seed = seed;
    }

    /** Training and selection sets: GoEmotions train and dev, UCI training and validation rows. */
    public record Data(List<SentimentCorpus.Example> goTrain, List<SentimentCorpus.Example> goDev,
                       List<SentimentCorpus.Example> uciTrain, List<SentimentCorpus.Example> uciValidation) {
        /** The standard sets from the two data folders; the UCI 20% test part is left out here. */
        public static Data standard(Path goEmotions, Path uci) {
            List<List<SentimentCorpus.Example>> parts = SentimentCorpus.stratified(SentimentCorpus.uci(uci).train(),
                    UCI_VALIDATION, SentimentCorpus.UCI_SEED + 1);
            return new Data(SentimentCorpus.goEmotions(goEmotions, "train").examples(),
                    SentimentCorpus.goEmotions(goEmotions, "dev").examples(), parts.get(0), parts.get(1));
        }
    }

    private record Encoded(List<SentimentFeatures.Encoded> rows, int[] labels) {
    }

    public LearnedSentiment train(Data data, String version, Progress progress) {
        SentimentFeatures features = new SentimentFeatures(SentimentLexicon.standard());
        List<SentimentCorpus.Example> training = new ArrayList<>(data.goTrain());
        for (int r = 0; r < UCI_REPEAT; r++) {
            training.addAll(data.uciTrain());
        }
        training.removeIf(e -> SentimentFeatures.onlyBackchannel(e.words()));
        Encoded train = encode(features, training);
        Encoded goDev = encode(features, data.goDev());
        Encoded uciValidation = encode(features, data.uciValidation());
        MultiLayerNetwork net = NativeMath.call(() -> build(seed));
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, train.labels().length).boxed().toList());
        INDArray best = null;
        double bestScore = -1;
        Map<String, Double> bestFigures = Map.of();
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < MAX_EPOCHS && epoch - bestEpoch < PATIENCE) {
            Collections.shuffle(order, random);
            for (int from = 0; from < order.size(); from += BATCH) {
                progress.checkCancelled();
                DataSet batch = batch(train, order.subList(from, Math.min(order.size(), from + BATCH)));
                NativeMath.call(() -> {
                    net.fit(batch);
                    return null;
                });
                progress.update((long) epoch * order.size() + from, (long) MAX_EPOCHS * order.size(),
                        String.format("Training sentiment: epoch %d of at most %d", epoch + 1, MAX_EPOCHS));
            }
            epoch++;
            SentimentMetrics dev = measure(net, goDev, List.of(Polarity.values()), false);
            SentimentMetrics uci = measure(net, uciValidation, List.of(Polarity.NEGATIVE, Polarity.POSITIVE), true);
            double score = (dev.macroF1() + uci.accuracy()) / 2;
            progress.update((long) epoch * order.size(), (long) MAX_EPOCHS * order.size(), String.format(
                    "Epoch %d: GoEmotions dev macro-F1 %.4f, accuracy %.4f; UCI validation accuracy %.4f",
                    epoch, dev.macroF1(), dev.accuracy(), uci.accuracy()));
            if (score > bestScore + 1e-4) {
                bestScore = score;
                bestEpoch = epoch;
                best = NativeMath.call(() -> net.params().dup());
                bestFigures = new LinkedHashMap<>();
                bestFigures.put("goemotionsDevMacroF1", dev.macroF1());
                bestFigures.put("goemotionsDevAccuracy", dev.accuracy());
                bestFigures.put("uciValidationAccuracy", uci.accuracy());
            }
        }
        INDArray kept = best;
        NativeMath.call(() -> {
            net.setParams(kept);
            return null;
        });
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("goemotionsTrain", data.goTrain().size());
        rows.put("goemotionsDev", data.goDev().size());
        rows.put("uciTrain", data.uciTrain().size());
        rows.put("uciValidation", data.uciValidation().size());
        SentimentModelCard card = new SentimentModelCard(version, clock.instant(), describe(), features(), CITATIONS,
                LABEL_RULE, rows, epoch, bestEpoch, seed, bestFigures);
        return new LearnedSentiment(net, card);
    }

    static final List<String> CITATIONS = List.of(
            "GoEmotions (CC BY 4.0): Dorottya Demszky, Dana Movshovitz-Attias, Jeongwoo Ko, Alan Cowen, Gaurav Nemade,"
                    + " Sujith Ravi. GoEmotions: A Dataset of Fine-Grained Emotions. ACL 2020. Authors' train/dev split.",
            "Sentiment Labelled Sentences (CC BY 4.0), UCI Machine Learning Repository: Dimitrios Kotzias, Misha Denil,"
                    + " Nando de Freitas, Padhraic Smyth. From Group to Individual Labels using Deep Features. KDD 2015."
                    + " 19 repeated sentences removed, stratified 80/20 split (seed 42); only the 80% is used.");
    static final String LABEL_RULE = "GoEmotions: emotions grouped by sentiment_dict.json; ambiguous emotions (realization,"
            + " surprise, curiosity, confusion) count as neutral; a positive or negative emotion outweighs neutral or ambiguous"
            + " labels beside it; examples with both positive and negative emotions (mixed) are left out."
            + " UCI: 1 positive, 0 negative (no neutral rows). Utterances of backchannels and fillers only are neutral by rule.";

    static String describe() {
        return SentimentFeatures.WIDTH + " inputs → dense " + HIDDEN + " ReLU → softmax 3 (negative, neutral, positive);"
                + " Adam " + LEARNING_RATE + ", L2 " + L2 + ", batch " + BATCH + ", early stopping (patience " + PATIENCE + ")";
    }

    static String features() {
        return "words (negation-marked over " + SentimentFeatures.NEGATION_SCOPE + " words) and word pairs hashed (FNV-1a) into "
                + SentimentFeatures.BUCKETS + " buckets; rule-based, VADER-style and plain lexicon scores; log length; filler share";
    }

    private static MultiLayerNetwork build(long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.FLOAT).updater(new Adam(LEARNING_RATE)).l2(L2)
                .weightInit(WeightInit.XAVIER).list()
                .layer(new DenseLayer.Builder().nIn(SentimentFeatures.WIDTH).nOut(HIDDEN).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(HIDDEN).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static Encoded encode(SentimentFeatures features, List<SentimentCorpus.Example> examples) {
        List<SentimentFeatures.Encoded> rows = new ArrayList<>(examples.size());
        int[] labels = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            rows.add(features.encode(examples.get(i).words()));
            labels[i] = examples.get(i).label().ordinal();
        }
        return new Encoded(rows, labels);
    }

    private static DataSet batch(Encoded data, List<Integer> rows) {
        int n = rows.size();
        float[] x = new float[n * SentimentFeatures.WIDTH];
        float[] y = new float[n * 3];
        for (int i = 0; i < n; i++) {
            SentimentFeatures.write(data.rows().get(rows.get(i)), x, i);
            y[i * 3 + data.labels()[rows.get(i)]] = 1f;
        }
        return new DataSet(Nd4j.create(x, new long[] {n, SentimentFeatures.WIDTH}, 'c'), Nd4j.create(y, new long[] {n, 3}, 'c'));
    }

    private static SentimentMetrics measure(MultiLayerNetwork net, Encoded data, List<Polarity> classes, boolean polar) {
        List<Polarity> truth = new ArrayList<>();
        List<Polarity> predicted = new ArrayList<>();
        for (int from = 0; from < data.labels().length; from += BATCH) {
            int to = Math.min(data.labels().length, from + BATCH);
            float[][] p = LearnedSentiment.probabilities(net, data.rows().subList(from, to));
            for (int i = 0; i < p.length; i++) {
                LearnedSentiment.Prediction prediction = LearnedSentiment.prediction(p[i]);
                truth.add(Polarity.values()[data.labels()[from + i]]);
                predicted.add(polar ? prediction.polar() : prediction.polarity());
            }
        }
        return SentimentMetrics.of(truth, predicted, classes);
    }
}
