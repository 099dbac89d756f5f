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
 * A trained lead model: the feature encoder, the normaliser and network (or the averaged networks of an
 * ensemble), the calibration and the card. One model folder holds {@code network.zip} (DL4J, with the
 * normaliser inside), {@code network-2.zip} and so on for further ensemble members, {@code features.json}
 * and {@code card.json}. {@link #probabilities} is safe to call from several threads.
 */
public final class LeadModel {
    static final String NETWORK = "network.zip";
    static final String FEATURES = "features.json";
    static final String CARD = "card.json";
    private static final int CHUNK = 8192;

    private final FeatureEncoder encoder;
    private final List<MultiLayerNetwork> nets;
    private final NormalizerStandardize normalizer;
    private final ModelCard card;

    LeadModel(FeatureEncoder encoder, List<MultiLayerNetwork> nets, NormalizerStandardize normalizer, ModelCard card) {
        this.encoder = encoder;
        this.nets = List.copyOf(nets);
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
        return new LeadModel(encoder, nets, normalizer, newCard);
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

    /** The uncalibrated output (the members' mean for an ensemble) for an encoded matrix of {@code rows} rows. */
    double[] rawOutput(float[] encoded, int rows) {
        return NativeMath.call(() -> {
            INDArray features = LeadNetwork.matrix(encoded, rows, encoder.width());
            normalizer.transform(features);
            if (nets.size() == 1) {
                return LeadNetwork.toDoubles(nets.get(0).output(features, false));
            }
            INDArray sum = nets.get(0).output(features, false).dup();
            for (int i = 1; i < nets.size(); i++) {
                sum.addi(nets.get(i).output(features, false));
            }
            return LeadNetwork.toDoubles(sum.divi(nets.size()));
        });
    }

    /** The bare network (an ensemble's first member), for the benchmark's baseline. */
    MultiLayerNetwork network() { return nets.get(0); }

    NormalizerStandardize normalizer() { return normalizer; }

    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path network = folder.resolve(NETWORK);
        NativeMath.call(() -> {
            // DESIGN.md: writeModel(net, file, saveUpdater, normalizer) throws in M2.1; write, then add.
            ModelSerializer.writeModel(nets.get(0), network.toFile(), false);
            ModelSerializer.addNormalizerToModel(network.toFile(), normalizer);
            for (int i = 1; i < nets.size(); i++) {
                ModelSerializer.writeModel(nets.get(i), folder.resolve(member(i)).toFile(), false);
            }
            for (int i = nets.size(); Files.deleteIfExists(folder.resolve(member(i))); i++) {
                // a folder saved over keeps no member of an older, larger ensemble
            }
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
            List<MultiLayerNetwork> nets = new java.util.ArrayList<>(List.of(pair.getFirst()));
            for (int i = 1; Files.exists(folder.resolve(member(i))); i++) {
                nets.add(ModelSerializer.restoreMultiLayerNetwork(folder.resolve(member(i)).toFile(), false));
            }
            for (MultiLayerNetwork net : nets) {
                if (net.layerInputSize(0) != encoder.width()) {
                    throw new IOException(folder + ": a network takes " + net.layerInputSize(0)
                            + " inputs but features.json makes " + encoder.width());
                }
            }
            return new LeadModel(encoder, nets, normalizer, card);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(folder + " is damaged: " + e.getMessage(), e);
        }
    }

    /** The file of the ensemble member at {@code index} (0 is {@value #NETWORK}). */
    static String member(int index) {
        return index == 0 ? NETWORK : "network-" + (index + 1) + ".zip";
    }

    static final ObjectMapper JSON = Json.indented();
}
