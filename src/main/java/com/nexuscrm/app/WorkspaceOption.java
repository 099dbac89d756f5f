package com.nexuscrm.app;

import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workspace} option of headless commands, and opening it with the CLI passphrase. */
final class WorkspaceOption {
    @Option(names = "--workspace", description = "Workspace folder (default: the per-user data folder)")
    Path folder = WorkspaceLocator.defaultFolder();

    WorkspaceStore open() {
        return WorkspaceStore.open(folder, Passphrases.forCommand());
    }
}
