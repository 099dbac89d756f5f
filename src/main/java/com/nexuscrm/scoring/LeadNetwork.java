package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import java.util.Arrays;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains one {@link Candidate}: ReLU layers (or none) and a sigmoid output on cross-entropy with Adam and
 * L2, on standardised features ({@link DenseNetwork}), or the same behind learned embeddings
 * ({@link EmbeddingNetwork}). Training stops when the validation log loss has not improved for
 * {@value #PATIENCE} epochs and keeps the best epoch's weights.
 */
final class LeadNetwork {
    static final int MAX_EPOCHS = 60;
    static final int PATIENCE = 5;

    /** What training did: the epochs run, the best one kept, and the validation output at that epoch. */
    record Fitted(Candidate candidate, Network net, int epochs, int bestEpoch, double[] validationRaw,
                  double seconds) { }

    /**
     * Both splits encoded: the one-hot part standardised with a normaliser fitted on the training rows
     * ({@code dense} floats per row), and the category indexes as they are ({@code indexes} per row, often 0).
     */
    record Standardised(NormalizerStandardize normalizer, float[] training, float[] validation, float[] trainingIndexes,
                        float[] validationIndexes, int dense, int indexes) { }

    private LeadNetwork() { }

    static Network build(Candidate candidate, FeatureEncoder encoder, long seed) {
        return candidate.embeddings() ? EmbeddingNetwork.build(candidate, encoder, seed)
                : DenseNetwork.build(candidate, encoder.denseWidth(), seed);
    }

    /** Encodes both splits, fits the normaliser on the training rows' one-hot part and applies it to both. */
    static Standardised standardise(FeatureEncoder encoder, LabelledTable training, LabelledTable validation) {
        int dense = encoder.denseWidth();
        int k = encoder.indexes().size();
        float[][] train = split(LeadTrainer.encode(encoder, training), training.size(), dense, k);
        float[][] valid = split(LeadTrainer.encode(encoder, validation), validation.size(), dense, k);
        return NativeMath.call(() -> {
            INDArray features = matrix(train[0], training.size(), dense);
            NormalizerStandardize normalizer = new NormalizerStandardize();
            normalizer.fit(new DataSet(features, Nd4j.zeros(DataType.FLOAT, training.size(), 1)));
            unitScaleForConstantInputs(normalizer);
            normalizer.transform(features);
            INDArray validFeatures = matrix(valid[0], validation.size(), dense);
            normalizer.transform(validFeatures);
            return new Standardised(normalizer, features.data().asFloat(), validFeatures.data().asFloat(), train[1],
                    valid[1], dense, k);
        });
    }

    /**
     * An encoded matrix of {@code rows} rows of {@code dense + k} floats as its one-hot part and its index part
     * ({@code [dense rows, index rows]}); when there are no indexes the array itself and an empty one.
     */
    static float[][] split(float[] encoded, int rows, int dense, int k) {
        if (k == 0) { // only the first rows are read (a caller may pass a larger buffer)
            return new float[][] {encoded.length == rows * dense ? encoded : Arrays.copyOf(encoded, rows * dense), new float[0]};
        }
        float[] x = new float[rows * dense];
        float[] indexes = new float[rows * k];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(encoded, i * (dense + k), x, i * dense, dense);
            System.arraycopy(encoded, i * (dense + k) + dense, indexes, i * k, k);
        }
        return new float[][] {x, indexes};
    }

    static Fitted train(Candidate candidate, Standardised data, FeatureEncoder encoder, int[] y, int[] validY, long seed,
                        Progress progress) {
        return NativeMath.call(() -> trainHere(candidate, data, encoder, y, validY, seed, progress));
    }

    private static Fitted trainHere(Candidate candidate, Standardised data, FeatureEncoder encoder, int[] y, int[] validY,
                                    long seed, Progress progress) {
        long started = System.nanoTime();
        INDArray valid = matrix(data.validation(), validY.length, data.dense());
        INDArray validIndexes = data.indexes() == 0 ? null : matrix(data.validationIndexes(), validY.length, data.indexes());
        Network net = build(candidate, encoder, seed);
        Random random = new Random(seed);
        int[] order = java.util.stream.IntStream.range(0, y.length).toArray();
        INDArray best = net.params().dup();
        double[] bestRaw = null;
        double bestLoss = Double.MAX_VALUE;
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < candidate.maxEpochs() && epoch - bestEpoch < PATIENCE) {
            progress.checkCancelled();
            shuffle(order, random);
            for (int from = 0; from < order.length; from += candidate.batch()) {
                fitBatch(net, data, y, order, from, Math.min(order.length, from + candidate.batch()));
            }
            epoch++;
            double[] raw = toDoubles(net.output(valid, validIndexes));
            double loss = Metrics.logLoss(raw, validY);
            if (loss < bestLoss - 1e-5) {
                bestLoss = loss;
                bestEpoch = epoch;
                bestRaw = raw;
                best = net.params().dup();
            }
            progress.update(epoch, MAX_EPOCHS, String.format("Training the %s candidate: epoch %d, validation log loss %.4f",
                    candidate.name(), epoch, loss));
        }
        net.setParams(best);
        return new Fitted(candidate, net, epoch, bestEpoch, bestRaw, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The candidate trained again from scratch (same seed) on the training and validation rows together, for the
     * number of epochs early stopping chose ({@code fitted.bestEpoch()}, at least one); the normaliser stays the
     * training rows' and the validation output stays the early-stopped network's (what its calibration was fitted on).
     */
    static Fitted refit(Fitted fitted, Standardised data, FeatureEncoder encoder, int[] y, int[] validY, long seed,
                        Progress progress) {
        return NativeMath.call(() -> {
            long started = System.nanoTime();
            Standardised all = new Standardised(data.normalizer(), concat(data.training(), data.validation()),
                    data.validation(), concat(data.trainingIndexes(), data.validationIndexes()), data.validationIndexes(),
                    data.dense(), data.indexes());
            int[] labels = java.util.stream.IntStream.concat(java.util.Arrays.stream(y), java.util.Arrays.stream(validY)).toArray();
            Network net = build(fitted.candidate(), encoder, seed);
            Random random = new Random(seed);
            int[] order = java.util.stream.IntStream.range(0, labels.length).toArray();
            for (int epoch = 0; epoch < Math.max(1, fitted.bestEpoch()); epoch++) {
                progress.update(epoch, Math.max(1, fitted.bestEpoch()), "Training the " + fitted.candidate().name()
                        + " candidate again on every row: epoch " + (epoch + 1));
                progress.checkCancelled();
                shuffle(order, random);
                for (int from = 0; from < order.length; from += fitted.candidate().batch()) {
                    fitBatch(net, all, labels, order, from, Math.min(order.length, from + fitted.candidate().batch()));
                }
            }
            return new Fitted(fitted.candidate(), net, fitted.epochs(), fitted.bestEpoch(), fitted.validationRaw(),
                    fitted.seconds() + (System.nanoTime() - started) / 1e9);
        });
    }

    private static float[] concat(float[] a, float[] b) {
        float[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * An input that never varied in training (a category no training lead had) keeps a standard deviation
     * of 1. ND4J clamps it to 1e-5 instead, which turns a single unexpected 1 into an input of 100,000
     * and the score into noise.
     */
    private static void unitScaleForConstantInputs(NormalizerStandardize normalizer) {
        INDArray std = normalizer.getStd();
        for (long i = 0; i < std.length(); i++) {
            if (std.getDouble(i) < 1e-3) {
                std.putScalar(i, 1.0);
            }
        }
    }

    /**
     * One minibatch step, its rows copied out of the Java arrays: ND4J's {@code getRows} gathers natively and
     * cost more than the training step itself.
     */
    private static void fitBatch(Network net, Standardised data, int[] y, int[] order, int from, int to) {
        int n = to - from;
        int width = data.dense();
        int k = data.indexes();
        float[] features = new float[n * width];
        float[] indexes = new float[n * k];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data.training(), order[from + i] * width, features, i * width, width);
            System.arraycopy(data.trainingIndexes(), order[from + i] * k, indexes, i * k, k);
            labels[i] = y[order[from + i]];
        }
        net.fit(matrix(features, n, width), k == 0 ? null : matrix(indexes, n, k), labels(labels));
    }

    static INDArray matrix(float[] x, int rows, int width) {
        return Nd4j.create(x, new long[] {rows, width}, 'c');
    }

    static INDArray labels(int[] y) {
        float[] values = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            values[i] = y[i];
        }
        return Nd4j.create(values, new long[] {y.length, 1}, 'c');
    }

    static double[] toDoubles(INDArray column) {
        return column.reshape(column.length()).toDoubleVector();
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
