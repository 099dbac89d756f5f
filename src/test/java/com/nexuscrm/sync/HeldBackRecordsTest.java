package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.Accounts;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.sync.SyncWorld.Station;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.MutationResult;
import com.nexuscrm.protocol.PushRequest;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.testing.Leads;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad values written straight into the team server's {@code sync_record} (bypassing its validation, as an
 * older server or someone with database access could), each with a fresh version from
 * {@code version_counter}: teammates' workstations (real {@link SyncEngine} rounds over real encrypted
 * workspaces) keep syncing every valid record pushed before and after, hold each bad record back with a
 * reason naming the field ({@link LocalReplica#heldBack()}), keep their last valid copy of a record whose
 * new version is bad, and apply an admin's later correction, which releases it from the held-back list.
 */
class HeldBackRecordsTest {
    private static final ObjectMapper JSON = Json.mapper();

    /** One bad value: the field, the JSON it gets, a label, and the valid value an admin corrects it to. */
    private record Bad(String field, JsonNode value, String label, JsonNode fix) { }

    private static final List<Bad> BAD = List.of(
            new Bad("annualRevenue", TextNode.valueOf("abc"), "annualRevenue \"abc\"", JSON.valueToTree(1_500_000)),
            new Bad("firstName", TextNode.valueOf("F".repeat(1_000_000)), "a 1,000,000-character firstName",
                    TextNode.valueOf("Fixed")),
            new Bad("status", TextNode.valueOf("PWNED"), "status PWNED", TextNode.valueOf("WORKING")),
            new Bad("employees", DoubleNode.valueOf(1e20), "employees 1e20", JSON.valueToTree(250)),
            new Bad("createdAt", TextNode.valueOf("yesterday"), "createdAt \"yesterday\"", TextNode.valueOf("2026-11-02T09:00:00Z")),
            new Bad("lastName", NullNode.getInstance(), "lastName null", TextNode.valueOf("Restored")),
            new Bad("lastName", TextNode.valueOf("Nul\u0000Byte"), "a NUL in lastName", TextNode.valueOf("NulByte")));

    @TempDir
    Path dir;

    static Stream<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void badRowsInTheServerStoreAreHeldBackAndTheRestSyncs(ServerTargets.Kind kind) throws Exception {
        long started = System.nanoTime();
        try (SyncWorld world = SyncWorld.inProcess(kind, dir)) {
            DataSource db = world.serverDb();
            Station ann = world.station("ann");
            Station ben = world.station("ben");
            List<Lead> before = world.createLeads(ann, 60, "Before");
            world.sync(ann);
            world.sync(ben);
            assertEquals(60, ben.store().leads().findAll().size(), "ben has the leads from before the attack");

            // The attack: each bad value once as a new version of a lead teammates already hold, once as a new record.
            UUID east = queryId(db, "select id from team where name = 'East'");
            UUID annId = queryId(db, "select id from app_user where email = 'ann@example.com'");
            Map<UUID, Bad> badById = new HashMap<>();
            Map<UUID, Long> heldOldVersion = new HashMap<>();
            for (int i = 0; i < BAD.size(); i++) {
                Bad bad = BAD.get(i);
                RecordChange current = world.serverRecords().get(before.get(i).getId());
                ObjectNode fields = current.fields().deepCopy();
                fields.set(bad.field(), bad.value());
                writeDirectly(db, current.id(), current.ownerId(), current.teamId(), fields, false);
                badById.put(current.id(), bad);
                heldOldVersion.put(current.id(), current.version());

                ObjectNode fresh = JSON.valueToTree(Leads.lead("Planted", "Planted" + i, "Bad Rows"));
                fresh.remove("id");
                fresh.put("ownerId", annId.toString());
                fresh.put("teamId", east.toString());
                fresh.set(bad.field(), bad.value());
                UUID id = Ids.newId();
                writeDirectly(db, id, annId, east, fresh, true);
                badById.put(id, bad);
            }

            List<Lead> after = world.createLeads(ann, 40, "After");
            for (int round = 0; round < 2; round++) {
                world.sync(ann);
                world.sync(ben);
            }

            Map<UUID, RecordChange> server = world.serverRecords();
            long lastVersion = server.values().stream().mapToLong(RecordChange::version).max().orElseThrow();
            for (Station s : List.of(ann, ben)) {
                assertEquals(0, s.store().outbox().size(), s.name() + ": outbox empty");
                assertEquals(lastVersion, s.replica().pages().pullCursor(), s.name() + ": the cursor passed the bad records");
                Map<UUID, ObjectNode> local = SyncWorld.localRecords(s);
                // Every valid record, before and after the attack, arrived intact.
                for (RecordChange r : server.values()) {
                    if (!badById.containsKey(r.id())) {
                        assertNotNull(local.get(r.id()), s.name() + " lacks the valid " + r.entity() + " " + r.id());
                        assertSameFields(s.name(), r, local.get(r.id()));
                    }
                }
                assertTrue(after.stream().allMatch(l -> local.containsKey(l.getId())), s.name() + ": leads pushed after arrived");
                // Each bad record is held back with a reason naming its field; nothing of it was applied.
                Map<UUID, HeldRecord> held = s.replica().inbox().heldBack().stream()
                        .collect(Collectors.toMap(HeldRecord::recordId, h -> h));
                assertEquals(badById.keySet(), held.keySet(), s.name() + ": the held-back list is exactly the bad records");
                for (Map.Entry<UUID, Bad> e : badById.entrySet()) {
                    HeldRecord h = held.get(e.getKey());
                    assertTrue(h.reason().contains(e.getValue().field() + ":"), s.name() + ": the reason for "
                            + e.getValue().label() + " names " + e.getValue().field() + ": " + h.reason());
                    assertEquals(server.get(e.getKey()).version(), h.version(), "held at the server's version");
                    ObjectNode mine = local.get(e.getKey());
                    if (heldOldVersion.containsKey(e.getKey())) {
                        assertNotNull(mine, s.name() + " keeps its last valid copy of " + e.getKey());
                        assertEquals(heldOldVersion.get(e.getKey()), mine.get("version").asLong(),
                                s.name() + " keeps the valid version of a record whose new version is bad");
                    } else {
                        assertFalse(local.containsKey(e.getKey()), s.name() + " stored the planted " + e.getValue().label());
                    }
                }
            }
            System.out.printf("held back on %s: %d bad rows (%s) held by 2 workstations with reasons naming the field;"
                    + " %d valid records synced around them%n", kind, badById.size(),
                    BAD.stream().map(Bad::label).collect(Collectors.joining(", ")),
                    server.size() - badById.size());

            // An admin corrects every bad record through the API: a valid new version replaces each and releases it.
            // In team East, so its own directory record is in the reps' scope (the world compares every server record).
            new Accounts(db).addUser("admin@example.com", "Admin", Role.ADMIN, "East", SyncWorld.PASSWORD.toCharArray());
            SyncClient admin = new SyncClient(URI.create("http://127.0.0.1:" + world.proxy().port()), JSON);
            admin.login("admin@example.com", SyncWorld.PASSWORD.toCharArray());
            List<Mutation> fixes = new ArrayList<>();
            for (Map.Entry<UUID, Bad> e : badById.entrySet()) {
                RecordChange r = server.get(e.getKey());
                Bad bad = e.getValue();
                fixes.add(new Mutation(Ids.newId(), "Lead", r.id(), "UPDATE", JSON.createObjectNode().set(bad.field(), bad.fix()),
                        JSON.createObjectNode().set(bad.field(), bad.value()), r.version(),
                        Hlc.atMillis(System.currentTimeMillis())));
            }
            List<MutationResult> results = admin.push(new PushRequest(Ids.newId(), SyncEngine.SCHEMA_VERSION, fixes)).results();
            world.sentDirectly(fixes, results.size());
            for (MutationResult r : results) {
                assertEquals("APPLIED", r.status(), "the admin's correction is accepted: " + r);
            }
            // Every station equals the server again (field by field), nothing lost, nothing applied twice.
            assertEquals(0, world.settleAndCheck());
            for (Station s : List.of(ann, ben)) {
                assertTrue(s.replica().inbox().heldBack().isEmpty(), s.name() + ": corrected records leave the held-back list: "
                        + s.replica().inbox().heldBack());
                Map<UUID, ObjectNode> local = SyncWorld.localRecords(s);
                for (Map.Entry<UUID, Bad> e : badById.entrySet()) {
                    assertTrue(SyncWorld.same(e.getValue().fix(), local.get(e.getKey()).get(e.getValue().field())),
                            s.name() + " applied the correction of " + e.getValue().label());
                }
            }
            System.out.printf("held back on %s: %d corrections applied and released on 2 workstations in %d ms%n", kind,
                    results.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void assertSameFields(String who, RecordChange server, ObjectNode local) {
        List<String> differences = new ArrayList<>();
        server.fields().fieldNames().forEachRemaining(name -> {
            if (!SyncedRecord.DERIVED_FIELDS.contains(name) && !Set.of("id", "version", "updatedAt").contains(name)
                    && !SyncWorld.same(server.fields().get(name), local.get(name))) {
                differences.add(name + ": server " + server.fields().get(name) + ", local " + local.get(name));
            }
        });
        assertTrue(differences.isEmpty(), who + " differs from the server on " + server.id() + ": " + differences);
        assertEquals(server.version(), local.get("version").asLong(), who + ": version of " + server.id());
    }

    /**
     * Writes a record straight into {@code sync_record} with the next version, as the server's own push does
     * (counter locked, bumped, written back in one transaction), but without any validation.
     */
    private static void writeDirectly(DataSource db, UUID id, UUID owner, UUID team, ObjectNode fields, boolean insert)
            throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long version;
            try (ResultSet rs = c.createStatement().executeQuery("select counter from version_counter where id = 1 for update")) {
                rs.next();
                version = rs.getLong(1) + 1;
            }
            String sql = insert
                    ? "insert into sync_record(version, updated_at, owner_id, team_id, fields, entity, deleted, id)"
                            + " values (?,?,?,?,?,'Lead',false,?)"
                    : "update sync_record set version = ?, updated_at = ?, owner_id = ?, team_id = ?, fields = ? where id = ?";
            try (PreparedStatement w = c.prepareStatement(sql)) {
                w.setLong(1, version);
                w.setLong(2, Hlc.atMillis(System.currentTimeMillis()));
                w.setObject(3, owner);
                w.setObject(4, team);
                w.setString(5, fields.toString());
                w.setObject(6, id);
                assertEquals(1, w.executeUpdate());
            }
            try (PreparedStatement u = c.prepareStatement("update version_counter set counter = ? where id = 1")) {
                u.setLong(1, version);
                u.executeUpdate();
            }
            c.commit();
        }
    }

    private static UUID queryId(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getObject(1, UUID.class);
        }
    }
}
