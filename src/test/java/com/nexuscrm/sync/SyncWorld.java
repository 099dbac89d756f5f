package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.Accounts;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.StoreProbe;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.testing.Leads;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

/**
 * The world of one fault scenario: a team server (in this JVM, or a child process the test manages),
 * the {@link FaultProxy} in front of it, workstations that sync through the proxy, and the suite's
 * invariants, checked against the server's own tables:
 * <ul>
 *   <li>nothing lost: every value a workstation wrote is in the server's record, in {@code field_history}
 *       or in {@code sync_conflict}, or in that workstation's {@code sync_rejection}; every record it
 *       created is on the server or rejected;</li>
 *   <li>nothing applied twice: one {@code push_log} row per mutation ever sent, versions unique, the
 *       version counter equal to the highest version;</li>
 *   <li>convergence: every workstation holds exactly the server's records, field by field (derived
 *       fields aside), with an empty outbox and its cursor at the server's last version.</li>
 * </ul>
 * Operations are counted honestly: every mutation the server answered, every record a workstation applied.
 */
final class SyncWorld implements AutoCloseable {
    static final String PASSWORD = "fault suite password";
    static final char[] PASSPHRASE = "fault suite workspace".toCharArray();
    private static final ObjectMapper JSON = Json.mapper();
    private static final Set<String> COLUMNS = Set.of("version", "updatedAt", "deleted", "ownerId", "teamId");

    private final Path dir;
    private DataSource serverDb;
    private final FaultProxy proxy;
    private final AutoCloseable shutdown;
    private final List<Station> stations = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private final Set<UUID> sentMutations = ConcurrentHashMap.newKeySet();
    private final AtomicLong operations = new AtomicLong();

    /** A workstation: its encrypted workspace and its API client (through the proxy). */
    record Station(String name, WorkspaceStore store, SyncClient api, LocalReplica replica, long[] lastCursor) { }

    /** A value or a record a workstation (by name) wrote, which must not get lost. */
    private record Expectation(String who, UUID recordId, String field, JsonNode value) { }

    /** {@code serverDb} may be null until {@link #useDatabase}: a child-process server owns its H2 file. */
    SyncWorld(Path dir, DataSource serverDb, int serverPort, AutoCloseable shutdown) throws Exception {
        this.dir = dir;
        this.serverDb = serverDb;
        this.proxy = new FaultProxy(serverPort);
        this.shutdown = shutdown;
    }

    /** A fresh database of the given kind with a team server on it, in this JVM. */
    static SyncWorld inProcess(ServerTargets.Kind kind, Path dir) throws Exception {
        return inProcess(kind, dir, Clock.systemUTC());
    }

    /** {@link #inProcess(ServerTargets.Kind, Path)} with a server that reads {@code serverClock}. */
    static SyncWorld inProcess(ServerTargets.Kind kind, Path dir, Clock serverClock) throws Exception {
        ServerTargets.Target target = kind.fresh();
        ServerDatabase db = ServerDatabase.open(target.url());
        TeamServer server = new TeamServer(db, serverClock, Duration.ofHours(2)).start("127.0.0.1", 0);
        return new SyncWorld(dir, db.dataSource(), server.port(), () -> {
            server.close();
            db.close();
            target.cleanup().close();
        });
    }

    /** Where the invariants read the server's tables. */
    void useDatabase(DataSource db) {
        this.serverDb = db;
    }

    /** The server's database, as the invariants read it. */
    DataSource serverDb() {
        return serverDb;
    }

    FaultProxy proxy() {
        return proxy;
    }

    long operations() {
        return operations.get();
    }

    /** A rep of team East with a new workspace whose clock reads the system clock. */
    Station station(String name) {
        return station(name, System::currentTimeMillis);
    }

    /** A rep of team East with a new workspace whose change stamps read {@code wallClock}. */
    Station station(String name, LongSupplier wallClock) {
        addUser(serverDb, name);
        return adopt(name, WorkspaceStore.create(dir.resolve(name), PASSPHRASE, wallClock));
    }

    /** Adds the rep {@code name}@example.com of team East to a server database. */
    static void addUser(DataSource db, String name) {
        new Accounts(db).addUser(name + "@example.com", name, Role.REP, "East", PASSWORD.toCharArray());
    }

