package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real encrypted workspaces syncing through a real team server over loopback HTTP. */
class SyncRoundTripTest {
    private static final String PASSWORD = "round trip password";
    private static final char[] PASS = "workspace pass".toCharArray();

    @TempDir
    Path dir;
    private ServerTargets.Target target;
    private ServerDatabase db;
    private TeamServer server;
    private WorkspaceStore a;
    private WorkspaceStore b;

    @BeforeEach
    void start() throws Exception {
        target = ServerTargets.kinds().get(ServerTargets.kinds().size() - 1).fresh();
        db = ServerDatabase.open(target.url());
        server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", 0);
        server.accounts().addUser("rita@example.com", "Rita", Role.REP, "East", PASSWORD.toCharArray());
        server.accounts().addUser("sam@example.com", "Sam", Role.REP, "East", PASSWORD.toCharArray());
        a = WorkspaceStore.create(dir.resolve("a"), PASS);
        b = WorkspaceStore.create(dir.resolve("b"), PASS);
    }

    @AfterEach
    void stop() throws Exception {
        a.close();
        b.close();
        server.close();
        db.close();
        target.cleanup().close();
    }

    private SyncEngine engine(WorkspaceStore store, String email) {
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), Json.mapper());
        client.login(email, PASSWORD.toCharArray());
        return new SyncEngine(StoredReplica.of(store), client);
    }

    private static Map<String, String> phones(WorkspaceStore store) {
        return store.leads().findAll().stream().collect(Collectors.toMap(Lead::getLastName,
                l -> String.valueOf(l.getPhone())));
    }

    @Test
    void changesTravelBothWaysAndConcurrentEditsConverge() {
        Lead ada = Leads.lead("Ada", "Lovelace", "Engines");
        a.leads().saveAll(List.of(ada, Leads.lead("Grace", "Hopper", "Navy"), Leads.lead("Alan", "Turing", "Bletchley")));
        ada.setStatus(LeadStatus.WORKING);
        a.leads().save(ada);

        SyncEngine.Round first = engine(a, "rita@example.com").syncOnce(Progress.NONE);
        assertEquals(4, first.pushed());
        assertEquals(4, first.applied(), first.toString());
        assertEquals(0, a.outbox().size());
        assertTrue(a.leads().find(ada.getId()).orElseThrow().getVersion() > 0, "the server version came back");

        SyncEngine.Round pulled = engine(b, "sam@example.com").syncOnce(Progress.NONE);
        assertEquals(6, pulled.pulled(), "three leads, and the team directory: two users and their team");
        assertEquals(0, b.outbox().size(), "applying server records captures nothing");
        assertEquals(LeadStatus.WORKING, b.leads().find(ada.getId()).orElseThrow().getStatus());

        Lead onA = a.leads().find(ada.getId()).orElseThrow();
        onA.setPhone("+44 20 7946 0001");
        a.leads().save(onA);
        Lead onB = b.leads().find(ada.getId()).orElseThrow();
        onB.setPhone("+44 20 7946 0002");
        onB.setTitle("Countess");
        b.leads().save(onB);

        engine(a, "rita@example.com").syncOnce(Progress.NONE);
        SyncEngine.Round second = engine(b, "sam@example.com").syncOnce(Progress.NONE);
        assertEquals(1, second.applied() + second.merged(), second.toString());
        engine(a, "rita@example.com").syncOnce(Progress.NONE);

        assertEquals(phones(a), phones(b), "both workspaces converge to the server's state");
        assertEquals("Countess", a.leads().find(ada.getId()).orElseThrow().getTitle(), "the untouched field merged in");
        assertEquals(0, a.outbox().size() + b.outbox().size());
    }

    @Test
    void pendingLocalEditsSurviveAPullOfOlderServerState() {
        Lead lead = Leads.lead("Marie", "Curie", "Radium");
        a.leads().save(lead);
        engine(a, "rita@example.com").syncOnce(Progress.NONE);
        engine(b, "sam@example.com").syncOnce(Progress.NONE);

        Lead onB = b.leads().find(lead.getId()).orElseThrow();
        onB.setCompany("Radium Institute");
        b.leads().save(onB);
        Lead onA = a.leads().find(lead.getId()).orElseThrow();
        onA.setTitle("Professor");
        a.leads().save(onA);
        engine(a, "rita@example.com").syncOnce(Progress.NONE);

        PulledPages replica = StoredReplica.of(b).pages();
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), Json.mapper());
        client.login("sam@example.com", PASSWORD.toCharArray());
        var page = client.pull(replica.pullCursor(), 100);
        replica.applyPage(PulledPage.of(page));
        Lead merged = b.leads().find(lead.getId()).orElseThrow();
        assertEquals("Professor", merged.getTitle(), "the server's change arrived");
        assertEquals("Radium Institute", merged.getCompany(), "the unpushed local edit is still there");
        assertEquals(1, b.outbox().size(), "and still waits to be pushed");
    }

    @Test
    void scoresStayLocalAndAreMarkedStaleWhenTheRecordChanges() {
        Lead lead = Leads.lead("Emmy", "Noether", "Erlangen");
        a.leads().save(lead);
        engine(a, "rita@example.com").syncOnce(Progress.NONE);
        engine(b, "sam@example.com").syncOnce(Progress.NONE);

        Lead scored = b.leads().find(lead.getId()).orElseThrow();
        scored.setScore(87);
        scored.setScoreModelVersion("leads-v3");
        b.leads().save(scored);
        assertEquals(0, b.outbox().size(), "a score is not a change to sync");

        Lead onA = a.leads().find(lead.getId()).orElseThrow();
        onA.setTitle("Professor");
        a.leads().save(onA);
        engine(a, "rita@example.com").syncOnce(Progress.NONE);
        engine(b, "sam@example.com").syncOnce(Progress.NONE);

        Lead after = b.leads().find(lead.getId()).orElseThrow();
        assertEquals("Professor", after.getTitle());
        assertEquals(87, after.getScore(), "the local score is kept");
        assertTrue(after.isScoreStale(), "and marked for recomputation");
    }

    @Test
    void anUnreachableServerLeavesTheOutboxAsItWas() {
        a.leads().save(Leads.lead("Nikola", "Tesla", "Wardenclyffe"));
        SyncEngine engine = engine(a, "rita@example.com");
        server.close();
        SyncException offline = assertThrows(SyncException.class, () -> engine.syncOnce(Progress.NONE));
        assertEquals(SyncException.Kind.OFFLINE, offline.kind());
        assertTrue(offline.getMessage().contains("stay queued"), offline.getMessage());
        assertEquals(1, a.outbox().size());
    }
}
