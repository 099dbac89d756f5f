package com.nexuscrm.scoring;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
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
 * The embedding candidate's network, a DL4J {@link ComputationGraph}: one integer input per
 * {@link FeatureEncoder.Index} into an {@link EmbeddingLayer} of its own, the one-hot features of every
 * other column as one dense input, merged, then the candidate's ReLU layers with dropout and L2, and a
 * sigmoid output. The embedded columns' one-hot slots are left out of the dense input: the embedding
 * replaces them. Embedding vectors start at zero, so a value training never saw (the "other" or "missing"
 * row when no training row had one) stays at the origin, not at a random point the next layer reads as a
 * signal.
 */
final class EmbeddingNetwork implements Network {
    static final String KIND = "embedding";
    private static final String DENSE = "dense";
    private static final String OUTPUT = "output";

    private final ComputationGraph graph;
    /** The one-hot columns the dense input takes: every column of the dense part outside an embedded category. */
    private final int[] denseColumns;
    private final int indexes;

    private EmbeddingNetwork(ComputationGraph graph, int[] denseColumns, int indexes) {
        this.graph = graph;
        this.denseColumns = denseColumns;
        this.indexes = indexes;
    }

    /** The columns of the one-hot part that are not an embedded category's slots. */
    static int[] denseColumns(FeatureEncoder encoder) {
        boolean[] embedded = new boolean[encoder.denseWidth()];
        for (FeatureEncoder.Index index : encoder.indexes()) {
            FeatureEncoder.Slot slot = encoder.slots().get(index.column());
            java.util.Arrays.fill(embedded, slot.offset(), slot.offset() + slot.width(), true);
        }
        return IntStream.range(0, embedded.length).filter(i -> !embedded[i]).toArray();
    }

    static EmbeddingNetwork build(Candidate candidate, FeatureEncoder encoder, long seed) {
        int[] dense = denseColumns(encoder);
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.FLOAT).updater(new Adam(candidate.learningRate())).l2(candidate.l2())
                .weightInit(WeightInit.XAVIER).graphBuilder();
        List<String> inputs = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        int width = 0;
        if (dense.length > 0) {
            inputs.add(DENSE);
            merged.add(DENSE);
            width += dense.length;
        }
        for (int i = 0; i < encoder.indexes().size(); i++) {
            FeatureEncoder.Index index = encoder.indexes().get(i);
            inputs.add(input(i));
            g.addLayer(embedding(i), new EmbeddingLayer.Builder().nIn(index.size()).nOut(index.dimension())
                    .activation(Activation.IDENTITY).weightInit(WeightInit.ZERO).build(), input(i));
            merged.add(embedding(i));
            width += index.dimension();
        }
        // No setInputTypes: its inference would set each embedding's nIn to its input's width, 1.
        g.addInputs(inputs.toArray(String[]::new));
        g.addVertex("merge", new MergeVertex(), merged.toArray(String[]::new));
        addLayers(g, candidate, width);
        ComputationGraph graph = new ComputationGraph(g.build());
        graph.init();
        return new EmbeddingNetwork(graph, dense, encoder.indexes().size());
    }

    /** The candidate's ReLU layers (with dropout) after the merge, and the sigmoid output. */
    private static void addLayers(ComputationGraphConfiguration.GraphBuilder g, Candidate candidate, int merged) {
        String last = "merge";
        int width = merged;
        for (int h = 0; h < candidate.hidden().size(); h++) {
            DenseLayer.Builder layer = new DenseLayer.Builder().nIn(width).nOut(candidate.hidden().get(h)).activation(Activation.RELU);
            if (candidate.dropOut() > 0) {
                layer.dropOut(1 - candidate.dropOut()); // DL4J takes the share kept
            }
            g.addLayer("hidden-" + h, layer.build(), last);
            last = "hidden-" + h;
            width = candidate.hidden().get(h);
        }
        g.addLayer(OUTPUT, new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(width).nOut(1)
                .activation(Activation.SIGMOID).build(), last);
        g.setOutputs(OUTPUT);
    }

    /** Reads a saved graph and checks that its inputs are {@code encoder}'s: the same categories, sizes and columns. */
    static EmbeddingNetwork read(File file, FeatureEncoder encoder) throws IOException {
        ComputationGraph graph = ModelSerializer.restoreComputationGraph(file, false);
        int[] dense = denseColumns(encoder);
        List<String> names = graph.getConfiguration().getNetworkInputs();
        int expected = encoder.indexes().size() + (dense.length > 0 ? 1 : 0);
        if (names.size() != expected) {
            throw new IOException(file + ": the network has " + names.size() + " inputs but features.json and "
                    + LeadModel.EMBEDDINGS + " make " + expected);
        }
        for (int i = 0; i < encoder.indexes().size(); i++) {
            long nIn = ((FeedForwardLayer) graph.getLayer(embedding(i)).conf().getLayer()).getNIn();
            if (nIn != encoder.indexes().get(i).size()) {
                throw new IOException(file + ": the embedding of " + encoder.indexes().get(i).name() + " takes " + nIn
                        + " values but " + LeadModel.EMBEDDINGS + " lists " + encoder.indexes().get(i).size());
            }
        }
        int merged = dense.length + encoder.indexes().stream().mapToInt(FeatureEncoder.Index::dimension).sum();
        String after = graph.getConfiguration().getVertices().containsKey("hidden-0") ? "hidden-0" : OUTPUT;
        long nIn = ((FeedForwardLayer) graph.getLayer(after).conf().getLayer()).getNIn();
        if (nIn != merged) {
            throw new IOException(file + ": the network's merged input takes " + nIn + " values but features.json and "
                    + LeadModel.EMBEDDINGS + " make " + merged);
        }
        return new EmbeddingNetwork(graph, dense, encoder.indexes().size());
    }

    private static String input(int i) {
        return "index-" + i;
    }

    private static String embedding(int i) {
        return "embedding-" + i;
    }

    /**
     * The graph's inputs in order: the kept one-hot columns, then each index as a column of its own. Gathered
     * in Java: ND4J's {@code getColumns} copies column by column, which tripled the cost of a training step.
     */
    private INDArray[] inputs(INDArray dense, INDArray indexArray) {
        List<INDArray> in = new ArrayList<>();
        if (denseColumns.length > 0) {
            in.add(denseColumns.length == dense.columns() ? dense : columns(dense, denseColumns));
        }
        for (int i = 0; i < indexes; i++) {
            in.add(columns(indexArray, new int[] {i}));
        }
        return in.toArray(INDArray[]::new);
    }

    private static INDArray columns(INDArray matrix, int[] picked) {
        INDArray c = matrix.isView() || matrix.ordering() != 'c' ? matrix.dup('c') : matrix;
        float[] all = c.data().asFloat();
        int rows = (int) c.rows();
        int width = (int) c.columns();
        float[] out = new float[rows * picked.length];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < picked.length; j++) {
                out[r * picked.length + j] = all[r * width + picked[j]];
            }
        }
        return LeadNetwork.matrix(out, rows, picked.length);
    }

    @Override
    public String kind() { return KIND; }

    @Override
    public void fit(INDArray dense, INDArray indexArray, INDArray labels) {
        graph.fit(new MultiDataSet(inputs(dense, indexArray), new INDArray[] {labels}));
    }

    @Override
    public INDArray output(INDArray dense, INDArray indexArray) {
        return graph.outputSingle(false, inputs(dense, indexArray));
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
