package com.nexuscrm.scoring;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The evaluation's baseline: Tribuo's logistic regression on the same encoded features (same encoder,
 * fitted on the same training rows, standardised). Used by {@code nexus eval leads} only; it never scores
 * leads in the app.
 */
final class BaselineLogistic {
    static {
        // Tribuo logs every thousand SGD steps through java.util.logging; the evaluation prints its own summary.
        java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
    }

    private static final LabelFactory LABELS = new LabelFactory();
    private static final Label YES = new Label("1");
    private static final Label NO = new Label("0");
    private static final int EPOCHS = 20;
    private static final int MINIBATCH = 32;
    private static final long SEED = 1;

    private final Model<Label> model;
    private final FeatureEncoder encoder;
    private final double[] mean;
    private final double[] scale;
    private final String[] names;

    private BaselineLogistic(Model<Label> model, FeatureEncoder encoder, double[] mean, double[] scale, String[] names) {
        this.model = model;
        this.encoder = encoder;
        this.mean = mean;
        this.scale = scale;
        this.names = names;
    }

    static BaselineLogistic train(LabelledTable training) {
        FeatureEncoder encoder = FeatureEncoder.fit(training);
        int width = encoder.width();
        float[] x = LeadTrainer.encode(encoder, training);
        double[] mean = new double[width];
        double[] scale = new double[width];
        int n = training.size();
        for (int j = 0; j < width; j++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                sum += x[i * width + j];
                squares += (double) x[i * width + j] * x[i * width + j];
            }
            mean[j] = sum / n;
            double variance = squares / n - mean[j] * mean[j];
            scale[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
        }
        String[] names = new String[width];
        for (int j = 0; j < width; j++) {
            names[j] = String.format("f%04d", j);
        }
        BaselineLogistic shape = new BaselineLogistic(null, encoder, mean, scale, names);
        List<org.tribuo.Example<Label>> examples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            examples.add(new ArrayExample<>(training.labels()[i] == 1 ? YES : NO, names, shape.standardised(x, i)));
        }
        ListDataSource<Label> source = new ListDataSource<>(examples, LABELS,
                new SimpleDataSourceProvenance("nexus lead table", LABELS));
        // Tribuo's LogisticRegressionTrainer preset (AdaGrad 1.0, 5 epochs, one example per step) ends noisy
        // (X Education: AUC 0.783, log loss 0.617). A fixed, textbook setting makes a fair baseline.
        Model<Label> model = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS,
                Integer.MAX_VALUE, MINIBATCH, SEED).train(new MutableDataset<>(source));
        return new BaselineLogistic(model, encoder, mean, scale, names);
    }

    double[] probabilities(LabelledTable table) {
        float[] x = LeadTrainer.encode(encoder, table);
        double[] p = new double[table.size()];
        for (int i = 0; i < table.size(); i++) {
            Prediction<Label> prediction = model.predict(new ArrayExample<>(NO, names, standardised(x, i)));
            p[i] = prediction.getOutputScores().get("1").getScore();
        }
        return p;
    }

    private double[] standardised(float[] x, int row) {
        int width = names.length;
        double[] v = new double[width];
        for (int j = 0; j < width; j++) {
            v[j] = (x[row * width + j] - mean[j]) / scale[j];
        }
        return v;
    }
}
