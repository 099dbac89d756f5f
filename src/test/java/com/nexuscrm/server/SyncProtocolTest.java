package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Role;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Push and pull over real HTTP: merge rules, idempotency, scoping and refusals, on H2 and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncProtocolTest {
    private static final String PASSWORD = "sync test password";
    private final ObjectMapper json = new ObjectMapper();
    List<ServerTargets.Kind> databases() {
        return ServerTargets.kinds();
    }

    /** A server with two reps in team East, one in West, and an admin; each logged in. */
    private final class World implements AutoCloseable {
        final ServerDatabase db;
        final TeamServer server;
        final ServerHttp http;
        final String east1;
        final String east2;
        final String west;
        final String admin;
        final UUID clientA = Ids.newId();
        final UUID clientB = Ids.newId();
        final String suffix = Long.toHexString(System.nanoTime());

        final ServerTargets.Target target;

        World(ServerTargets.Kind kind) throws Exception {
            target = kind.fresh();
            db = ServerDatabase.open(target.url());
            server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", 0);
            http = new ServerHttp(server.port());
            east1 = user("east1", Role.REP, "East" + suffix);
            east2 = user("east2", Role.REP, "East" + suffix);
            west = user("west", Role.REP, "West" + suffix);
            admin = user("admin", Role.ADMIN, null);
        }

        private String user(String name, Role role, String team) throws Exception {
            String email = name + suffix + "@example.com";
            server.accounts().addUser(email, name, role, team, PASSWORD.toCharArray());
            HttpResponse<String> r = http.login(email, PASSWORD);
            return json.readTree(r.body()).get("token").asText();
        }

        JsonNode push(String token, UUID client, ObjectNode... mutations) throws Exception {
            HttpResponse<String> r = pushRaw(token, client, 1, mutations);
            assertEquals(200, r.statusCode(), r.body());
            return json.readTree(r.body()).get("results");
        }

        HttpResponse<String> pushRaw(String token, UUID client, int schema, ObjectNode... mutations) throws Exception {
            return http.send("POST", "/sync/push", token, ServerHttp.pushBody(client, schema, mutations));
        }

        JsonNode pull(String token, long cursor, int limit) throws Exception {
            HttpResponse<String> r = http.send("GET", "/sync/pull?cursor=" + cursor + "&limit=" + limit, token, null);
            assertEquals(200, r.statusCode(), r.body());
            return json.readTree(r.body());
        }

        /** The CRM records of a pull from 0, without the team directory (User and Team records). */
        List<JsonNode> crm(String token) throws Exception {
            List<JsonNode> records = new java.util.ArrayList<>();
            pull(token, 0, 1000).get("records").forEach(r -> {
                if (!Set.of("User", "Team").contains(r.get("entity").asText())) {
                    records.add(r);
                }
            });
            return records;
        }

        long count(String sql) throws Exception {
            try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            db.close();
            target.cleanup().close();
        }
    }

    private ObjectNode mutation(String entity, UUID id, String op, Map<String, Object> fields, Map<String, Object> base,
                                long baseVersion, long hlc) {
        ObjectNode m = json.createObjectNode().put("mutationId", Ids.newId().toString()).put("entity", entity)
                .put("recordId", id.toString()).put("op", op).put("baseVersion", baseVersion).put("hlc", hlc);
        m.set("fields", json.valueToTree("INSERT".equals(op) ? complete(entity, fields) : fields));
        m.set("baseValues", base == null ? null : json.valueToTree(base));
        return m;
    }

    /**
     * An insert as a workstation sends it: the server checks the domain's required fields, so a lead gets a
     * status and source and a deal a close date and currency unless the test sets them.
     */
    private static Map<String, Object> complete(String entity, Map<String, Object> fields) {
        Map<String, Object> all = new java.util.HashMap<>(switch (entity) {
            case "Lead" -> Map.of("status", "NEW", "source", "WEBSITE");
            case "Deal" -> Map.of("closeDate", "2027-01-29", "currency", "USD");
            default -> Map.<String, Object>of();
        });
        all.putAll(fields);
        return all;
    }

    private static long hlcAt(long offsetMillis) {
        return Hlc.atMillis(System.currentTimeMillis() + offsetMillis);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void insertIsVisibleToTheTeamOnlyAndReplaysChangeNothing(ServerTargets.Kind target) throws Exception {
        try (World w = new World(target)) {
            UUID lead = Ids.newId();
            ObjectNode insert = mutation("Lead", lead, "INSERT", Map.of("lastName", "Lovelace", "status", "NEW"), null, 0, hlcAt(0));
            JsonNode first = w.push(w.east1, w.clientA, insert);
            assertEquals("APPLIED", first.get(0).get("status").asText());
            long version = first.get(0).get("version").asLong();

            JsonNode replay = w.push(w.east1, w.clientA, insert);
            assertEquals(first, replay, "a replayed push returns the stored result");
            assertEquals(1, w.count("select count(*) from sync_record where entity not in ('User', 'Team')"));
            assertEquals(version, w.count("select counter from version_counter"));

            assertEquals(lead.toString(), w.crm(w.east2).get(0).get("id").asText());
            assertEquals(0, w.crm(w.west).size(), "another team sees nothing");
            assertEquals(1, w.crm(w.admin).size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void lowStakesFieldsTakeTheLaterClockAndKeepTheLoserInHistory(ServerTargets.Kind target) throws Exception {
        try (World w = new World(target)) {
            UUID lead = Ids.newId();
            w.push(w.east1, w.clientA, mutation("Lead", lead, "INSERT", Map.of("lastName", "Hopper", "phone", "+1 555 0100"), null, 0, hlcAt(0)));
            JsonNode a = w.push(w.east1, w.clientA, mutation("Lead", lead, "UPDATE", Map.of("phone", "+1 555 0111"),
                    Map.of("phone", "+1 555 0100"), 1, hlcAt(1000)));
            assertEquals("APPLIED", a.get(0).get("status").asText(), "fast-forward");
            JsonNode older = w.push(w.east2, w.clientB, mutation("Lead", lead, "UPDATE", Map.of("phone", "+1 555 0122"),
                    Map.of("phone", "+1 555 0100"), 1, hlcAt(500)));
            assertEquals("MERGED", older.get(0).get("status").asText(), "an older edit loses");
            JsonNode record = w.crm(w.admin).get(0);
            assertEquals("+1 555 0111", record.get("fields").get("phone").asText());
            JsonNode newer = w.push(w.east2, w.clientB, mutation("Lead", lead, "UPDATE", Map.of("phone", "+1 555 0133"),
                    Map.of("phone", "+1 555 0100"), 1, hlcAt(5000)));
            assertEquals("APPLIED", newer.get(0).get("status").asText(), "a later edit wins");
            assertEquals(1, w.count("select count(*) from field_history where kept = 'server' and new_value = '+1 555 0122'"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentAmountChangesOpenAConflictAndKeepTheServerValue(ServerTargets.Kind target) throws Exception {
        try (World w = new World(target)) {
            UUID deal = Ids.newId();
            w.push(w.east1, w.clientA, mutation("Deal", deal, "INSERT", Map.of("name", "Big deal", "amount", 100, "stage", "PROPOSAL"), null, 0, hlcAt(0)));
            w.push(w.east1, w.clientA, mutation("Deal", deal, "UPDATE", Map.of("amount", 200), Map.of("amount", 100), 1, hlcAt(100)));
            JsonNode b = w.push(w.east2, w.clientB, mutation("Deal", deal, "UPDATE", Map.of("amount", 300, "name", "Bigger deal"),
                    Map.of("amount", 100.00, "name", "Big deal"), 1, hlcAt(9000)));
            assertEquals("CONFLICT", b.get(0).get("status").asText());
            assertEquals("amount", b.get(0).get("conflictFields").get(0).asText());
            JsonNode fields = w.crm(w.admin).get(0).get("fields");
            assertEquals(200, fields.get("amount").asInt(), "the server value stays");
            assertEquals("Bigger deal", fields.get("name").asText(), "the fast-forward field still applies");
            assertEquals(1, w.count("select count(*) from sync_conflict where field = 'amount' and base_value = '100.0'"
                    + " and server_value = '200' and client_value = '300'"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anotherTeamsRecordCannotBeChangedOrCreated(ServerTargets.Kind target) throws Exception {
        try (World w = new World(target)) {
            UUID lead = Ids.newId();
            w.push(w.east1, w.clientA, mutation("Lead", lead, "INSERT", Map.of("lastName", "Curie"), null, 0, hlcAt(0)));
            JsonNode attack = w.push(w.west, w.clientB, mutation("Lead", lead, "UPDATE", Map.of("lastName", "Hacked"),
                    Map.of("lastName", "Curie"), 1, hlcAt(100)));
            assertEquals("REJECTED", attack.get(0).get("status").asText());
            String eastTeam = w.crm(w.east1).get(0).get("teamId").asText();
            JsonNode plant = w.push(w.west, w.clientB, mutation("Lead", Ids.newId(), "INSERT",
                    Map.of("lastName", "Planted", "teamId", eastTeam), null, 0, hlcAt(0)));
            assertEquals("REJECTED", plant.get(0).get("status").asText());
            JsonNode user = w.push(w.east1, w.clientA, mutation("User", Ids.newId(), "INSERT", Map.of("displayName", "Me"), null, 0, 0));
            assertEquals("REJECTED", user.get(0).get("status").asText());
            assertEquals("Curie", w.crm(w.admin).get(0).get("fields").get("lastName").asText());
            assertEquals(1, w.count("select count(*) from sync_record where entity not in ('User', 'Team')"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void malformedOversizedAndOutdatedPushesAreRefusedWhole(ServerTargets.Kind target) throws Exception {
        try (World w = new World(target)) {
            ObjectNode good = mutation("Lead", Ids.newId(), "INSERT", Map.of("lastName", "Ok"), null, 0, 0);
            ObjectNode unknown = mutation("Spaceship", Ids.newId(), "INSERT", Map.of("name", "x"), null, 0, 0);
            HttpResponse<String> r = w.pushRaw(w.east1, w.clientA, 1, good, unknown);
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("unknown entity type 'Spaceship'"), r.body());
            ObjectNode[] many = new ObjectNode[501];
            for (int i = 0; i < many.length; i++) {
                many[i] = mutation("Lead", Ids.newId(), "INSERT", Map.of("lastName", "N" + i), null, 0, 0);
            }
            assertEquals(400, w.pushRaw(w.east1, w.clientA, 1, many).statusCode());
            assertEquals(426, w.pushRaw(w.east1, w.clientA, 99, good).statusCode());
            assertEquals(401, w.pushRaw(null, w.clientA, 1, good).statusCode());
            assertEquals(400, w.http.send("POST", "/sync/push", w.east1, "{\"clientId\": ").statusCode());
            HttpResponse<String> badField = w.pushRaw(w.east1, w.clientA, 1, good,
                    mutation("Lead", Ids.newId(), "INSERT", Map.of("lastName; drop table sync_record", "x"), null, 0, 0));
            assertEquals(400, badField.statusCode());
            assertTrue(badField.body().contains("has no field 'lastName; drop table sync_record'"), badField.body());
            HttpResponse<String> badType = w.pushRaw(w.east1, w.clientA, 1,
                    mutation("Lead' or '1'='1", Ids.newId(), "INSERT", Map.of("lastName", "x"), null, 0, 0));
            assertEquals(400, badType.statusCode());
            ObjectNode sqlish = mutation("Lead", Ids.newId(), "INSERT", Map.of("lastName", "x'); drop table sync_record; --"), null, 0, 0);
            assertEquals("APPLIED", w.push(w.east1, w.clientA, sqlish).get(0).get("status").asText());
            assertEquals(1, w.count("select count(*) from sync_record where entity not in ('User', 'Team')"), "only the harmless SQL-looking text was stored");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pullPagesInVersionOrderAndCarriesTombstones(ServerTargets.Kind target) throws Exception {
        try (World w = new World(target)) {
            ObjectNode[] inserts = new ObjectNode[25];
            for (int i = 0; i < inserts.length; i++) {
                inserts[i] = mutation("Contact", Ids.newId(), "INSERT", Map.of("lastName", "C" + i), null, 0, hlcAt(0));
            }
            w.push(w.east1, w.clientA, inserts);
            UUID gone = UUID.fromString(inserts[3].get("recordId").asText());
            w.push(w.east1, w.clientA, mutation("Contact", gone, "DELETE", Map.of("deleted", true), Map.of("deleted", false), 4, hlcAt(10)));
            long cursor = 0;
            int seen = 0;
            int pages = 0;
            boolean more = true;
            while (more) {
                JsonNode page = w.pull(w.east2, cursor, 10);
                for (JsonNode r : page.get("records")) {
                    assertTrue(r.get("version").asLong() > cursor, "versions only go up");
                    cursor = r.get("version").asLong();
                    seen += r.get("entity").asText().equals("Contact") ? 1 : 0;
                    if (r.get("id").asText().equals(gone.toString())) {
                        assertTrue(r.get("deleted").asBoolean());
                    }
                }
                assertEquals(cursor, page.get("cursor").asLong());
                more = page.get("hasMore").asBoolean();
                pages++;
            }
            assertEquals(25, seen, "the deleted contact comes once, at its new version, as a tombstone");
            assertEquals(3, pages);
        }
    }
}
