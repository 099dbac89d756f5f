package com.nexuscrm.scoring;

import java.io.File;
import java.io.IOException;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One trained network of a lead model, whatever its graph: a multi-layer network over the one-hot features
 * ({@link DenseNetwork}) or a computation graph with learned embeddings ({@link EmbeddingNetwork}). Early
 * stopping, scoring (one network or an ensemble's mean), explanations, the benchmark and saving all go through
 * this, so none of them asks which kind a network is. Use on the ND4J thread only ({@link NativeMath}).
 *
 * <p>Every method takes the standardised one-hot part of the rows ({@code dense}, rows × {@link
 * FeatureEncoder#denseWidth()}) and their category indexes ({@code indexes}, rows × one per {@link
 * FeatureEncoder.Index}, null when the encoder has none); each kind reads what it needs.
 */
interface Network {
    /** The kind's name in a model folder's {@value LeadModel#EMBEDDINGS}, so loading knows which reader to use. */
    String kind();

    /** One minibatch step on {@code labels} (rows × 1, 0 or 1). */
    void fit(INDArray dense, INDArray indexes, INDArray labels);

    /** The raw sigmoid output, rows × 1. */
    INDArray output(INDArray dense, INDArray indexes);

    INDArray params();

    void setParams(INDArray params);

    /** Writes the network without its updater state (ModelSerializer). */
    void write(File file) throws IOException;

    /** Reads a network of {@code kind} and checks it takes {@code encoder}'s inputs. */
    static Network read(String kind, File file, FeatureEncoder encoder) throws IOException {
        return switch (kind) {
            case DenseNetwork.KIND -> DenseNetwork.read(file, encoder);
            case EmbeddingNetwork.KIND -> EmbeddingNetwork.read(file, encoder);
            default -> throw new IOException(file + " is a network of unknown kind '" + kind + "'");
        };
    }
}
