package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.Role;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.usecase.ConvertLead;
import com.nexuscrm.usecase.LogActivity;
import com.nexuscrm.usecase.MergeRecords;
import com.nexuscrm.usecase.Workspace;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lead conversion and merging across two real encrypted workspaces and a real team server on loopback (H2, and
 * PostgreSQL when NEXUS_TEST_PG_URL is set): the same lead converted on both while offline leaves one account
 * and a conflict in the second one's Sync inbox; a merge on one workstation is followed by the other.
 */
class ConversionAndMergeSyncTest {
    private static final String PASSWORD = "conversion sync password";
    private static final char[] PASS = "workspace pass".toCharArray();

    private ServerTargets.Target target;
    private ServerDatabase db;
    private TeamServer server;
    private WorkspaceStore a;
    private WorkspaceStore b;
    private Path dir;

    static Stream<ServerTargets.Kind> databases() {
        return ServerTargets.kinds().stream();
    }

    private void start(ServerTargets.Kind kind) throws Exception {
        dir = java.nio.file.Files.createTempDirectory("nexus-conversion-sync");
        target = kind.fresh();
        db = ServerDatabase.open(target.url());
        server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", 0);
        server.accounts().addUser("rita@example.com", "Rita", Role.REP, "East", PASSWORD.toCharArray());
        server.accounts().addUser("sam@example.com", "Sam", Role.REP, "East", PASSWORD.toCharArray());
        a = WorkspaceStore.create(dir.resolve("a"), PASS);
        b = WorkspaceStore.create(dir.resolve("b"), PASS);
    }

    @AfterEach
    void stop() throws Exception {
        if (a != null) {
            a.close();
            b.close();
            server.close();
            db.close();
            target.cleanup().close();
            ServerTargets.deleteTree(dir);
        }
    }

