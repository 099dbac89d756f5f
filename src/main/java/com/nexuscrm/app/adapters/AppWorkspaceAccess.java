package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.usecase.CreateWorkspace;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.SyncControl;
import com.nexuscrm.ui.workspace.WorkspaceAccess;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Opens or creates the workspace folder given on the command line (or the default one). */
public final class AppWorkspaceAccess implements WorkspaceAccess {

    private final Path folder;
    private final CreateWorkspace.Seeder sampleSeeder;
    private final CreateWorkspace.Seeder emptySeeder;
    private final Consumer<WorkspaceStore> onOpen;
    private final Supplier<SyncControl> openSync;
    private final Connector connector;

    /** Connects the workspace {@code onOpen} received to a team server (see {@code SyncControl.connect}). */
    public interface Connector {
        void connect(URI server, String email, char[] password, Progress progress);
    }

    public AppWorkspaceAccess(Path folder, CreateWorkspace.Seeder sampleSeeder, CreateWorkspace.Seeder emptySeeder, Consumer<WorkspaceStore> onOpen,
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

    @Override
    public void create(char[] passphrase, boolean sample, Progress progress) {
        CreateWorkspace.build(folder, passphrase, sample ? sampleSeeder : emptySeeder, progress);
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

}
