package com.nexuscrm.cli;

import com.nexuscrm.usecase.Passphrases;

import com.nexuscrm.json.Json;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.SyncClient;
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
        try (WorkspaceStore store = workspace.open()) {
            SyncClient client = new SyncClient(server, Json.mapper());
            client.login(email, Passphrases.secret("NEXUS_SYNC_PASSWORD", "Team server password: "));
            SyncEngine.Round round = new SyncEngine(StoredReplica.of(store), client).syncOnce(new ConsoleProgress(System.err));
            System.out.println("synced with " + server + ": " + round);
            return 0;
        }
    }
}