    private SyncEngine.Round sync(WorkspaceStore store, String email) {
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), Json.mapper());
        client.login(email, PASSWORD.toCharArray());
        return new SyncEngine(StoredReplica.of(store), client).syncOnce(Progress.NONE);
    }

    /** A qualified lead made on A and synced to both workstations. */
    private Lead sharedLead() {
        Lead lead = Leads.lead("Ada", "Lovelace", "Analytical Engines");
        lead.setDomain("engines.com");
        lead.setStatus(LeadStatus.QUALIFIED);
        a.leads().save(lead);
        sync(a, "rita@example.com");
        sync(b, "sam@example.com");
        return lead;
    }

    private static ConvertLead.Converted convert(WorkspaceStore store, Lead lead, UUID account, String amount, Instant at) {
        ConvertLead use = new ConvertLead(Workspace.over(store), Clock.fixed(at, java.time.ZoneOffset.UTC));
        return use.convert(new ConvertLead.Request(lead.getId(), account, "Analytical Engines", "Ada", "Lovelace",
                lead.getEmail(), null, null, new ConvertLead.DealDraft("Engines pilot", DealStage.PROPOSAL,
                        new BigDecimal(amount), LocalDate.of(2026, 6, 30))), null);
    }

    private static List<Account> liveAccounts(WorkspaceStore store) {
        return store.repository(Account.class).findAll().stream().filter(x -> !x.isDeleted()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSameLeadConvertedOnTwoOfflineWorkstationsGivesOneAccountAndAConflict(ServerTargets.Kind kind) throws Exception {
        start(kind);
        Lead lead = sharedLead();
        convert(a, lead, null, "10000", Instant.parse("2026-03-02T09:00:00Z"));
        convert(b, lead, null, "12000", Instant.parse("2026-03-02T09:05:00Z"));

        sync(a, "rita@example.com");
        SyncEngine.Round second = sync(b, "sam@example.com");
        sync(a, "rita@example.com");

        assertEquals(0, second.rejected(), second.toString());
        assertTrue(second.conflicts() >= 2, "the lead's conversion and the deal's amount: " + second);
        for (WorkspaceStore w : List.of(a, b)) {
            assertEquals(1, liveAccounts(w).size(), "one account, never two");
            assertEquals(1, w.repository(Contact.class).count());
            assertEquals(1, w.repository(Deal.class).count());
            assertEquals(0, w.outbox().size());
        }
        List<ConflictItem> conflicts = StoredReplica.of(b).inbox().conflicts();
        assertTrue(conflicts.stream().anyMatch(k -> k.recordId().equals(lead.getId()) && k.field().equals("convertedAt")),
                conflicts.toString());
        assertTrue(conflicts.stream().anyMatch(k -> k.field().equals("amount") && new BigDecimal(k.theirs()).intValue() == 10000
                && new BigDecimal(k.mine()).intValue() == 12000), conflicts.toString());
        Deal onB = b.repository(Deal.class).findAll().get(0);
        assertEquals(0, new BigDecimal("10000").compareTo(onB.getAmount()), "the first conversion's deal stands until resolved");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAccountMatchedOnOneSideAndCreatedOnTheOtherStaysOneAccount(ServerTargets.Kind kind) throws Exception {
        start(kind);
        Lead lead = sharedLead();
        Account existing = accountOnlyAKnows();
        convert(a, lead, existing.getId(), "10000", Instant.parse("2026-03-02T09:00:00Z"));
        ConvertLead.Converted onB = convert(b, lead, null, "10000", Instant.parse("2026-03-02T09:05:00Z"));
        assertTrue(onB.accountCreated(), "B did not know the account and made one");

        sync(a, "rita@example.com");
        SyncEngine.Round second = sync(b, "sam@example.com");
        sync(a, "rita@example.com");

        for (WorkspaceStore w : List.of(a, b)) {
            assertEquals(List.of(existing.getId()), liveAccounts(w).stream().map(Account::getId).toList(), "one account");
            assertEquals(existing.getId(), w.repository(Contact.class).findAll().get(0).getAccountId());
            assertEquals(existing.getId(), w.leads().find(lead.getId()).orElseThrow().getConvertedAccountId());
        }
        assertEquals(1, second.rejected(), "the second account was refused: " + second);
        SyncInbox inbox = StoredReplica.of(b).inbox();
        assertTrue(inbox.rejections().get(0).reason().contains("already converted on another workstation"),
                inbox.rejections().toString());
        ConflictItem link = inbox.conflicts().stream().filter(k -> k.field().equals("convertedAccountId")).findFirst()
                .orElseThrow(() -> new AssertionError(inbox.conflicts().toString()));
        SyncClient samClient = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), Json.mapper());
        samClient.login("sam@example.com", PASSWORD.toCharArray());
        com.nexuscrm.protocol.ResolveResponse.Result keepMine = samClient.resolve(new com.nexuscrm.protocol.ResolveRequest(
                List.of(new com.nexuscrm.protocol.Resolution(link.id(), Json.mapper().getNodeFactory().textNode(link.mine())))))
                .results().get(0);
        assertEquals("REJECTED", keepMine.status(), "keep mine would point the lead at an account the server never kept");
        assertTrue(keepMine.reason().contains("converted on another workstation first"), keepMine.reason());
        assertEquals(1, liveAccountsOnServer(), "one account on the server");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAccountCreatedByTheFirstToSyncIsFoldedIntoTheAccountTheOtherMatched(ServerTargets.Kind kind) throws Exception {
        start(kind);
        Lead lead = sharedLead();
        Account existing = accountOnlyAKnows();
        convert(a, lead, existing.getId(), "10000", Instant.parse("2026-03-02T09:00:00Z"));
        ConvertLead.Converted onB = convert(b, lead, null, "10000", Instant.parse("2026-03-02T09:05:00Z"));
        assertTrue(onB.accountCreated(), "B did not know the account and made one");
        UUID made = onB.account().getId();

        sync(b, "sam@example.com");
        SyncEngine.Round second = sync(a, "rita@example.com");
        sync(b, "sam@example.com");

        assertEquals(0, second.rejected(), second.toString());
        assertEquals(1, liveAccountsOnServer(), "one account on the server");
        for (WorkspaceStore w : List.of(a, b)) {
            assertEquals(List.of(existing.getId()), liveAccounts(w).stream().map(Account::getId).toList(), "one account");
            assertEquals(existing.getId(), w.repository(Contact.class).findAll().get(0).getAccountId());
            assertEquals(existing.getId(), w.repository(Deal.class).findAll().get(0).getAccountId());
            assertEquals(existing.getId(), w.leads().find(lead.getId()).orElseThrow().getConvertedAccountId());
            assertEquals(0, w.outbox().size());
        }
        Account folded = b.repository(Account.class).find(made).orElseThrow();
        assertTrue(folded.isDeleted(), "the account B made is a tombstone on B");
        assertEquals(existing.getId(), folded.getMergedInto(), "pointing at the account A matched");
        List<ConflictItem> conflicts = StoredReplica.of(a).inbox().conflicts();
        assertTrue(conflicts.stream().anyMatch(k -> k.recordId().equals(lead.getId()) && k.field().equals("convertedAt")),
                "the second conversion is a conflict in the inbox: " + conflicts);
    }

    /** An account for the lead's company that workstation A has and B has never seen. */
    private Account accountOnlyAKnows() {
        Account existing = new Account();
        existing.setName("Analytical Engines Ltd");
        existing.setDomain("engines.com");
        existing.setCreatedAt(Instant.parse("2026-03-01T09:00:00Z"));
        return a.repository(Account.class).save(existing);
    }

    private long liveAccountsOnServer() throws Exception {
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "select count(*) from sync_record where entity = 'Account' and deleted = false")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMergeOnOneWorkstationIsFollowedByTheOther(ServerTargets.Kind kind) throws Exception {
        start(kind);
        Lead keep = Leads.lead("Grace", "Hopper", "Navy");
        Lead other = Leads.lead("Grace", "Hopper", "Navy");
        other.setTitle("Rear Admiral");
        a.leads().saveAll(List.of(keep, other));
        sync(a, "rita@example.com");
        com.nexuscrm.domain.User rita = a.repository(com.nexuscrm.domain.User.class).findAll().stream()
                .filter(u -> u.getEmail().equals("rita@example.com")).findFirst().orElseThrow();
        Activity note = new LogActivity(Workspace.over(a), Clock.systemUTC()).log(LogActivity.Draft.of(ActivityType.NOTE,
                "Met at the conference", RecordRef.lead(other.getId()), null), rita);
        sync(a, "rita@example.com");
        sync(b, "sam@example.com");
        assertEquals(2, b.leads().findAll().stream().filter(l -> !l.isDeleted()).count());

        new MergeRecords(Workspace.over(a)).merge(new MergeRecords.Plan(RecordRef.lead(keep.getId()),
                RecordRef.lead(other.getId()), Map.of("title", MergeRecords.Pick.OTHER)));
        sync(a, "rita@example.com");
        sync(b, "sam@example.com");

        Lead survivor = b.leads().find(keep.getId()).orElseThrow();
        assertEquals("Rear Admiral", survivor.getTitle());
        Lead loser = b.leads().find(other.getId()).orElseThrow();
        assertTrue(loser.isDeleted(), "the loser is a tombstone on B too");
        assertEquals(keep.getId(), loser.getMergedInto());
        assertEquals(keep.getId(), b.activities().find(note.getId()).orElseThrow().getLeadId(), "the note moved on B");
        assertEquals(0, b.outbox().size());
    }
}
