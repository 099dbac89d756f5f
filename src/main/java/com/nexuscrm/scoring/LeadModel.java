package com.nexuscrm.scoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;

/**
 * A trained lead model: the feature encoder, the normaliser and network (or the averaged networks of an
 * ensemble), the calibration and the card. One model folder holds {@code network.zip} (DL4J, with the
 * normaliser inside), {@code network-2.zip} and so on for further ensemble members, {@code features.json}
 * and {@code card.json}; a model with an {@link EmbeddingNetwork} also {@value #EMBEDDINGS} (the encoder's
 * category indexes and each network's kind; without it every network is a {@link DenseNetwork}, as in models
 * saved before embeddings). {@link #probabilities} is safe to call from several threads.
 */
public final class LeadModel {
    static final String NETWORK = "network.zip";
    static final String FEATURES = "features.json";
    static final String CARD = "card.json";
    static final String EMBEDDINGS = "embeddings.json";
    private static final int CHUNK = 8192;

    /** What {@value #EMBEDDINGS} holds: the category indexes and the kind of each network file in order. */
    record Layout(List<FeatureEncoder.Index> categories, List<String> networks) { }

    /** Encoded rows as the networks take them: the standardised one-hot part and the indexes (null when none). */
    record Inputs(INDArray dense, INDArray indexes) { }

    private final FeatureEncoder encoder;
    private final List<Network> nets;
    private final NormalizerStandardize normalizer;
    private final ModelCard card;

    LeadModel(FeatureEncoder encoder, List<Network> nets, NormalizerStandardize normalizer, ModelCard card) {
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

    /**
     * The uncalibrated output (the members' mean for an ensemble) for a matrix of {@code rows} rows encoded by
     * {@link #encoder()} ({@link FeatureEncoder#width()} floats each, category indexes included).
     */
    double[] rawOutput(float[] encoded, int rows) {
        return NativeMath.call(() -> {
            Inputs in = inputs(encoded, rows);
            if (nets.size() == 1) {
                return LeadNetwork.toDoubles(nets.get(0).output(in.dense(), in.indexes()));
            }
            INDArray sum = nets.get(0).output(in.dense(), in.indexes()).dup();
            for (int i = 1; i < nets.size(); i++) {
                sum.addi(nets.get(i).output(in.dense(), in.indexes()));
            }
            return LeadNetwork.toDoubles(sum.divi(nets.size()));
        });
    }

    /** Splits encoded rows into the networks' inputs and standardises the one-hot part. On the ND4J thread. */
    Inputs inputs(float[] encoded, int rows) {
        int k = encoder.indexes().size();
        float[][] parts = LeadNetwork.split(encoded, rows, encoder.denseWidth(), k);
        INDArray dense = LeadNetwork.matrix(parts[0], rows, encoder.denseWidth());
        normalizer.transform(dense);
        return new Inputs(dense, k == 0 ? null : LeadNetwork.matrix(parts[1], rows, k));
    }

    /** The bare network (an ensemble's first member), for the benchmark's baseline. */
    Network network() { return nets.get(0); }

    NormalizerStandardize normalizer() { return normalizer; }

    public void save(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path network = folder.resolve(NETWORK);
        NativeMath.call(() -> {
            // DESIGN.md: writeModel(net, file, saveUpdater, normalizer) throws in M2.1; write, then add.
            nets.get(0).write(network.toFile());
            ModelSerializer.addNormalizerToModel(network.toFile(), normalizer);
            for (int i = 1; i < nets.size(); i++) {
                nets.get(i).write(folder.resolve(member(i)).toFile());
            }
            for (int i = nets.size(); Files.deleteIfExists(folder.resolve(member(i))); i++) {
                // a folder saved over keeps no member of an older, larger ensemble
            }
            return null;
        });
        JSON.writeValue(folder.resolve(FEATURES).toFile(), encoder.slots());
        List<String> kinds = nets.stream().map(Network::kind).toList();
        if (encoder.indexes().isEmpty() && kinds.stream().allMatch(DenseNetwork.KIND::equals)) {
            Files.deleteIfExists(folder.resolve(EMBEDDINGS)); // saved over an embedding model: readers would misread
        } else {
            JSON.writeValue(folder.resolve(EMBEDDINGS).toFile(), new Layout(encoder.indexes(), kinds));
        }
        JSON.writeValue(folder.resolve(CARD).toFile(), card);
    }

    /** Loads a model folder; any damage (missing file, bad zip, bad JSON, wrong shape) is an IOException. */
    static LeadModel load(Path folder) throws IOException {
        return NativeMath.call(() -> loadHere(folder));
    }

    private static LeadModel loadHere(Path folder) throws IOException {
        try {
            ModelCard card = JSON.readValue(folder.resolve(CARD).toFile(), ModelCard.class);
            Layout layout = Files.exists(folder.resolve(EMBEDDINGS))
                    ? JSON.readValue(folder.resolve(EMBEDDINGS).toFile(), Layout.class) : new Layout(List.of(), null);
            FeatureEncoder encoder = new FeatureEncoder(List.of(JSON.readValue(folder.resolve(FEATURES).toFile(),
                    FeatureEncoder.Slot[].class)), layout.categories());
            if (!(ModelSerializer.restoreNormalizerFromFile(folder.resolve(NETWORK).toFile())
                    instanceof NormalizerStandardize normalizer)) {
                throw new IOException(folder.resolve(NETWORK) + " holds no feature normaliser");
            }
            return new LeadModel(encoder, networks(folder, layout, encoder), normalizer, card);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException(folder + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Every network file in member order, read by the kind {@value #EMBEDDINGS} gives it (dense without one). */
    private static List<Network> networks(Path folder, Layout layout, FeatureEncoder encoder) throws IOException {
        List<Network> nets = new ArrayList<>();
        for (int i = 0; i == 0 || Files.exists(folder.resolve(member(i))); i++) {
            if (layout.networks() != null && i >= layout.networks().size()) {
                throw new IOException(folder + ": " + EMBEDDINGS + " lists " + layout.networks().size()
                        + " networks but there are more network files");
            }
            String kind = layout.networks() == null ? DenseNetwork.KIND : layout.networks().get(i);
            nets.add(Network.read(kind, folder.resolve(member(i)).toFile(), encoder));
        }
        if (layout.networks() != null && nets.size() != layout.networks().size()) {
            throw new IOException(folder + ": " + EMBEDDINGS + " lists " + layout.networks().size()
                    + " networks but there are " + nets.size() + " network files");
        }
        return nets;
    }

    /** The file of the ensemble member at {@code index} (0 is {@value #NETWORK}). */
    static String member(int index) {
        return index == 0 ? NETWORK : "network-" + (index + 1) + ".zip";
    }

    static final ObjectMapper JSON = Json.indented();
}
