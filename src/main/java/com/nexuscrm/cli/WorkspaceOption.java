package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.Passphrases;
import com.nexuscrm.usecase.WorkspaceLocator;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workspace} option of headless commands, and opening it with the CLI passphrase. */
public final class WorkspaceOption {
    @Option(names = "--workspace", description = "Workspace folder (default: the per-user data folder)")
    public Path folder = WorkspaceLocator.defaultFolder();

    public Workspace open() {
        return Workspace.open(folder, Passphrases.forCommand());
    }
}
