package com.nexuscrm.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.Normalizer;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

/**
 * A trained lead model: the feature encoder, the normaliser and network, the calibration and the card.
 * One model folder holds {@code network.zip} (DL4J, with the normaliser inside), {@code features.json}
 * and {@code card.json}. {@link #probabilities} is safe to call from several threads.
 */
public final class LeadModel {
    static final String NETWORK = "network.zip";
    static final String FEATURES = "features.json";
    static final String CARD = "card.json";
    private static final int CHUNK = 8192;

    private final FeatureEncoder encoder;
    private final MultiLayerNetwork net;
    private final NormalizerStandardize normalizer;
    private final ModelCard card;

    LeadModel(FeatureEncoder encoder, MultiLayerNetwork net, NormalizerStandardize normalizer, ModelCard card) {
        this.encoder = encoder;
        this.net = net;
        this.normalizer = normalizer;
        this.card = card;
    }

    public ModelCard card() { return card; }

    public FeatureEncoder encoder() { return encoder; }

    public String version() { return card.version(); }

    /** The values the network sees for a workspace lead scored at {@code now}. */
    Object[] rowOf(com.nexuscrm.domain.Lead lead, java.time.Instant now) {
        return WorkspaceLeads.row(lead, card.maturityOrNone(), now);
    }

    LeadModel withCard(ModelCard newCard) {
        return new LeadModel(encoder, net, normalizer, newCard);
    }

    /** Calibrated conversion probabilities of typed rows, in chunks so 100k rows never make one huge matrix. */
    public double[] probabilities(List<Object[]> rows) {
        double[] out = new double[rows.size()];
        int width = encoder.width();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            int n = Math.min(CHUNK, rows.size() - from);
            float[] x = new float[n * width];
            for (int i = 0; i < n; i++) {
                encoder.encode(rows.get(from + i), x, i * width);
            }
            double[] raw = rawOutput(x, n);
            for (int i = 0; i < n; i++) {
                out[from + i] = card.calibration().apply(raw[i]);
            }
        }
        return out;
    }

    /** The network's uncalibrated output for an encoded matrix of {@code rows} rows. */
    double[] rawOutput(float[] encoded, int rows) {
        return NativeMath.call(() -> {
            INDArray features = LeadNetwork.matrix(encoded, rows, encoder.width());
            normalizer.transform(features);
            return LeadNetwork.toDoubles(net.output(features, false));
        });
    }

    /** The bare network, for the benchmark's baseline. */
    MultiLayerNetwork network() { return net; }

    NormalizerStandardize normalizer() { return normalizer; }

    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path network = folder.resolve(NETWORK);
        NativeMath.call(() -> {
            // DESIGN.md: writeModel(net, file, saveUpdater, normalizer) throws in M2.1; write, then add.
            ModelSerializer.writeModel(net, network.toFile(), false);
            ModelSerializer.addNormalizerToModel(network.toFile(), normalizer);
            return null;
        });
        JSON.writeValue(folder.resolve(FEATURES).toFile(), encoder.slots());
        JSON.writeValue(folder.resolve(CARD).toFile(), card);
    }

    /** Loads a model folder; any damage (missing file, bad zip, bad JSON, wrong shape) is an IOException. */
    static LeadModel load(Path folder) throws IOException {
        return NativeMath.call(() -> loadHere(folder));
    }

    private static LeadModel loadHere(Path folder) throws IOException {
        try {
            ModelCard card = JSON.readValue(folder.resolve(CARD).toFile(), ModelCard.class);
            FeatureEncoder encoder = new FeatureEncoder(List.of(JSON.readValue(folder.resolve(FEATURES).toFile(),
                    FeatureEncoder.Slot[].class)));
            Pair<MultiLayerNetwork, Normalizer> pair = ModelSerializer.restoreMultiLayerNetworkAndNormalizer(
                    folder.resolve(NETWORK).toFile(), false);
            if (!(pair.getSecond() instanceof NormalizerStandardize normalizer)) {
                throw new IOException(folder.resolve(NETWORK) + " holds no feature normaliser");
            }
            if (pair.getFirst().layerInputSize(0) != encoder.width()) {
                throw new IOException(folder + ": the network takes " + pair.getFirst().layerInputSize(0)
                        + " inputs but features.json makes " + encoder.width());
            }
            return new LeadModel(encoder, pair.getFirst(), normalizer, card);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(folder + " is damaged: " + e.getMessage(), e);
        }
    }

    static final ObjectMapper JSON = Json.indented();
}
