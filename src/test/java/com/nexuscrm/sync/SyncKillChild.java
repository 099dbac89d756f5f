package com.nexuscrm.sync;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.json.Json;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * A workstation run in its own JVM by {@link SyncKillTest} and killed with SIGKILL at a point the parent
 * chooses: it syncs one round and prints a line before and after every step that touches the workspace
 * ({@code pushing k}, {@code acknowledged k n}, {@code applying k}, {@code applied k n cursor c}), so the
 * parent knows where it is and what must have been committed.
 *
 * <p>Arguments: workspace folder, server URL, email.
 */
public final class SyncKillChild {
    private SyncKillChild() { }

    public static void main(String[] args) {
        try (WorkspaceStore store = WorkspaceStore.open(Path.of(args[0]), SyncWorld.PASSPHRASE)) {
            LocalReplica replica = StoredReplica.of(store);
            System.out.println("cursor " + replica.pages().pullCursor());
            SyncClient api = new SyncClient(URI.create(args[1]), Json.mapper());
            api.login(args[2], SyncWorld.PASSWORD.toCharArray());
            SyncEngine.Round round = new SyncEngine(ObservedReplica.of(replica, new Announcing()), api).syncOnce(Progress.NONE);
            System.out.println("done " + round);
        }
    }

    /** Says what it is about to do and what it did, one line each. */
    private static final class Announcing implements ObservedReplica.Observer {
        private int batches;
        private int pages;

        @Override
        public void pending(List<PendingChange> batch) {
            if (!batch.isEmpty()) {
                System.out.println("pushing " + (batches + 1));
            }
        }

        @Override
        public void acknowledging(List<PushAnswer> answers) {
            System.out.println("acknowledging " + ++batches);
        }

        @Override
        public void acknowledged(List<PushAnswer> answers) {
            System.out.println("acknowledged " + batches + " " + answers.size());
        }

        @Override
        public void applying(PulledPage page) {
            System.out.println("applying " + ++pages);
        }

        @Override
        public void applied(PulledPage page) {
            System.out.println("applied " + pages + " " + page.size() + " cursor " + page.cursor());
        }
    }
}
