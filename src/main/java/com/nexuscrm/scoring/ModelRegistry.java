package com.nexuscrm.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The models of one workspace, one registry per kind: {@code DIR/models/leads/leads-vN/} (deals:
 * {@code DIR/models/deals/deals-vN/}) folders (network, features, card)
 * and {@code registry.json}, which names the active version and the order versions were activated in,
 * so that "roll back" returns to the one before. When the active model cannot be loaded, the one
 * activated before it is used and a warning says why; after those, the default model shipped in the app
 * (trained on the sample workspace), and last the rules-based prior.
 */
public final class ModelRegistry {
    static final String DEFAULT_RESOURCE = "/models/leads-default/";
    public static final String DEFAULT_VERSION = "default";
    private static final String REGISTRY = "registry.json";

    /** What the registry holds: versions activated in order, the last one active. */
    record State(List<String> activations) {
        String active() {
            return activations.isEmpty() ? null : activations.get(activations.size() - 1);
        }
    }

    /** The scorer to use now, and what went wrong on the way to it (shown to the user). */
    public record Loaded(com.nexuscrm.domain.LeadScorer scorer, List<String> warnings) { }

    /** One saved version as listed in Settings: its card, or why it cannot be read. */
    public record Entry(String version, boolean active, ModelCard card, String problem) { }

    private final Path folder;
    private final String prefix;

    /** The lead models' registry. */
    public ModelRegistry(Path workspaceFolder) {
        this(workspaceFolder, "leads");
    }

    /** The registry of one kind of model ({@code leads}, {@code deals}): {@code DIR/models/KIND/KIND-vN/}. */
    public ModelRegistry(Path workspaceFolder, String kind) {
        this.folder = workspaceFolder.resolve("models").resolve(kind);
        this.prefix = kind + "-v";
    }

    /** Writes one model's files into a folder. */
    public interface ModelWriter {
        void writeTo(Path folder) throws IOException;
    }

    public Path folder() { return folder; }

    public synchronized String nextVersion() {
        int highest = 0;
        for (Path p : versionFolders()) {
            String name = p.getFileName().toString();
            try {
                highest = Math.max(highest, Integer.parseInt(name.substring(prefix.length())));
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
        return prefix + (highest + 1);
    }

    /** Saves a trained model under its version and makes it the active one. */
    public synchronized void saveAndActivate(LeadModel model) throws IOException {
        saveAndActivate(model.version(), model::save);
    }

    /** Saves any model's files under {@code version} (written aside, then moved in) and makes it the active one. */
    public synchronized void saveAndActivate(String version, ModelWriter writer) throws IOException {
        Path target = folder.resolve(version);
        Path temporary = folder.resolve(version + ".saving");
        deleteTree(temporary);
        writer.writeTo(temporary);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        activate(version);
    }

    /** The folders of the activated versions, the active one first: a caller tries them in turn. */
    public synchronized List<Path> activeFirst() {
        List<String> activations = new ArrayList<>(state().activations());
        java.util.Collections.reverse(activations);
        return activations.stream().map(folder::resolve).toList();
    }

    public synchronized void activate(String version) throws IOException {
        if (!Files.isDirectory(folder.resolve(version))) {
            throw new IOException("There is no model " + version + " in " + folder);
        }
        List<String> activations = new ArrayList<>(state().activations());
        activations.remove(version);
        activations.add(version);
        write(new State(activations));
    }

    /** Goes back to the version activated before the current one; false when there is none. */
    public synchronized boolean rollback() throws IOException {
        List<String> activations = new ArrayList<>(state().activations());
        if (activations.size() < 2) {
            return false;
        }
        activations.remove(activations.size() - 1);
        write(new State(activations));
        return true;
    }

    /** Stops using every saved version (they stay on disk and can be activated again): the kind's fallback is used. */
    public synchronized void deactivateAll() throws IOException {
        write(new State(List.of()));
    }

    public synchronized List<Entry> list() {
        String active = state().active();
        List<Entry> entries = new ArrayList<>();
        for (Path p : versionFolders()) {
            String version = p.getFileName().toString();
            try {
                ModelCard card = LeadModel.JSON.readValue(p.resolve(LeadModel.CARD).toFile(), ModelCard.class);
                entries.add(new Entry(version, version.equals(active), card, null));
            } catch (IOException e) {
                entries.add(new Entry(version, version.equals(active), null, "card.json cannot be read: " + e.getMessage()));
            }
        }
        return entries;
    }

    /** The newest loadable model in activation order, then the shipped default, then the rules prior. */
    public synchronized Loaded load(java.time.Clock clock) {
        List<String> warnings = new ArrayList<>();
        List<String> activations = state().activations();
        for (int i = activations.size() - 1; i >= 0; i--) {
            String version = activations.get(i);
            try {
                return new Loaded(new NetworkLeadScorer(LeadModel.load(folder.resolve(version)), clock), warnings);
            } catch (IOException e) {
                warnings.add("Lead model " + version + " could not be loaded (" + e.getMessage() + ")."
                        + (i > 0 ? " Using " + activations.get(i - 1) + " instead." : " Using the default model instead."));
            }
        }
        try {
            return new Loaded(new NetworkLeadScorer(loadDefault(), clock), warnings);
        } catch (IOException e) {
            warnings.add("The default lead model could not be loaded (" + e.getMessage() + "); scores use the rules-based prior.");
            return new Loaded(new RulesPrior(), warnings);
        }
    }

    /** The model shipped inside the app, trained on the sample workspace (models/README.md). */
    public static LeadModel loadDefault() throws IOException {
        Path temporary = Files.createTempDirectory("nexus-default-model");
        try {
            for (String file : List.of(LeadModel.NETWORK, LeadModel.FEATURES, LeadModel.CARD)) {
                try (InputStream in = ModelRegistry.class.getResourceAsStream(DEFAULT_RESOURCE + file)) {
                    if (in == null) {
                        throw new IOException("the app has no " + DEFAULT_RESOURCE + file);
                    }
                    Files.copy(in, temporary.resolve(file));
                }
            }
            return LeadModel.load(temporary);
        } finally {
            deleteTree(temporary);
        }
    }

    private State state() {
        Path file = folder.resolve(REGISTRY);
        if (!Files.exists(file)) {
            return new State(List.of());
        }
        try {
            return LeadModel.JSON.readValue(file.toFile(), State.class);
        } catch (IOException e) {
            // A damaged registry must not stop scoring: every saved version is still on disk, newest last.
            return new State(versionFolders().stream().map(p -> p.getFileName().toString()).toList());
        }
    }

    private void write(State state) throws IOException {
        Files.createDirectories(folder);
        Path temporary = folder.resolve(REGISTRY + ".tmp");
        LeadModel.JSON.writeValue(temporary.toFile(), state);
        Files.move(temporary, folder.resolve(REGISTRY), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> versionFolders() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isDirectory).filter(p -> p.getFileName().toString().matches(prefix + "\\d+"))
                    .sorted(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString().substring(prefix.length()))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
