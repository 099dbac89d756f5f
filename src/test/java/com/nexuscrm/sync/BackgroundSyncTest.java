package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background sync against a real server: connect, sync on change, offline with retry, expired login. */
class BackgroundSyncTest {
    private static final String PASSWORD = "background password";

    @TempDir
    Path dir;
    private ServerTargets.Target target;
    private ServerDatabase db;
    private TeamServer server;
    private WorkspaceStore store;
    private BackgroundSync sync;

    @BeforeEach
    void start() throws Exception {
        target = ServerTargets.kinds().get(0).fresh();
        db = ServerDatabase.open(target.url());
        server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", 0);
        server.accounts().addUser("rita@example.com", "Rita Levi", Role.REP, "East", PASSWORD.toCharArray());
        store = WorkspaceStore.create(dir.resolve("ws"), "workspace pass".toCharArray());
    }

    @AfterEach
    void stop() throws Exception {
        if (sync != null) {
            sync.close();
        }
        store.close();
        server.close();
        db.close();
        target.cleanup().close();
    }

    private BackgroundSync background() {
        return new BackgroundSync(StoredReplica.of(store), Json.mapper(), null, Clock.systemUTC(), Duration.ofHours(1)).start();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    private static SyncStatus await(SyncControl sync, Predicate<SyncStatus> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.test(sync.status())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("status never came: last was " + sync.status());
            }
            Thread.sleep(50);
        }
        return sync.status();
    }

    @Test
    void connectsSyncsOnChangeGoesOfflineAndRecovers() throws Exception {
        sync = background();
        assertEquals(SyncStatus.State.NOT_CONNECTED, sync.status().state());
        SyncException wrong = assertThrows(SyncException.class,
                () -> sync.connect(url(), "rita@example.com", "nope".toCharArray(), Progress.NONE));
        assertEquals(SyncException.Kind.UNAUTHORIZED, wrong.kind());
        assertTrue(sync.link().isEmpty(), "a failed login stores nothing");

        ServerLink link = sync.connect(url(), "rita@example.com", PASSWORD.toCharArray(), Progress.NONE);
        assertEquals("Rita Levi", link.displayName());
        assertEquals(SyncStatus.State.SYNCED, sync.status().state(), sync.status().message());
        assertEquals(link.userId(), new StoredDirectory(store).currentUser().getId(),
                "the server's user became the workspace's current user");

        Lead lead = Leads.lead("Lise", "Meitner", "KWI");
        store.leads().save(lead);
        await(sync, s -> store.leads().find(lead.getId()).orElseThrow().getVersion() > 0);
        await(sync, s -> s.state() == SyncStatus.State.SYNCED && s.pending() == 0 && s.lastSynced() != null);

        int port = server.port();
        server.close();
        Lead synced = store.leads().find(lead.getId()).orElseThrow();
        synced.setTitle("Physicist");
        store.leads().save(synced);
        SyncStatus offline = await(sync, s -> s.state() == SyncStatus.State.OFFLINE);
        assertTrue(offline.message().contains("Retrying at"), offline.message());
        assertEquals(1, offline.pending(), "the change waits in the outbox");

        server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", port);
        sync.syncNow();
        await(sync, s -> s.state() == SyncStatus.State.SYNCED && s.pending() == 0);
    }

    @Test
    void anExpiredLoginStopsTheRoundsUntilTheUserLogsInAgain() throws Exception {
        sync = background();
        sync.connect(url(), "rita@example.com", PASSWORD.toCharArray(), Progress.NONE);
        sync.close();
        StoredReplica.of(store).link().saveToken("not-a-valid-token");
        store.leads().save(Leads.lead("Emmy", "Noether", "Göttingen"));

        sync = background();
        assertEquals("rita@example.com", sync.link().orElseThrow().email(), "the link survives a restart");
        SyncStatus refused = await(sync, s -> s.state() == SyncStatus.State.ERROR);
        assertTrue(refused.message().contains("Log in again"), refused.message());
        sync.login(PASSWORD.toCharArray());
        await(sync, s -> s.state() == SyncStatus.State.SYNCED && s.pending() == 0);

        sync.disconnect();
        assertEquals(SyncStatus.State.NOT_CONNECTED, sync.status().state());
        assertTrue(StoredReplica.of(store).link().link().isEmpty());
        assertTrue(store.leads().count() > 0, "disconnecting keeps the local data");
    }
}