    /** Takes an open workspace as the station {@code name} (replacing one of that name), logged in as its user. */
    Station adopt(String name, WorkspaceStore store) {
        Station station = new Station(name, store, api(store, name + "@example.com"), StoredReplica.of(store), new long[1]);
        stations.stream().filter(s -> s.name().equals(name)).findFirst().ifPresent(old -> {
            station.lastCursor()[0] = old.lastCursor()[0];
            stations.remove(old);
        });
        stations.add(station);
        return station;
    }

    Path folder(String name) {
        return dir.resolve(name);
    }

    /** Counts work done where the world could not see it (a child-process workstation). */
    void counted(long operationsDone) {
        operations.addAndGet(operationsDone);
    }

    /** A new logged-in API client through the proxy (the proxy must pass). */
    SyncClient api(WorkspaceStore store, String email) {
        SyncClient api = new SyncClient(URI.create("http://127.0.0.1:" + proxy.port()), Json.mapper());
        api.login(email, PASSWORD.toCharArray());
        return api;
    }

    /** One sync round; the cursor must never go back. */
    SyncEngine.Round sync(Station s) {
        try {
            return engine(s).syncOnce(Progress.NONE);
        } finally {
            long cursor = s.replica().pages().pullCursor();
            assertTrue(cursor >= s.lastCursor()[0], s.name() + ": cursor went back from " + s.lastCursor()[0] + " to " + cursor);
            s.lastCursor()[0] = cursor;
        }
    }

    SyncEngine engine(Station s) {
        return new SyncEngine(counting(s.replica()), s.api());
    }

    /** Counts what really crossed the wire and remembers every mutation id sent. */
    LocalReplica counting(LocalReplica replica) {
        return ObservedReplica.of(replica, new ObservedReplica.Observer() {
            @Override
            public void pending(List<PendingChange> batch) {
                batch.forEach(m -> sentMutations.add(m.opId()));
            }

            @Override
            public void acknowledged(List<PushAnswer> answers) {
                operations.addAndGet(answers.size());
            }

            @Override
            public void applied(PulledPage page) {
                operations.addAndGet(page.size());
            }
        });
    }

    /** Records mutation ids pushed outside the engine (replays), and counts their answers. */
    void sentDirectly(List<Mutation> mutations, int answered) {
        mutations.forEach(m -> sentMutations.add(m.mutationId()));
        operations.addAndGet(answered);
    }

    /** Remembers the record's current values of {@code fields}: they must survive somewhere. */
    void wrote(Station who, SyncedRecord record, String... fields) {
        ObjectNode values = JSON.valueToTree(record);
        for (String field : fields) {
            expectations.add(new Expectation(who.name(), record.getId(), field, values.get(field)));
        }
    }

