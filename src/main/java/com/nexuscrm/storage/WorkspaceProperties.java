package com.nexuscrm.storage;

import com.nexuscrm.storage.WorkspaceOpenException.Reason;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code DIR/workspace.properties}: the key salt (not secret, but without it nothing can be read), the
 * passphrase verifier, and the open generation (see {@link WorkspaceFile}). Saved through a temporary file
 * and an atomic move, so a crash never leaves it half written.
 */
final class WorkspaceProperties {
    static final String FILE = "workspace.properties";
    private static final String SALT = "salt";
    private static final String VERIFIER = "verifier";
    private static final String GENERATION = "generation";

    private final Path dir;
    private final Properties values;

    private WorkspaceProperties(Path dir, Properties values) {
        this.dir = dir;
        this.values = values;
    }

    /** New properties with a fresh salt and the verifier of the key derived from it. */
    static WorkspaceProperties fresh(Path dir) {
        Properties values = new Properties();
        values.setProperty("format", "1");
        values.setProperty(SALT, WorkspaceKey.newSalt());
        return new WorkspaceProperties(dir, values);
    }

    /** Reads the file; a missing or unreadable one is reported with what to do, and nothing is changed. */
    static WorkspaceProperties load(Path dir) {
        Path file = dir.resolve(FILE);
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            values.load(in);
        } catch (IOException e) {
            throw new WorkspaceOpenException(Reason.CORRUPTED, dir, "Cannot read " + file + " (" + e.getMessage()
                    + "). It holds the key salt, without which " + WorkspaceStore.databaseFile(dir) + " cannot be"
                    + " read: restore " + FILE + " (or the whole folder) from a backup of the workspace. Nothing"
                    + " was changed.", e);
        }
        if (values.getProperty(SALT, "").isBlank()) {
            throw new WorkspaceOpenException(Reason.CORRUPTED, dir, file + " has no key salt, so the workspace"
                    + " cannot be read: restore it (or the whole folder) from a backup. Nothing was changed.", null);
        }
        return new WorkspaceProperties(dir, values);
    }

    String salt() {
        return values.getProperty(SALT);
    }

    Optional<String> verifier() {
        return Optional.ofNullable(values.getProperty(VERIFIER));
    }

    void verifier(String verifier) {
        values.setProperty(VERIFIER, verifier);
    }

    /** The generation last recorded, or -1 for a workspace made before generations were kept. */
    long generation() {
        return Long.parseLong(values.getProperty(GENERATION, "-1"));
    }

    void generation(long generation) {
        values.setProperty(GENERATION, Long.toString(generation));
    }

    void save() throws IOException {
        Files.createDirectories(dir);
        Path part = dir.resolve(FILE + ".part");
        try (Writer out = Files.newBufferedWriter(part)) {
            values.store(out, "NexusCRM workspace: the salt is not secret, but without it the data cannot be read."
                    + " Back it up together with nexus.mv.db");
        }
        try {
            Files.move(part, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
