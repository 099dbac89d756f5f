package com.nexuscrm.app;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.SyncControl;
import com.nexuscrm.ui.workspace.WorkspaceAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Opens or creates the workspace folder given on the command line (or the default one). */
final class AppWorkspaceAccess implements WorkspaceAccess {
    /** Fills a new workspace with sample data. */
    interface Seeder {
        void seed(WorkspaceStore store, Progress progress);
    }

    private final Path folder;
    private final Seeder sampleSeeder;
    private final Seeder emptySeeder;
    private final Consumer<WorkspaceStore> onOpen;
    private final Supplier<SyncControl> openSync;
    private final Connector connector;

    /** Connects the workspace {@code onOpen} received to a team server (see {@code SyncControl.connect}). */
    interface Connector {
        void connect(URI server, String email, char[] password, Progress progress);
    }

    AppWorkspaceAccess(Path folder, Seeder sampleSeeder, Seeder emptySeeder, Consumer<WorkspaceStore> onOpen,
                       Connector connector, Supplier<SyncControl> openSync) {
        this.folder = folder;
        this.sampleSeeder = sampleSeeder;
        this.emptySeeder = emptySeeder;
        this.onOpen = onOpen;
        this.connector = connector;
        this.openSync = openSync;
    }

    @Override
    public String location() {
        return folder.toAbsolutePath().toString();
    }

    @Override
    public boolean exists() {
        return WorkspaceStore.exists(folder);
    }

    @Override
    public void open(char[] passphrase, Progress progress) {
        onOpen.accept(WorkspaceStore.open(folder, passphrase));
    }

    /**
     * Builds the new workspace in a scratch folder beside the target and moves it in only when complete,
     * so a failed or cancelled creation never leaves a half-filled workspace behind.
     */
    @Override
    public void create(char[] passphrase, boolean sample, Progress progress) {
        buildAtomically(folder, passphrase, sample ? sampleSeeder : emptySeeder, progress);
        open(passphrase, progress);
    }

    @Override
    public void connect(URI server, String email, char[] password, Progress progress) {
        connector.connect(server, email, password, progress);
    }

    @Override
    public boolean linked() {
        return openSync.get().link().isPresent();
    }

    /** Creates and fills a workspace in a scratch folder, then moves it to {@code folder}; all or nothing. */
    static void buildAtomically(Path folder, char[] passphrase, Seeder seeder, Progress progress) {
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