    /** Queues {@code count} new leads on the station (one transaction) and remembers each. */
    List<Lead> createLeads(Station s, int count, String tag) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leads.add(Leads.lead(tag, tag + "-" + String.format("%04d", i), "Fault Works"));
        }
        s.store().leads().insertAll(leads);
        leads.forEach(l -> created(s, l));
        return leads;
    }

    /** Remembers a created record: it must reach the server or be rejected. */
    void created(Station who, SyncedRecord record) {
        expectations.add(new Expectation(who.name(), record.getId(), null, null));
    }

    /** Syncs every station twice (so each sees the others' last changes) and checks every invariant. */
    long settleAndCheck() {
        for (int round = 0; round < 2; round++) {
            stations.forEach(this::sync);
        }
        return check();
    }

    /** Checks every invariant without syncing; returns how many written values were lost (asserted 0). */
    long check() {
        Map<UUID, RecordChange> server = serverRecords();
        assertNothingAppliedTwice(server);
        for (Station s : stations) {
            assertConverged(s, server);
        }
        List<String> lost = lost(server);
        assertTrue(lost.isEmpty(), "lost: " + lost);
        return lost.size();
    }

    private void assertNothingAppliedTwice(Map<UUID, RecordChange> server) {
        Set<Long> versions = new HashSet<>();
        long max = 0;
        for (RecordChange r : server.values()) {
            assertTrue(versions.add(r.version()), "two records share version " + r.version());
            max = Math.max(max, r.version());
        }
        assertEquals(max, queryLong("select counter from version_counter where id = 1"),
                "the version counter is the highest version");
        assertEquals(sentMutations.size(), queryLong("select count(*) from push_log"),
                "one push_log row per mutation ever sent");
        Set<UUID> logged = queryIds("select mutation_id from push_log");
        assertEquals(sentMutations, logged, "every mutation sent was answered once");
    }

    private void assertConverged(Station s, Map<UUID, RecordChange> server) {
        assertEquals(0, s.store().outbox().size(), s.name() + ": outbox not empty");
        Map<UUID, ObjectNode> local = localRecords(s);
        Set<UUID> rejectedInserts = rejectedInserts(s);
        local.keySet().removeAll(rejectedInserts);
        assertEquals(server.keySet(), local.keySet(), s.name() + ": not the server's set of records");
        Map<UUID, Set<String>> refused = refusedFields(s);
        List<String> differences = new ArrayList<>();
        for (RecordChange r : server.values()) {
            ObjectNode mine = local.get(r.id());
            Set<String> names = new HashSet<>();
            mine.fieldNames().forEachRemaining(names::add);
            r.fields().fieldNames().forEachRemaining(names::add);
            names.remove("id");
            names.removeAll(SyncedRecord.DERIVED_FIELDS);
            for (String name : names) {
                JsonNode theirs = COLUMNS.contains(name) ? column(r, name) : r.fields().get(name);
                if (!same(mine.get(name), theirs) && !refused.getOrDefault(r.id(), Set.of()).contains(name)) {
                    differences.add(r.entity() + " " + r.id() + "." + name + ": local " + mine.get(name) + ", server " + theirs);
                }
            }
        }
        assertTrue(differences.isEmpty(), s.name() + " differs from the server in " + differences.size() + " fields: "
                + differences.subList(0, Math.min(5, differences.size())));
        long lastVersion = server.values().stream().mapToLong(RecordChange::version).max().orElse(0);
        assertEquals(lastVersion, s.replica().pages().pullCursor(), s.name() + ": cursor is not at the server's last version");
    }

    private static JsonNode column(RecordChange r, String name) {
        ObjectMapper json = new ObjectMapper();
        return switch (name) {
            case "version" -> json.valueToTree(r.version());
            case "updatedAt" -> json.valueToTree(r.updatedAt());
            case "deleted" -> json.valueToTree(r.deleted());
            case "ownerId" -> json.valueToTree(r.ownerId() == null ? null : r.ownerId().toString());
            default -> json.valueToTree(r.teamId() == null ? null : r.teamId().toString());
        };
    }

    /** The expectations found nowhere: not in the record, its field history, its conflicts or a rejection. */
    private List<String> lost(Map<UUID, RecordChange> server) {
        Map<UUID, List<String[]>> history = rows("select record_id, field, old_value, new_value from field_history");
        Map<UUID, List<String[]>> conflicts = rows("select record_id, field, client_value, server_value from sync_conflict");
        List<String> lost = new ArrayList<>();
        for (Expectation e : expectations) {
            Map<UUID, List<String[]>> rejected = rejections(stations.stream().filter(s -> s.name().equals(e.who()))
                    .findFirst().orElseThrow());
            boolean kept;
            if (e.field() == null) {
                kept = server.containsKey(e.recordId()) || rejected.containsKey(e.recordId());
            } else {
                String value = text(e.value());
                RecordChange r = server.get(e.recordId());
                kept = r != null && sameText(value, text(COLUMNS.contains(e.field()) ? column(r, e.field()) : r.fields().get(e.field())))
                        || mentions(history.get(e.recordId()), e.field(), value)
                        || mentions(conflicts.get(e.recordId()), e.field(), value)
                        || mentions(rejected.get(e.recordId()), e.field(), value);
            }
            if (!kept) {
                lost.add(e.who() + " " + e.recordId() + (e.field() == null ? " (created)" : "." + e.field() + "=" + e.value()));
            }
        }
        return lost;
    }

    private static boolean mentions(List<String[]> rows, String field, String value) {
        if (rows == null) {
            return false;
        }
        for (String[] row : rows) {
            if (field.equals(row[0]) && (sameText(value, row[1]) || sameText(value, row[2]))) {
                return true;
            }
        }
        return false;
    }

    /** The station's rejected mutations by record: field and value pairs from the kept fields. */
    private Map<UUID, List<String[]>> rejections(Station s) {
        Map<UUID, List<String[]>> found = new HashMap<>();
        StoreProbe.rejectedFields(s.store()).forEach((recordId, kept) -> {
            List<String[]> rows = found.computeIfAbsent(recordId, k -> new ArrayList<>());
            for (String json : kept) {
                JsonNode fields = parse(JSON, json);
                fields.fields().forEachRemaining(f -> rows.add(new String[] {f.getKey(), text(f.getValue()), null}));
            }
        });
        return found;
    }

    /**
     * When the server refuses an UPDATE, the workstation keeps it in {@code sync_rejection} and puts the
     * server's values back; only the record's local HLC ({@code updatedAt}, sync metadata) may still
     * differ until the record changes on the server. Any other difference fails.
     */
    private Map<UUID, Set<String>> refusedFields(Station s) {
        Map<UUID, Set<String>> fields = new HashMap<>();
        rejections(s).keySet().forEach(id -> fields.put(id, Set.of("updatedAt")));
        return fields;
    }

    private Set<UUID> rejectedInserts(Station s) {
        return StoreProbe.rejectedInserts(s.store());
    }

    /** Every synced record of the workspace, tombstones included, as its JSON. */
    static Map<UUID, ObjectNode> localRecords(Station s) {
        return localRecords(s.store());
    }

    static Map<UUID, ObjectNode> localRecords(WorkspaceStore store) {
        Map<UUID, ObjectNode> records = new HashMap<>();
        for (SyncedRecord r : StoreProbe.everyRecord(store)) {
            records.put(r.getId(), JSON.valueToTree(r));
        }
        return records;
    }

    /** The server's records, read from its own table. */
    Map<UUID, RecordChange> serverRecords() {
        return serverRecords(serverDb);
    }

    static Map<UUID, RecordChange> serverRecords(DataSource db) {
        ObjectMapper json = new ObjectMapper();
        Map<UUID, RecordChange> records = new HashMap<>();
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select entity, id, version, updated_at, deleted, owner_id, team_id, fields from sync_record")) {
            while (rs.next()) {
                UUID id = rs.getObject(2, UUID.class);
                records.put(id, new RecordChange(rs.getString(1), id, rs.getLong(3), rs.getLong(4), rs.getBoolean(5),
                        rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), (ObjectNode) parse(json, rs.getString(8))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return records;
    }

    /** How many records of one type the server holds (the team directory is synced too). */
    long count(String entity) {
        return serverRecords().values().stream().filter(r -> r.entity().equals(entity)).count();
    }

    long queryLong(String sql) {
        try (Connection c = serverDb.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Set<UUID> queryIds(String sql) {
        Set<UUID> ids = new HashSet<>();
        try (Connection c = serverDb.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return ids;
    }

    /** Rows of a server query whose first column is a record id, grouped by it: the other columns as text. */
    Map<UUID, List<String[]>> rows(String sql) {
        Map<UUID, List<String[]>> found = new HashMap<>();
        try (Connection c = serverDb.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[columns - 1];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 2);
                }
                found.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
        return found;
    }

    /** JSON values as the user sees them: a missing value is null, and 5, 5.0 and 5.00 are equal. */
    static boolean same(JsonNode a, JsonNode b) {
        return sameText(text(a), text(b));
    }

    static boolean sameText(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The server's text form of a value (as field_history and sync_conflict store it). */
    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node instanceof TextNode t ? t.textValue() : node.toString();
    }

    private static JsonNode parse(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            proxy.close();
            stations.forEach(s -> {
                try {
                    s.store().close();
                } catch (RuntimeException alreadyClosed) {
                    // a station whose workspace was handed to a child process
                }
            });
        } finally {
            shutdown.close();
        }
    }
}
