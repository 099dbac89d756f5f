package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.Ids;
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
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.MutationResult;
import com.nexuscrm.protocol.PushRequest;
import com.nexuscrm.protocol.PushResponse;
import com.nexuscrm.testing.Leads;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random interleavings of creates, edits, sync rounds, lost acknowledgements (the server committed a
 * push but the client never heard back), replayed pushes and crashes while applying a page, across
 * three workstations of team East and one of team West. Mixed in are raw pushes (through the HTTP API, as
 * a tool other than the workstation would send them) from East workstations with invalid or oversized
 * values and with inserts or moves into team West: each must be REJECTED with a reason naming the field
 * (or the team), and nothing of it may reach {@code sync_record}, {@code field_history} or the version
 * counter. Whatever the order, once everyone has synced:
 * <ul>
 *   <li>every workstation holds exactly the server's records of its scope, and nothing outside it;</li>
 *   <li>every edit anyone made is in the final state, in field history, or in a conflict;</li>
 *   <li>a replayed push changes nothing on the server;</li>
 *   <li>outboxes are empty, cursors never went back, and no record exists twice.</li>
 * </ul>
 */
class SyncConvergencePropertyTest {
    private static final String PASSWORD = "property password";
    private static final String[] TEAMS = {"East", "East", "East", "West"};
    private static final int CLIENTS = TEAMS.length;
    private static final String[] FIELDS = {"phone", "title", "status"};
    private static final String[][] VALUES = {
        {"+1 415 555 0100", "+1 415 555 0111", "+44 20 7946 0000", "+49 30 1234567"},
        {"CTO", "VP Sales", "Buyer", "Head of IT"},
        {LeadStatus.NEW.name(), LeadStatus.WORKING.name(), LeadStatus.NURTURE.name(), LeadStatus.QUALIFIED.name()}};
    private static final AtomicInteger OPERATIONS = new AtomicInteger();
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static final AtomicInteger EDITS_CHECKED = new AtomicInteger();
    private static final AtomicInteger INVALID_REFUSED = new AtomicInteger();
    private static final AtomicInteger CROSS_TEAM_REFUSED = new AtomicInteger();
    /** The invalid values raw pushes carry, the field each goes into, and the field the reason must name. */
    private static final String[] BAD_FIELDS = {"annualRevenue", "status", "firstName", "lastName", "employees", "createdAt",
        "lastName"};
    private static final String[] BAD_LABELS = {"annualRevenue \"abc\"", "status PWNED", "a 1,000,000-character firstName",
        "a NUL in lastName", "employees 1e20", "createdAt \"yesterday\"", "lastName null"};
    private static final ObjectMapper JSON = Json.mapper();

    private static ServerTargets.Target target;
    private static Path dir;
    private static ServerDatabase db;
    /** Stops the server (or the two instances and their proxy) of this run. */
    private static AutoCloseable servers;
    /** The two instances of the two-instance run (instance a, instance b), else empty. */
    static ServerProcess[] instances = {};
    /** What this run's summary line starts with. */
    private static String label;
    private static final List<WorkspaceStore> STORES = new ArrayList<>();
    private static final List<SyncClient> CLIENT_APIS = new ArrayList<>();
    private static final Map<String, UUID> TEAM_IDS = new TreeMap<>();
    private static final List<UUID> USER_IDS = new ArrayList<>();
    /** The client id raw pushes use (one per workstation): a tool beside the workstation, not its outbox. */
    private static final UUID RAW_CLIENT = Ids.newId();

    /** One step of a scenario. */
    sealed interface Op permits Create, Edit, Sync, LostAck, Replay, CrashMidPull, BadValue, CrossTeam { }

    record Create(int client) implements Op { }

    record Edit(int client, int lead, int field, int value) implements Op { }

    record Sync(int client) implements Op { }

    record LostAck(int client) implements Op { }

    record Replay(int client) implements Op { }

    record CrashMidPull(int client) implements Op { }

    /** An East workstation pushes a raw INSERT or UPDATE with invalid value {@code kind} (see BAD_FIELDS). */
    record BadValue(int client, int kind, int lead, boolean insert) implements Op { }

    /**
     * An East workstation pushes a raw mutation that places a record in West: an insert into team West (0),
     * an insert owned by the West rep (1), a move of an East lead to team West (2) or to the West rep (3).
     */
    record CrossTeam(int client, int kind, int lead) implements Op { }

    /** An edit a person made: it must survive somewhere. */
    record Made(UUID lead, String field, String value) { }

