package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
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
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The conversion network: two ReLU layers and a sigmoid output trained on cross-entropy with Adam and
 * L2, on standardised features. Training stops when the validation log loss has not improved for
 * {@value #PATIENCE} epochs and keeps the best epoch's weights. Its shape is fixed in advance, not tuned
 * on any evaluation data.
 */
final class LeadNetwork {
    static final int HIDDEN_1 = 32;
    static final int HIDDEN_2 = 16;
    static final int MAX_EPOCHS = 120;
    static final int PATIENCE = 10;
    static final int BATCH = 128;
    static final double LEARNING_RATE = 1e-3;
    static final double L2 = 1e-4;

    /** What training did: the epochs run and the best one kept. */
    record Fitted(MultiLayerNetwork net, NormalizerStandardize normalizer, int epochs, int bestEpoch) { }

    private LeadNetwork() { }

    static String describe(int inputs) {
        return inputs + " inputs → dense " + HIDDEN_1 + " ReLU → dense " + HIDDEN_2 + " ReLU → sigmoid; Adam "
                + LEARNING_RATE + ", L2 " + L2 + ", batch " + BATCH + ", early stopping (patience " + PATIENCE + ")";
    }

    static MultiLayerNetwork build(int inputs, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.FLOAT).updater(new Adam(LEARNING_RATE)).l2(L2)
                .weightInit(WeightInit.XAVIER).list()
                .layer(new DenseLayer.Builder().nIn(inputs).nOut(HIDDEN_1).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(HIDDEN_1).nOut(HIDDEN_2).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(HIDDEN_2).nOut(1)
                        .activation(Activation.SIGMOID).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    static Fitted train(float[] x, int[] y, float[] validX, int[] validY, int width, long seed, Progress progress) {
        return NativeMath.call(() -> trainHere(x, y, validX, validY, width, seed, progress));
    }

    private static Fitted trainHere(float[] x, int[] y, float[] validX, int[] validY, int width, long seed, Progress progress) {
        INDArray features = matrix(x, y.length, width);
        NormalizerStandardize normalizer = new NormalizerStandardize();
        normalizer.fit(new DataSet(features, labels(y)));
        unitScaleForConstantInputs(normalizer);
        normalizer.transform(features);
        float[] normalised = features.data().asFloat();
        INDArray valid = matrix(validX, validY.length, width);
        normalizer.transform(valid);

        MultiLayerNetwork net = build(width, seed);
        Random random = new Random(seed);
        int[] order = java.util.stream.IntStream.range(0, y.length).toArray();
        INDArray best = net.params().dup();
        double bestLoss = Double.MAX_VALUE;
        int bestEpoch = 0;
        int epoch = 0;
        while (epoch < MAX_EPOCHS && epoch - bestEpoch < PATIENCE) {
            progress.checkCancelled();
            shuffle(order, random);
            for (int from = 0; from < order.length; from += BATCH) {
                net.fit(batch(normalised, y, order, from, Math.min(order.length, from + BATCH), width));
            }
            epoch++;
            double loss = Metrics.logLoss(toDoubles(net.output(valid)), validY);
            if (loss < bestLoss - 1e-5) {
                bestLoss = loss;
                bestEpoch = epoch;
                best = net.params().dup();
            }
            progress.update(epoch, MAX_EPOCHS, String.format("Training: epoch %d, validation log loss %.4f", epoch, loss));
        }
        net.setParams(best);
        return new Fitted(net, normalizer, epoch, bestEpoch);
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
