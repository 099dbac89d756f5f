package com.nexuscrm.scoring;

import java.io.File;
import java.io.IOException;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The wide-and-deep candidate's network (Cheng et al., 2016), a DL4J {@link ComputationGraph} over the one-hot
 * features: a linear part (a logistic regression's log-odds) plus the candidate's ReLU layers ending in one linear
 * unit, summed, then the sigmoid. The deep part's last unit starts at zero weights, so training starts from a
 * logistic regression and the ReLU layers add only the interactions the data pays for (a deal's size mattering
 * more without its economic buyer, say). Category indexes are not used.
 */
final class WideDeepNetwork implements Network {
    static final String KIND = "wide-deep";
    private static final String INPUT = "features";
    private static final String WIDE = "wide";

    private final ComputationGraph graph;

    private WideDeepNetwork(ComputationGraph graph) {
        this.graph = graph;
    }

    static WideDeepNetwork build(Candidate candidate, int inputs, long seed) {
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.FLOAT).updater(new Adam(candidate.learningRate())).l2(candidate.l2())
                .weightInit(WeightInit.XAVIER).graphBuilder().addInputs(INPUT);
        g.addLayer(WIDE, new DenseLayer.Builder().nIn(inputs).nOut(1).activation(Activation.IDENTITY).build(), INPUT);
        String last = INPUT;
        int width = inputs;
        for (int h = 0; h < candidate.hidden().size(); h++) {
            DenseLayer.Builder layer = new DenseLayer.Builder().nIn(width).nOut(candidate.hidden().get(h)).activation(Activation.RELU);
            if (candidate.dropOut() > 0) {
                layer.dropOut(1 - candidate.dropOut()); // DL4J takes the share kept
            }
            g.addLayer("hidden-" + h, layer.build(), last);
            last = "hidden-" + h;
            width = candidate.hidden().get(h);
        }
        g.addLayer("deep", new DenseLayer.Builder().nIn(width).nOut(1).activation(Activation.IDENTITY)
                .weightInit(WeightInit.ZERO).build(), last);
        g.addVertex("sum", new ElementWiseVertex(ElementWiseVertex.Op.Add), WIDE, "deep");
        g.addLayer("output", new LossLayer.Builder(LossFunctions.LossFunction.XENT).activation(Activation.SIGMOID).build(), "sum");
        g.setOutputs("output");
        ComputationGraph graph = new ComputationGraph(g.build());
        graph.init();
        return new WideDeepNetwork(graph);
    }

    static WideDeepNetwork read(File file, FeatureEncoder encoder) throws IOException {
        ComputationGraph graph = ModelSerializer.restoreComputationGraph(file, false);
        if (graph.getLayer(WIDE) == null) {
            throw new IOException(file + ": not a wide-and-deep network (no '" + WIDE + "' layer)");
        }
        long nIn = ((FeedForwardLayer) graph.getLayer(WIDE).conf().getLayer()).getNIn();
        if (nIn != encoder.denseWidth()) {
            throw new IOException(file + ": the network takes " + nIn + " inputs but features.json makes " + encoder.denseWidth());
        }
        return new WideDeepNetwork(graph);
    }

    @Override
    public String kind() { return KIND; }

    @Override
    public void fit(INDArray dense, INDArray indexes, INDArray labels) {
        graph.fit(new MultiDataSet(new INDArray[] {dense}, new INDArray[] {labels}));
    }

    @Override
    public INDArray output(INDArray dense, INDArray indexes) {
        return graph.outputSingle(false, dense);
    }

    @Override
    public INDArray params() { return graph.params(); }

    @Override
    public void setParams(INDArray params) { graph.setParams(params); }

    @Override
    public void write(File file) throws IOException {
        ModelSerializer.writeModel(graph, file, false);
    }
}
