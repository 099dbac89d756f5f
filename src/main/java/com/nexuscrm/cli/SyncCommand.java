package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.SyncOnce;
import com.nexuscrm.usecase.Passphrases;

import com.nexuscrm.sync.SyncEngine;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nexus sync}: one headless sync round of a workspace with a team server. */
@Command(name = "sync", description = "Push the workspace's queued changes to a team server and pull the team's.")
final class SyncCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--server", required = true, description = "Team server, e.g. http://crm.acme.local:8470")
    URI server;

    @Option(names = "--email", required = true, description = "Your team server login")
    String email;

    @Override
    public Integer call() {
        try (Workspace open = workspace.open()) {
            SyncEngine.Round round = new SyncOnce(open).run(server, email,
                    Passphrases.secret("NEXUS_SYNC_PASSWORD", "Team server password: "), new ConsoleProgress(System.err));
            System.out.println("synced with " + server + ": " + round);
            return 0;
        }
    }
}