    @BeforeContainer
    static void start() throws Exception {
        List<ServerTargets.Kind> kinds = ServerTargets.kinds();
        target = kinds.get(kinds.size() - 1).fresh();
        db = ServerDatabase.open(target.url());
        TeamServer server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(2)).start("127.0.0.1", 0);
        servers = server;
        label = "sync property";
        connect(server.port());
    }

    /**
     * The same property against two {@code nexus server} instances on one fresh PostgreSQL schema, every
     * request going to the next instance through an {@link AlternatingProxy} (SyncTwoInstancesPropertyTest).
     */
    static void startTwoInstances(ServerTargets.Kind postgres) throws Exception {
        target = postgres.fresh();
        db = ServerDatabase.open(target.url()); // migrated before the instances start
        dir = Files.createTempDirectory("nexus-property");
        ServerProcess a = new ServerProcess(target.url(), SyncKillTest.freePort(), dir.resolve("server-a.log"));
        ServerProcess b = new ServerProcess(target.url(), SyncKillTest.freePort(), dir.resolve("server-b.log"));
        a.start();
        b.start();
        AlternatingProxy balancer = new AlternatingProxy(a.port, b.port);
        instances = new ServerProcess[] {a, b};
        servers = () -> {
            instances = new ServerProcess[] {};
            System.out.println("sync property on two instances: " + balancer);
            balancer.close();
            a.stop();
            b.stop();
        };
        label = "sync property on two instances";
        connect(balancer.port());
    }

    private static void connect(int port) throws Exception {
        if (dir == null) {
            dir = Files.createTempDirectory("nexus-property");
        }
        com.nexuscrm.server.Accounts accounts = new com.nexuscrm.server.Accounts(db.dataSource());
        for (int i = 0; i < CLIENTS; i++) {
            String email = "rep" + i + "@example.com";
            accounts.addUser(email, "Rep " + i, Role.REP, TEAMS[i], PASSWORD.toCharArray());
            WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws" + i), "property workspace".toCharArray());
            SyncClient api = new SyncClient(URI.create("http://127.0.0.1:" + port), Json.mapper());
            api.login(email, PASSWORD.toCharArray());
            STORES.add(store);
            CLIENT_APIS.add(api);
        }
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery("select name, id from team")) {
            while (rs.next()) {
                TEAM_IDS.put(rs.getString(1), rs.getObject(2, UUID.class));
            }
        }
        for (int i = 0; i < CLIENTS; i++) {
            try (Connection c = db.dataSource().getConnection();
                 PreparedStatement q = c.prepareStatement("select id from app_user where email = ?")) {
                q.setString(1, "rep" + i + "@example.com");
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    USER_IDS.add(rs.getObject(1, UUID.class));
                }
            }
        }
    }

    @AfterContainer
    static void stop() throws Exception {
        System.out.printf("%s: %d scenarios, %d operations, %d edits traced to the final state, history or"
                + " a conflict, %d invalid and %d cross-team pushes refused with nothing stored%n", label, TRIES.get(),
                OPERATIONS.get(), EDITS_CHECKED.get(), INVALID_REFUSED.get(), CROSS_TEAM_REFUSED.get());
        STORES.forEach(WorkspaceStore::close);
        servers.close();
        db.close();
        target.cleanup().close();
        ServerTargets.deleteTree(dir);
        // A second run in this JVM (the two-instance variant) starts from scratch.
        STORES.clear();
        CLIENT_APIS.clear();
        TEAM_IDS.clear();
        USER_IDS.clear();
        dir = null;
        for (AtomicInteger counter : List.of(OPERATIONS, TRIES, EDITS_CHECKED, INVALID_REFUSED, CROSS_TEAM_REFUSED)) {
            counter.set(0);
        }
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        Arbitrary<Integer> client = Arbitraries.integers().between(0, CLIENTS - 1);
        Arbitrary<Op> edit = Combinators.combine(client, Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, FIELDS.length - 1), Arbitraries.integers().between(0, 3)).as(Edit::new);
        Arbitrary<Integer> east = Arbitraries.integers().between(0, CLIENTS - 2);
        Arbitrary<Op> bad = Combinators.combine(east, Arbitraries.integers().between(0, BAD_FIELDS.length - 1),
                Arbitraries.integers().between(0, 20), Arbitraries.of(true, false)).as(BadValue::new);
        Arbitrary<Op> cross = Combinators.combine(east, Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 20)).as(CrossTeam::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, client.map(Create::new)), Tuple.of(8, edit), Tuple.of(3, client.map(Sync::new)),
                Tuple.of(1, client.map(LostAck::new)), Tuple.of(1, client.map(Replay::new)),
                Tuple.of(1, client.map(CrashMidPull::new)), Tuple.of(2, bad), Tuple.of(1, cross))
                .list().ofMinSize(6).ofMaxSize(30);
    }

    @Property(tries = 20, seed = "20261125")
    void everyInterleavingConvergesWithinScopeAndLosesNothing(@ForAll("scenarios") List<Op> scenario) throws Exception {
        TRIES.incrementAndGet();
        String tag = "T" + Long.toHexString(System.nanoTime());
        long[] cursors = new long[CLIENTS];
        List<Made> made = new ArrayList<>();
        for (Op op : scenario) {
            OPERATIONS.incrementAndGet();
            run(op, tag, cursors, made);
        }
        for (int round = 0; round < 2; round++) {
            for (int c = 0; c < CLIENTS; c++) {
                sync(c, cursors);
            }
        }
        Map<UUID, ServerLead> all = serverLeads(tag);
        for (int c = 0; c < CLIENTS; c++) {
            UUID team = TEAM_IDS.get(TEAMS[c]);
            Map<UUID, String> inScope = all.entrySet().stream().filter(e -> team.equals(e.getValue().team()))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().describe(), (x, y) -> x, TreeMap::new));
            assertEquals(inScope, localState(STORES.get(c), tag), "client " + c + " differs from the server within its scope");
            assertEquals(0, STORES.get(c).outbox().size(), "client " + c + " still has queued changes");
        }
        long created = scenario.stream().filter(o -> o instanceof Create).count();
        assertEquals(created, all.size(), "each created lead exists once on the server");
        for (Made m : made) {
            assertTrue(survives(m, all.get(m.lead())), "lost: " + m);
            EDITS_CHECKED.incrementAndGet();
        }
    }

    private void run(Op op, String tag, long[] cursors, List<Made> made) throws Exception {
        if (op instanceof Create c) {
            STORES.get(c.client()).leads().save(Leads.lead(tag, tag + "-" + UUID.randomUUID(), "Co"));
        } else if (op instanceof Edit e) {
            edit(e, tag, made);
        } else if (op instanceof Sync s) {
            sync(s.client(), cursors);
        } else if (op instanceof LostAck l) {
            roundWith(l.client(), "acknowledge");
        } else if (op instanceof Replay r) {
            replay(r.client());
        } else if (op instanceof CrashMidPull k) {
            roundWith(k.client(), "applyPage");
        } else if (op instanceof BadValue b) {
            badValue(b, tag);
        } else if (op instanceof CrossTeam x) {
            crossTeam(x, tag);
        }
    }

    private static JsonNode badValue(int kind) {
        return switch (kind) {
            case 0 -> TextNode.valueOf("abc");
            case 1 -> TextNode.valueOf("PWNED");
            case 2 -> TextNode.valueOf("N".repeat(1_000_000));
            case 3 -> TextNode.valueOf("Null\u0000Byte");
            case 4 -> DoubleNode.valueOf(1e20);
            case 5 -> TextNode.valueOf("yesterday");
            default -> NullNode.getInstance();
        };
    }

    /** A raw push of one invalid value: REJECTED naming the field, nothing stored. */
    private void badValue(BadValue b, String tag) throws Exception {
        String field = BAD_FIELDS[b.kind()];
        Mutation m;
        ServerRow target = b.insert() ? null : eastLead(tag, b.lead());
        if (target == null) {
            ObjectNode fields = JSON.valueToTree(Leads.lead(tag + "-bad", "Bad" + b.kind(), "Co"));
            fields.set(field, badValue(b.kind()));
            m = new Mutation(Ids.newId(), "Lead", Ids.newId(), "INSERT", fields, null, 0, Hlc.atMillis(System.currentTimeMillis()));
        } else {
            m = update(target, field, badValue(b.kind()));
        }
        String reason = refused(b.client(), m, BAD_LABELS[b.kind()] + (target == null ? " (insert)" : " (edit)"));
        assertTrue(reason.contains(field + ":"), "the reason for " + BAD_LABELS[b.kind()] + " names " + field + ": " + reason);
        INVALID_REFUSED.incrementAndGet();
    }

    /** A raw push placing a record in team West or with the West rep: REJECTED naming the team, nothing stored. */
    private void crossTeam(CrossTeam x, String tag) throws Exception {
        UUID west = TEAM_IDS.get("West");
        UUID westRep = USER_IDS.get(CLIENTS - 1);
        ServerRow target = x.kind() >= 2 ? eastLead(tag, x.lead()) : null;
        Mutation m;
        String what;
        if (target == null) {
            ObjectNode fields = JSON.valueToTree(Leads.lead(tag + "-cross", "Cross" + x.kind(), "Co"));
            if (x.kind() % 2 == 0) {
                fields.put("teamId", west.toString());
                what = "an insert into team West";
            } else {
                fields.put("teamId", TEAM_IDS.get("East").toString());
                fields.put("ownerId", westRep.toString());
                what = "an insert owned by the West rep";
            }
            m = new Mutation(Ids.newId(), "Lead", Ids.newId(), "INSERT", fields, null, 0, Hlc.atMillis(System.currentTimeMillis()));
        } else if (x.kind() == 2) {
            m = update(target, "teamId", TextNode.valueOf(west.toString()));
            what = "a move to team West";
        } else {
            m = update(target, "ownerId", TextNode.valueOf(westRep.toString()));
            what = "a move to the West rep";
        }
        String reason = refused(x.client(), m, what);
        assertTrue(reason.contains("team"), "the reason for " + what + " names the team: " + reason);
        CROSS_TEAM_REFUSED.incrementAndGet();
    }

    /** An UPDATE of one field based on the server's current copy (as a workstation in step would send it). */
    private static Mutation update(ServerRow target, String field, JsonNode value) {
        ObjectNode fields = JSON.createObjectNode().set(field, value);
        ObjectNode base = JSON.createObjectNode().set(field, target.fields().has(field) ? target.fields().get(field)
                : NullNode.getInstance());
        return new Mutation(Ids.newId(), "Lead", target.id(), "UPDATE", fields, base, target.version(),
                Hlc.atMillis(System.currentTimeMillis()));
    }

    /**
     * Pushes one mutation raw through the HTTP API; asserts it is REJECTED and that nothing changed on the
     * server (counter, records, history, conflicts, and the record's own row); returns the reason.
     */
    private static String refused(int client, Mutation m, String what) throws Exception {
        String before = serverFingerprint();
        String row = rowText(m.recordId());
        PushResponse response = CLIENT_APIS.get(client).push(new PushRequest(RAW_CLIENT, SyncEngine.SCHEMA_VERSION, List.of(m)));
        MutationResult result = response.results().get(0);
        assertEquals("REJECTED", result.status(), what + " was not refused: " + result);
        assertEquals(before, serverFingerprint(), what + " changed the server's tables");
        assertEquals(row, rowText(m.recordId()), what + " changed the record");
        return result.reason() == null ? "" : result.reason();
    }

    /** A server record: id, version and fields. */
    record ServerRow(UUID id, long version, ObjectNode fields) { }

    /** A live tagged lead of team East on the server (the n-th, modulo), or null when there is none yet. */
    private static ServerRow eastLead(String tag, int n) throws Exception {
        List<ServerRow> rows = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "select id, version, fields from sync_record where entity = 'Lead' and deleted = false and team_id = ?"
                        + " order by version")) {
            q.setObject(1, TEAM_IDS.get("East"));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ObjectNode fields = (ObjectNode) JSON.readTree(rs.getString(3));
                    if (tag.equals(fields.path("firstName").asText(null))) {
                        rows.add(new ServerRow(rs.getObject(1, UUID.class), rs.getLong(2), fields));
                    }
                }
            }
        }
        return rows.isEmpty() ? null : rows.get(n % rows.size());
    }

    /** The record's row as text (version, owner, team, fields), or "none". */
    private static String rowText(UUID id) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "select version, updated_at, owner_id, team_id, fields, (select count(*) from field_history h where"
                        + " h.record_id = r.id) from sync_record r where id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + "/" + rs.getString(4) + "/"
                        + rs.getString(5) + "/" + rs.getLong(6) : "none";
            }
        }
    }

    private void edit(Edit e, String tag, List<Made> made) {
        WorkspaceStore store = STORES.get(e.client());
        List<Lead> mine = store.leads().findAll().stream().filter(l -> tag.equals(l.getFirstName())).toList();
        if (mine.isEmpty()) {
            return;
        }
        Lead lead = mine.get(e.lead() % mine.size());
        String value = VALUES[e.field()][e.value()];
        switch (e.field()) {
            case 0 -> lead.setPhone(value);
            case 1 -> lead.setTitle(value);
            default -> lead.setStatus(LeadStatus.valueOf(value));
        }
        store.leads().save(lead);
        made.add(new Made(lead.getId(), FIELDS[e.field()], value));
    }

    private void sync(int client, long[] cursors) {
        LocalReplica replica = StoredReplica.of(STORES.get(client));
        new SyncEngine(replica, CLIENT_APIS.get(client)).syncOnce(Progress.NONE);
        long cursor = replica.pages().pullCursor();
        assertTrue(cursor >= cursors[client], "cursor went back on client " + client);
        cursors[client] = cursor;
    }

    /**
     * A round in which one replica call fails as a crash would: "acknowledge" (the server committed, the
     * answer was lost) or "applyPage" (the workstation died while applying a page). The outbox survives.
     */
    private void roundWith(int client, String failing) {
        LocalReplica crashing = ObservedReplica.failing(StoredReplica.of(STORES.get(client)), method ->
                method.equals(failing) ? new SyncException(SyncException.Kind.OFFLINE, failing + " cut short", null) : null);
        long queued = STORES.get(client).outbox().size();
        try {
            new SyncEngine(crashing, CLIENT_APIS.get(client)).syncOnce(Progress.NONE);
        } catch (SyncException expected) {
            if (failing.equals("acknowledge")) {
                assertEquals(queued, STORES.get(client).outbox().size(), "a lost answer must not lose the outbox");
            }
        }
    }

    /** Sends the client's queued batch twice: the second push must change nothing on the server. */
    private void replay(int client) throws Exception {
        ChangeOutbox outbox = StoredReplica.of(STORES.get(client)).outbox();
        List<Mutation> batch = PendingChange.mutations(outbox.pending(500));
        if (batch.isEmpty()) {
            return;
        }
        PushRequest request = new PushRequest(outbox.clientId(), SyncEngine.SCHEMA_VERSION, batch);
        PushResponse first = CLIENT_APIS.get(client).push(request);
        String before = serverFingerprint();
        PushResponse again = CLIENT_APIS.get(client).push(request);
        assertEquals(first, again, "a replay returns the stored results");
        assertEquals(before, serverFingerprint(), "a replay changes nothing");
    }

    private static String serverFingerprint() throws Exception {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select (select counter from version_counter), (select count(*) from field_history),"
                        + " (select count(*) from sync_conflict), (select count(*) from sync_record),"
                        + " (select coalesce(sum(version), 0) from sync_record)")) {
            rs.next();
            return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4) + "/" + rs.getLong(5);
        }
    }

    /** The edit's value is the field's final value, or field history or a conflict holds it. */
    private static boolean survives(Made m, ServerLead lead) throws Exception {
        if (lead != null && m.value().equals(lead.fields().path(m.field()).asText(null))) {
            return true;
        }
        try (Connection c = db.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(
                "select (select count(*) from field_history where record_id = ? and field = ? and (new_value = ? or old_value = ?))"
                        + " + (select count(*) from sync_conflict where record_id = ? and field = ? and client_value = ?)")) {
            q.setObject(1, m.lead());
            q.setString(2, m.field());
            q.setString(3, m.value());
            q.setString(4, m.value());
            q.setObject(5, m.lead());
            q.setString(6, m.field());
            q.setString(7, m.value());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    record ServerLead(UUID team, JsonNode fields) {
        String describe() {
            return SyncConvergencePropertyTest.describe(text("phone"), text("title"), text("status"));
        }

        private String text(String field) {
            return fields.hasNonNull(field) ? fields.get(field).asText() : "null";
        }
    }

    private static String describe(String phone, String title, Object status) {
        return phone + "|" + title + "|" + status;
    }

    private static Map<UUID, String> localState(WorkspaceStore store, String tag) {
        Predicate<Lead> tagged = l -> tag.equals(l.getFirstName());
        return store.leads().findAll().stream().filter(tagged)
                .collect(Collectors.toMap(Lead::getId, l -> describe(String.valueOf(l.getPhone()),
                        String.valueOf(l.getTitle()), l.getStatus()), (x, y) -> x, TreeMap::new));
    }

    /** Every live tagged lead on the server, read straight from its store. */
    private static Map<UUID, ServerLead> serverLeads(String tag) throws Exception {
        Map<UUID, ServerLead> leads = new TreeMap<>();
        Set<UUID> seen = new HashSet<>();
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select id, team_id, fields from sync_record where entity = 'Lead' and deleted = false")) {
            while (rs.next()) {
                JsonNode fields = JSON.readTree(rs.getString(3));
                UUID id = rs.getObject(1, UUID.class);
                assertTrue(seen.add(id), "a record exists twice: " + id);
                if (tag.equals(fields.path("firstName").asText(null))) {
                    leads.put(id, new ServerLead(rs.getObject(2, UUID.class), fields));
                }
            }
        }
        return leads;
    }
}
