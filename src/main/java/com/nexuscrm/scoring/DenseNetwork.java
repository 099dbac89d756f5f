package com.nexuscrm.scoring;

import java.io.File;
import java.io.IOException;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** ReLU layers (or none: logistic regression) and a sigmoid output over the one-hot features; ignores indexes. */
record DenseNetwork(MultiLayerNetwork net) implements Network {
    static final String KIND = "dense";

    static DenseNetwork build(Candidate candidate, int inputs, long seed) {
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
        return new DenseNetwork(net);
    }

    static DenseNetwork read(File file, FeatureEncoder encoder) throws IOException {
        MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(file, false);
        if (net.layerInputSize(0) != encoder.denseWidth()) {
            throw new IOException(file + ": the network takes " + net.layerInputSize(0) + " inputs but features.json makes "
                    + encoder.denseWidth());
        }
        return new DenseNetwork(net);
    }

    @Override
    public String kind() { return KIND; }

    @Override
    public void fit(INDArray dense, INDArray indexes, INDArray labels) {
        net.fit(new DataSet(dense, labels));
    }

    @Override
    public INDArray output(INDArray dense, INDArray indexes) {
        return net.output(dense, false);
    }

    @Override
    public INDArray params() { return net.params(); }

    @Override
    public void setParams(INDArray params) { net.setParams(params); }

    @Override
    public void write(File file) throws IOException {
        ModelSerializer.writeModel(net, file, false);
    }
}
