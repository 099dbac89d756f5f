package com.nexuscrm.usecase;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * A new workspace, empty or sample, as the first-run screen and {@code nexus init}/{@code nexus sample}
 * make it: built in a scratch folder beside the target and moved in only when complete, so a failed or
 * cancelled creation never leaves a half-filled workspace behind.
 */
public final class CreateWorkspace {
    /** Fills a new workspace (sample data, or just its owner). */
    @FunctionalInterface
    public interface Seeder {
        void seed(WorkspaceStore store, Progress progress);
    }

    private CreateWorkspace() { }

    public static void build(Path folder, char[] passphrase, Seeder seeder, Progress progress) {
        Path target = folder.toAbsolutePath().normalize();
        Path scratch = target.resolveSibling(target.getFileName() + ".creating");
        try {
            deleteScratch(scratch);
            try (WorkspaceStore store = WorkspaceStore.create(scratch, passphrase)) {
                seeder.seed(store, progress);
            }
            WorkspaceStore.moveInto(scratch, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the workspace in " + target + ": " + e.getMessage(), e);
        } finally {
            deleteScratch(scratch);
        }
    }

    private static void deleteScratch(Path scratch) {
        try (var files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (NoSuchFileException e) {
            // nothing to clean
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + scratch + ": " + e.getMessage(), e);
        }
    }
}
