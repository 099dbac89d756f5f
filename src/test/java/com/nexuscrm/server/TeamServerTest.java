package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Role;
import com.nexuscrm.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The team server over real HTTP on loopback, on H2 and (when configured) on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamServerTest {
    private static final String PASSWORD = "correct horse battery";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    List<ServerTargets.Kind> databases() {
        return ServerTargets.kinds();
    }

    /** A running server with one rep, plus the clock it reads (to expire tokens). */
    private record Running(TeamServer server, ServerDatabase db, MutableClock clock, ServerTargets.Target target)
            implements AutoCloseable {
        String base() {
            return "http://127.0.0.1:" + server.port();
        }

        @Override
        public void close() throws Exception {
            server.close();
            db.close();
            target.cleanup().close();
        }
    }

    private Running start(ServerTargets.Kind kind) throws Exception {
        ServerTargets.Target target = kind.fresh();
        ServerDatabase db = ServerDatabase.open(target.url());
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
        TeamServer server = new TeamServer(db, clock, Duration.ofHours(12)).start("127.0.0.1", 0);
        return new Running(server, db, clock, target);
    }

    private HttpResponse<String> get(Running r, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(r.base() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Running r, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(r.base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String login(Running r, String email, String password) throws Exception {
        HttpResponse<String> response = post(r, "/auth/login",
                json.writeValueAsString(java.util.Map.of("email", email, "password", password)));
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body()).get("token").asText();
    }

    private static String unique(String prefix) {
        return prefix + Long.toHexString(System.nanoTime()) + "@example.com";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void healthReportsDatabaseAndSchemaVersions(ServerTargets.Kind target) throws Exception {
        try (Running r = start(target)) {
            HttpResponse<String> response = get(r, "/health", null);
            assertEquals(200, response.statusCode());
            JsonNode body = json.readTree(response.body());
            assertEquals("ok", body.get("status").asText());
            assertEquals("ok", body.get("database").asText());
            assertEquals(TeamServer.SCHEMA_VERSION, body.get("schemaVersion").asInt());
        }
    }

    /** A store that still accepts connections but cannot answer a sync query is reported, not called ok. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void healthRunsARealQueryOnTheSyncTables(ServerTargets.Kind target) throws Exception {
        try (Running r = start(target)) {
            try (var c = r.db().dataSource().getConnection()) {
                c.createStatement().execute("alter table version_counter rename to version_counter_lost");
            }
            HttpResponse<String> response = get(r, "/health", null);
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("degraded", json.readTree(response.body()).get("status").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void loginReturnsATokenThatIdentifiesTheUser(ServerTargets.Kind target) throws Exception {
        try (Running r = start(target)) {
            String email = unique("rita");
            var id = r.server().accounts().addUser(email, "Rita Rep", Role.REP, "East", PASSWORD.toCharArray());
            String token = login(r, email.toUpperCase(), PASSWORD);
            HttpResponse<String> me = get(r, "/auth/me", token);
            assertEquals(200, me.statusCode(), me.body());
            JsonNode body = json.readTree(me.body());
            assertEquals(id.toString(), body.get("id").asText());
            assertEquals("REP", body.get("role").asText());
            assertNotEquals("null", body.get("teamId").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void wrongPasswordAndUnknownEmailGetTheSame401(ServerTargets.Kind target) throws Exception {
        try (Running r = start(target)) {
            String email = unique("max");
            r.server().accounts().addUser(email, "Max Manager", Role.MANAGER, "West", PASSWORD.toCharArray());
            HttpResponse<String> wrong = post(r, "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"nope\"}");
            HttpResponse<String> unknown = post(r, "/auth/login", "{\"email\":\"nobody@example.com\",\"password\":\"nope\"}");
            assertEquals(401, wrong.statusCode());
            assertEquals(401, unknown.statusCode());
            assertEquals(json.readTree(wrong.body()), json.readTree(unknown.body()));
            assertEquals("UNAUTHORIZED", json.readTree(wrong.body()).get("code").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void missingForgedAndExpiredTokensAreRefused(ServerTargets.Kind target) throws Exception {
        try (Running r = start(target)) {
            String email = unique("ada");
            r.server().accounts().addUser(email, "Ada Admin", Role.ADMIN, null, PASSWORD.toCharArray());
            String token = login(r, email, PASSWORD);
            assertEquals(401, get(r, "/auth/me", null).statusCode());
            String forgedUser = com.nexuscrm.domain.Ids.newId() + token.substring(token.indexOf('.'));
            assertEquals(401, get(r, "/auth/me", forgedUser).statusCode());
            String forgedExpiry = token.replaceFirst("\\.(\\d+)\\.", ".9999999999.");
            assertEquals(401, get(r, "/auth/me", forgedExpiry).statusCode());
            assertEquals(200, get(r, "/auth/me", token).statusCode());
            r.clock().advance(Duration.ofHours(13));
            HttpResponse<String> expired = get(r, "/auth/me", token);
            assertEquals(401, expired.statusCode());
            assertTrue(json.readTree(expired.body()).get("message").asText().contains("expired"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void malformedRequestsGet400WithAReason(ServerTargets.Kind target) throws Exception {
        try (Running r = start(target)) {
            HttpResponse<String> broken = post(r, "/auth/login", "{\"email\": ");
            assertEquals(400, broken.statusCode());
            assertEquals("MALFORMED_JSON", json.readTree(broken.body()).get("code").asText());
            HttpResponse<String> empty = post(r, "/auth/login", "{}");
            assertEquals(400, empty.statusCode());
            assertEquals(404, get(r, "/no/such/thing", null).statusCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void accountsRefuseDuplicatesAndWeakPasswords(ServerTargets.Kind target) throws Exception {
        try (Running r = start(target)) {
            Accounts accounts = r.server().accounts();
            String email = unique("dup");
            accounts.addUser(email, "First", Role.REP, "East", PASSWORD.toCharArray());
            var duplicate = assertThrows(IllegalArgumentException.class,
                    () -> accounts.addUser(email, "Second", Role.REP, "East", PASSWORD.toCharArray()));
            assertTrue(duplicate.getMessage().contains("already exists"), duplicate.getMessage());
            var weak = assertThrows(IllegalArgumentException.class,
                    () -> accounts.addUser(unique("weak"), "Weak", Role.REP, null, "short".toCharArray()));
            assertTrue(weak.getMessage().startsWith("password:"), weak.getMessage());
        }
    }
}
