package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.CreateWorkspace;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.usecase.Passphrases;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus init}: an empty workspace for imports and sync, as the window's "Empty workspace" makes. */
@Command(name = "init", description = "Create an empty encrypted workspace.")
final class InitCommand implements Callable<Integer> {
    @Option(names = "--workspace", required = true, description = "New workspace folder")
    Path workspace;

    @Override
    public Integer call() {
        if (Workspace.exists(workspace)) {
            throw new IllegalArgumentException("A workspace already exists in " + workspace.toAbsolutePath()
                    + "; nothing was changed.");
        }
        CreateWorkspace.build(workspace, Passphrases.forCommand(), EmptyWorkspace.seeder(),
                new ConsoleProgress(System.err));
        System.out.println("empty workspace created in " + workspace.toAbsolutePath());
        return 0;
    }
}
