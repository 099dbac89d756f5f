package com.nexuscrm.usecase;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.json.Json;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.sync.SyncEngine;
import java.net.URI;

/** {@code nexus sync}: logs in to a team server and runs one sync round (push, then pull) on the workspace. */
public final class SyncOnce {
    private final Workspace workspace;

    public SyncOnce(Workspace workspace) {
        this.workspace = workspace;
    }

    public SyncEngine.Round run(URI server, String email, char[] password, Progress progress) {
        SyncClient client = new SyncClient(server, Json.mapper());
        client.login(email, password);
        return new SyncEngine(StoredReplica.of(workspace.store()), client).syncOnce(progress);
    }
}
