package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.User;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.usecase.SaveDeal;
import com.nexuscrm.usecase.Workspace;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conflicts inbox end to end, rescoping after a team change, revokes, and RESYNC_REQUIRED after
 * the tombstone purge: real workspaces, a real server over loopback, on H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncScopeAndConflictTest {
    private static final String PASSWORD = "scope test password";
    private static final char[] PASS = "workspace pass".toCharArray();

    List<ServerTargets.Kind> databases() {
        return ServerTargets.kinds();
    }

    /** A server with reps Rita and Sam in East, Wes in West and an admin, and one workspace per person. */
    private static final class World implements AutoCloseable {
        final ServerTargets.Target target;
        final ServerDatabase db;
        final TeamServer server;
        final Path dir;
        final Clock clock;
        final List<WorkspaceStore> stores = new ArrayList<>();

        World(ServerTargets.Kind kind) throws Exception {
            this(kind, Clock.systemUTC());
        }

        /** The server and every workspace's change stamps read {@code clock}. */
        World(ServerTargets.Kind kind, Clock clock) throws Exception {
            this.clock = clock;
            target = kind.fresh();
            db = ServerDatabase.open(target.url());
            server = new TeamServer(db, clock, Duration.ofHours(1)).start("127.0.0.1", 0);
            server.accounts().addUser("rita@example.com", "Rita", Role.REP, "East", PASSWORD.toCharArray());
            server.accounts().addUser("sam@example.com", "Sam", Role.REP, "East", PASSWORD.toCharArray());
            server.accounts().addUser("wes@example.com", "Wes", Role.REP, "West", PASSWORD.toCharArray());
            server.accounts().addUser("admin@example.com", "Ada", Role.ADMIN, null, PASSWORD.toCharArray());
            dir = Files.createTempDirectory("nexus-scope-test");
        }

        WorkspaceStore workspace(String name) {
            WorkspaceStore store = WorkspaceStore.create(dir.resolve(name), PASS, clock::millis);
            stores.add(store);
            return store;
        }

        SyncEngine engine(WorkspaceStore store, String email, int pageSize) {
            SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), Json.mapper());
            client.login(email, PASSWORD.toCharArray());
            return new SyncEngine(StoredReplica.of(store), client, Clock.systemUTC(), pageSize);
        }

        SyncEngine.Round sync(WorkspaceStore store, String email) {
            return engine(store, email, SyncEngine.DEFAULT_PAGE).syncOnce(Progress.NONE);
        }

        long count(String sql) throws Exception {
            try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws Exception {
            for (WorkspaceStore s : stores) {
                s.close();
            }
            server.close();
            db.close();
            target.cleanup().close();
            ServerTargets.deleteTree(dir);
        }
    }

    private static Deal deal(String name, int amount) {
        Deal deal = new Deal();
        deal.setName(name);
        deal.setAmount(new BigDecimal(amount));
        deal.setStage(DealStage.PROPOSAL);
        deal.setCurrency("EUR");
        deal.setCloseDate(java.time.LocalDate.of(2026, 12, 31));
        deal.setCreatedAt(java.time.Instant.parse("2026-11-01T09:00:00Z"));
        return deal;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aConflictIsShownOfflineResolvedByAPersonAndTheResolutionReachesEveryone(ServerTargets.Kind kind) throws Exception {
        try (World w = new World(kind)) {
            WorkspaceStore rita = w.workspace("rita");
            WorkspaceStore sam = w.workspace("sam");
            Deal deal = deal("Radium supply", 10_000);
            rita.repository(Deal.class).save(deal);
            w.sync(rita, "rita@example.com");
            w.sync(sam, "sam@example.com");

            Deal onRita = rita.repository(Deal.class).find(deal.getId()).orElseThrow();
            onRita.setAmount(new BigDecimal("12000.00"));
            rita.repository(Deal.class).save(onRita);
            Deal onSam = sam.repository(Deal.class).find(deal.getId()).orElseThrow();
            onSam.setAmount(new BigDecimal("15000.00"));
            sam.repository(Deal.class).save(onSam);
            w.sync(rita, "rita@example.com");
            SyncEngine.Round samRound = w.sync(sam, "sam@example.com");
            assertEquals(1, samRound.conflicts(), samRound.toString());

            SyncInbox samReplica = StoredReplica.of(sam).inbox();
            List<ConflictItem> inbox = samReplica.conflicts();
            assertEquals(1, inbox.size(), "the inbox is local: it works offline");
            ConflictItem conflict = inbox.get(0);
            assertEquals("amount", conflict.field());
            assertEquals("Radium supply", conflict.recordTitle());
            assertEquals(0, new BigDecimal(conflict.base()).compareTo(new BigDecimal(10_000)));
            assertEquals(0, new BigDecimal(conflict.theirs()).compareTo(new BigDecimal(12_000)));
            assertEquals(0, new BigDecimal(conflict.mine()).compareTo(new BigDecimal(15_000)));
            assertEquals(0, sam.repository(Deal.class).find(deal.getId()).orElseThrow().getAmount()
                    .compareTo(new BigDecimal(12_000)), "until resolved, the server value stands");

            IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                    () -> samReplica.resolve(conflict.id(), "fifteen grand"));
            assertTrue(typo.getMessage().contains("'fifteen grand' is not a valid amount"), typo.getMessage());

            samReplica.resolve(conflict.id(), "14000.50");
            assertTrue(samReplica.conflicts().isEmpty(), "a resolved conflict leaves the inbox at once");
            assertEquals(0, sam.repository(Deal.class).find(deal.getId()).orElseThrow().getAmount()
                    .compareTo(new BigDecimal("14000.50")), "and the record takes the value at once");
            assertEquals(0, sam.outbox().size(), "a resolution is not an ordinary edit");

            SyncEngine.Round sent = w.sync(sam, "sam@example.com");
            assertEquals(1, sent.resolved());
            w.sync(rita, "rita@example.com");
            assertEquals(0, rita.repository(Deal.class).find(deal.getId()).orElseThrow().getAmount()
                    .compareTo(new BigDecimal("14000.50")), "the resolution reached the other workstation");
            assertTrue(StoredReplica.of(rita).inbox().conflicts().isEmpty());
            assertEquals(1, w.count("select count(*) from sync_conflict where resolved = true and resolved_value like '14000.5%'"));
            assertEquals(1, w.count("select count(*) from field_history where kept = 'resolved' and new_value like '14000.5%'"));
        }
    }

    /**
     * Two reps move the same deal to different stages offline through SaveDeal: the stage is high-stakes, so the
     * second to sync gets a conflict in the Sync inbox; both history entries are kept on the server and on both
     * workstations; resolving works either way (first keeping theirs, then, on a second clash, keeping mine).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoRepsMovingTheSameDealOfflineGetAStageConflictAndKeepBothHistoryEntries(ServerTargets.Kind kind) throws Exception {
        try (World w = new World(kind)) {
            WorkspaceStore rita = w.workspace("rita");
            WorkspaceStore sam = w.workspace("sam");
            w.sync(rita, "rita@example.com");
            w.sync(sam, "sam@example.com");
            Deal deal = deal("Radium supply", 10_000);
            deal.setStage(DealStage.QUALIFICATION);
            saveDeal(rita).save(deal, user(rita, "rita@example.com"));
            w.sync(rita, "rita@example.com");
            w.sync(sam, "sam@example.com");

            ConflictItem first = clash(w, rita, sam, deal, DealStage.NEGOTIATION, DealStage.PROPOSAL);
            StoredReplica.of(sam).inbox().resolve(first.id(), first.theirs());
            settle(w, rita, sam, deal, DealStage.NEGOTIATION, 3);

            ConflictItem second = clash(w, rita, sam, deal, DealStage.PROPOSAL, DealStage.PROSPECTING);
            StoredReplica.of(sam).inbox().resolve(second.id(), second.mine());
            settle(w, rita, sam, deal, DealStage.PROSPECTING, 5);
            assertEquals(2, w.count("select count(*) from sync_conflict where resolved = true"));
        }
    }

    /** Rita and Sam move the deal offline, Rita syncs first: Sam's inbox holds one stage conflict, nothing lost. */
    private static ConflictItem clash(World w, WorkspaceStore rita, WorkspaceStore sam, Deal deal, DealStage ritas,
                                      DealStage sams) {
        saveDeal(rita).move(deal.getId(), ritas, user(rita, "rita@example.com"));
        saveDeal(sam).move(deal.getId(), sams, user(sam, "sam@example.com"));
        w.sync(rita, "rita@example.com");
        SyncEngine.Round round = w.sync(sam, "sam@example.com");
        assertEquals(1, round.conflicts(), round.toString());
        assertEquals(0, round.rejected(), "the history entries are new records, never refused: " + round);
        List<ConflictItem> inbox = StoredReplica.of(sam).inbox().conflicts();
        assertEquals(1, inbox.size(), inbox.toString());
        ConflictItem conflict = inbox.get(0);
        assertEquals("stage", conflict.field());
        assertEquals(ritas.name(), conflict.theirs());
        assertEquals(sams.name(), conflict.mine());
        assertEquals(ritas, sam.repository(Deal.class).find(deal.getId()).orElseThrow().getStage(),
                "until resolved, the server value stands");
        return conflict;
    }

    /** After the resolution syncs, both workstations show the chosen stage and every history entry either made. */
    private static void settle(World w, WorkspaceStore rita, WorkspaceStore sam, Deal deal, DealStage chosen,
                               int entries) throws Exception {
        assertEquals(1, w.sync(sam, "sam@example.com").resolved());
        w.sync(rita, "rita@example.com");
        for (WorkspaceStore store : List.of(rita, sam)) {
            assertEquals(chosen, store.repository(Deal.class).find(deal.getId()).orElseThrow().getStage());
            List<DealChange> history = store.repository(DealChange.class).findAll().stream()
                    .filter(c -> c.getDealId().equals(deal.getId())).toList();
            assertEquals(entries, history.size(), "the creation and both reps' moves: " + history.size());
            assertTrue(StoredReplica.of(store).inbox().conflicts().isEmpty());
            assertEquals(0, store.outbox().size());
        }
        assertEquals(entries, w.count("select count(*) from sync_record where entity = 'DealChange' and deleted = false"));
    }

    private static SaveDeal saveDeal(WorkspaceStore store) {
        return new SaveDeal(Workspace.over(store), Clock.systemUTC());
    }

    private static User user(WorkspaceStore store, String email) {
        return store.repository(User.class).findAll().stream().filter(u -> email.equals(u.getEmail())).findFirst()
                .orElseThrow(() -> new AssertionError(email + " has not synced the team's users"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aTeamChangeTakesAFreshSnapshotAndARejectedOfflineEditIsKept(ServerTargets.Kind kind) throws Exception {
        try (World w = new World(kind)) {
            WorkspaceStore sam = w.workspace("sam");
            WorkspaceStore wes = w.workspace("wes");
            Lead east = Leads.lead("Marie", "Curie", "Radium");
            sam.leads().save(east);
            Lead west = Leads.lead("Grace", "Hopper", "Navy");
            wes.leads().save(west);
            w.sync(sam, "sam@example.com");
            w.sync(wes, "wes@example.com");
            assertTrue(sam.leads().find(east.getId()).isPresent());
            assertFalse(sam.leads().find(west.getId()).isPresent(), "West's lead is not Sam's to see");

            Lead edited = sam.leads().find(east.getId()).orElseThrow();
            edited.setTitle("Professor");
            sam.leads().save(edited);
            w.server.accounts().moveUser("sam@example.com", "West");

            SyncEngine.Round round = w.sync(sam, "sam@example.com");
            assertTrue(round.snapshot(), round.toString());
            assertTrue(sam.leads().find(west.getId()).isPresent(), "the new team's records arrived");
            assertTrue(sam.leads().find(east.getId()).isEmpty(), "the old team's records left the workstation");
            List<RejectionItem> rejected = StoredReplica.of(sam).inbox().rejections();
            assertEquals(1, rejected.size(), "the offline edit of an old-team record is kept, with the reason");
            assertTrue(rejected.get(0).fields().contains("Professor"), rejected.get(0).fields());
            assertTrue(rejected.get(0).recordTitle().startsWith("Lead "), "the record left the workstation and the"
                    + " change named no person, so it is named by kind and id: " + rejected.get(0).recordTitle());
            assertEquals(0, sam.outbox().size());
            SyncEngine.Round next = w.sync(sam, "sam@example.com");
            assertFalse(next.snapshot(), "one snapshot per team change");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRecordMovedToAnotherTeamIsRevokedFromTheOldTeamsWorkstations(ServerTargets.Kind kind) throws Exception {
        try (World w = new World(kind)) {
            WorkspaceStore rita = w.workspace("rita");
            WorkspaceStore admin = w.workspace("admin");
            Lead lead = Leads.lead("Alan", "Turing", "Bletchley");
            rita.leads().save(lead);
            w.sync(rita, "rita@example.com");
            w.sync(admin, "admin@example.com");

            Lead moved = admin.leads().find(lead.getId()).orElseThrow();
            moved.setTeamId(admin.repository(com.nexuscrm.domain.Team.class).findAll().stream()
                    .filter(t -> t.getName().equals("West")).findFirst().orElseThrow().getId());
            moved.setOwnerId(null);
            admin.leads().save(moved);
            w.sync(admin, "admin@example.com");

            SyncEngine.Round round = w.sync(rita, "rita@example.com");
            assertEquals(1, round.revoked(), round.toString());
            assertTrue(rita.leads().find(lead.getId()).isEmpty(), "the lead left East's workstation");
            assertEquals(0, rita.outbox().size(), "dropping a revoked record is not a local delete");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aWorkstationOlderThanTheTombstoneRetentionTakesAFreshSnapshot(ServerTargets.Kind kind) throws Exception {
        MutableClock time = new MutableClock(Instant.now());
        try (World w = new World(kind, time)) {
            WorkspaceStore rita = w.workspace("rita");
            WorkspaceStore sam = w.workspace("sam");
            List<Lead> leads = List.of(Leads.lead("A", "One", "Acme"), Leads.lead("B", "Two", "Acme"), Leads.lead("C", "Three", "Acme"));
            rita.leads().saveAll(leads);
            w.sync(rita, "rita@example.com");
            w.sync(sam, "sam@example.com");
            rita.leads().delete(leads.get(1).getId());
            Lead after = Leads.lead("D", "Four", "Acme");
            rita.leads().save(after);
            w.sync(rita, "rita@example.com");
            time.advance(Duration.ofMillis(5)); // the tombstone is older than a retention of zero
            assertEquals(1, w.server.sync().purgeTombstones(Duration.ZERO));

            SyncEngine.Round round = w.sync(sam, "sam@example.com");
            assertTrue(round.snapshot(), "RESYNC_REQUIRED: " + round);
            assertTrue(sam.leads().find(leads.get(1).getId()).isEmpty(), "the purged deletion still applies");
            assertTrue(sam.leads().find(after.getId()).isPresent());
            assertEquals(3, sam.leads().count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aSnapshotCutShortResumesWhereItStopped(ServerTargets.Kind kind) throws Exception {
        try (World w = new World(kind)) {
            WorkspaceStore rita = w.workspace("rita");
            WorkspaceStore sam = w.workspace("sam");
            List<Lead> leads = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                leads.add(Leads.lead("L" + i, "Lead" + i, "Acme"));
            }
            rita.leads().saveAll(leads);
            w.sync(rita, "rita@example.com");
            w.sync(sam, "sam@example.com");
            w.server.accounts().moveUser("sam@example.com", "East");

            PulledPages real = StoredReplica.of(sam).pages();
            AtomicInteger pages = new AtomicInteger();
            LocalReplica crashing = ObservedReplica.failing(StoredReplica.of(sam), method ->
                    method.equals("applyPage") && pages.incrementAndGet() == 3
                            ? new IllegalStateException("power cut while applying page 3") : null);
            SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + w.server.port()), Json.mapper());
            client.login("sam@example.com", PASSWORD.toCharArray());
            assertThrows(IllegalStateException.class,
                    () -> new SyncEngine(crashing, client, Clock.systemUTC(), 10).syncOnce(Progress.NONE));
            assertTrue(real.resnapshotting(), "the unfinished snapshot is remembered");
            long cursor = real.pullCursor();
            assertTrue(cursor > 0, "two pages were committed");

            SyncEngine.Round resumed = w.engine(sam, "sam@example.com", 10).syncOnce(Progress.NONE);
            assertTrue(resumed.snapshot());
            assertFalse(real.resnapshotting());
            assertEquals(60, sam.leads().count(), "nothing was dropped by the cut-short snapshot");
        }
    }
}
