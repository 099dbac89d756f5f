package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import java.util.Random;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Trains one {@link Candidate}: ReLU layers (or none) and a sigmoid output on cross-entropy with Adam and
 * L2, on standardised features. Training stops when the validation log loss has not improved for
 * {@value #PATIENCE} epochs and keeps the best epoch's weights.
 */
final class LeadNetwork {
    static final int MAX_EPOCHS = 60;
    static final int PATIENCE = 5;

    /** What training did: the epochs run, the best one kept, and the validation output at that epoch. */
    record Fitted(Candidate candidate, MultiLayerNetwork net, int epochs, int bestEpoch, double[] validationRaw,
                  double seconds) { }

    /** Features standardised with a normaliser fitted on the training rows. */
    record Standardised(NormalizerStandardize normalizer, float[] training, float[] validation) { }

    private LeadNetwork() { }

    static MultiLayerNetwork build(Candidate candidate, int inputs, long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.FLOAT).updater(new Adam(candidate.learningRate())).l2(candidate.l2())
                .weightInit(WeightInit.XAVIER).list();
        int in = inputs;
        for (int units : candidate.hidden()) {
            DenseLayer.Builder layer = new DenseLayer.Builder().nIn(in).nOut(units).activation(Activation.RELU);
            if (candidate.dropOut() > 0) {
                layer.dropOut(1 - candidate.dropOut()); // DL4J takes the share kept
            }
            list.layer(layer.build());
            in = units;
        }
        list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(in).nOut(1)
                .activation(Activation.SIGMOID).build());
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    /** Fits the normaliser on the training rows and applies it to both splits. */
    static Standardised standardise(float[] x, int rows, float[] validX, int validRows, int width) {
        return NativeMath.call(() -> {
            INDArray features = matrix(x, rows, width);
            NormalizerStandardize normalizer = new NormalizerStandardize();
            normalizer.fit(new DataSet(features, Nd4j.zeros(DataType.FLOAT, rows, 1)));
            unitScaleForConstantInputs(normalizer);
            normalizer.transform(features);
            INDArray valid = matrix(validX, validRows, width);
            normalizer.transform(valid);
            return new Standardised(normalizer, features.data().asFloat(), valid.data().asFloat());
        });
    }

    static Fitted train(Candidate candidate, Standardised data, int[] y, int[] validY, int width, long seed,
                        Progress progress) {
        return NativeMath.call(() -> trainHere(candidate, data, y, validY, width, seed, progress));
    }

    private static Fitted trainHere(Candidate candidate, Standardised data, int[] y, int[] validY, int width, long seed,
                                    Progress progress) {
        long started = System.nanoTime();
        INDArray valid = matrix(data.validation(), validY.length, width);
        MultiLayerNetwork net = build(candidate, width, seed);
        Random random = new Random(seed);
        int[] order = java.util.stream.IntStream.range(0, y.length).toArray();
        INDArray best = net.params().dup();
        double[] bestRaw = null;
        double bestLoss = Double.MAX_VALUE;
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < MAX_EPOCHS && epoch - bestEpoch < PATIENCE) {
            progress.checkCancelled();
            shuffle(order, random);
            for (int from = 0; from < order.length; from += candidate.batch()) {
                net.fit(batch(data.training(), y, order, from, Math.min(order.length, from + candidate.batch()), width));
            }
            epoch++;
            double[] raw = toDoubles(net.output(valid, false));
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
     * One minibatch copied out of the Java array: ND4J's {@code getRows} gathers natively and cost more
     * than the training step itself.
     */
    private static DataSet batch(float[] x, int[] y, int[] order, int from, int to, int width) {
        int n = to - from;
        float[] features = new float[n * width];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, order[from + i] * width, features, i * width, width);
            labels[i] = y[order[from + i]];
        }
        return new DataSet(matrix(features, n, width), labels(labels));
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
