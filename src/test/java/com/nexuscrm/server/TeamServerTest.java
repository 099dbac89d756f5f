package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The team server over real HTTP on loopback, on H2 and (when configured) on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamServerTest {
    private static final String PASSWORD = "correct horse battery";
    private final ObjectMapper json = new ObjectMapper();
    List<ServerTargets.Kind> databases() {
        return ServerTargets.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void healthReportsDatabaseAndSchemaVersions(ServerTargets.Kind target) throws Exception {
        try (RunningServer r = RunningServer.start(target, LoginGuard.Policy.defaults())) {
            HttpResponse<String> response = r.http().get("/health", null);
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
        try (RunningServer r = RunningServer.start(target, LoginGuard.Policy.defaults())) {
            try (var c = r.db().dataSource().getConnection()) {
                c.createStatement().execute("alter table version_counter rename to version_counter_lost");
            }
            HttpResponse<String> response = r.http().get("/health", null);
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("degraded", json.readTree(response.body()).get("status").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void loginReturnsATokenThatIdentifiesTheUser(ServerTargets.Kind target) throws Exception {
        try (RunningServer r = RunningServer.start(target, LoginGuard.Policy.defaults())) {
            String email = ServerHttp.unique("rita");
            var id = r.server().accounts().addUser(email, "Rita Rep", Role.REP, "East", PASSWORD.toCharArray());
            String token = r.http().token(email.toUpperCase(), PASSWORD);
            HttpResponse<String> me = r.http().get("/auth/me", token);
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
        try (RunningServer r = RunningServer.start(target, LoginGuard.Policy.defaults())) {
            String email = ServerHttp.unique("max");
            r.server().accounts().addUser(email, "Max Manager", Role.MANAGER, "West", PASSWORD.toCharArray());
            HttpResponse<String> wrong = r.http().post("/auth/login", "{\"email\":\"" + email + "\",\"password\":\"nope\"}");
            HttpResponse<String> unknown = r.http().post("/auth/login", "{\"email\":\"nobody@example.com\",\"password\":\"nope\"}");
            assertEquals(401, wrong.statusCode());
            assertEquals(401, unknown.statusCode());
            assertEquals(json.readTree(wrong.body()), json.readTree(unknown.body()));
            assertEquals("UNAUTHORIZED", json.readTree(wrong.body()).get("code").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void missingForgedAndExpiredTokensAreRefused(ServerTargets.Kind target) throws Exception {
        try (RunningServer r = RunningServer.start(target, LoginGuard.Policy.defaults())) {
            String email = ServerHttp.unique("ada");
            r.server().accounts().addUser(email, "Ada Admin", Role.ADMIN, null, PASSWORD.toCharArray());
            String token = r.http().token(email, PASSWORD);
            assertEquals(401, r.http().get("/auth/me", null).statusCode());
            String forgedUser = com.nexuscrm.domain.Ids.newId() + token.substring(token.indexOf('.'));
            assertEquals(401, r.http().get("/auth/me", forgedUser).statusCode());
            String forgedExpiry = token.replaceFirst("\\.(\\d+)\\.", ".9999999999.");
            assertEquals(401, r.http().get("/auth/me", forgedExpiry).statusCode());
            assertEquals(200, r.http().get("/auth/me", token).statusCode());
            r.clock().advance(Duration.ofHours(13));
            HttpResponse<String> expired = r.http().get("/auth/me", token);
            assertEquals(401, expired.statusCode());
            assertTrue(json.readTree(expired.body()).get("message").asText().contains("expired"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void malformedRequestsGet400WithAReason(ServerTargets.Kind target) throws Exception {
        try (RunningServer r = RunningServer.start(target, LoginGuard.Policy.defaults())) {
            HttpResponse<String> broken = r.http().post("/auth/login", "{\"email\": ");
            assertEquals(400, broken.statusCode());
            assertEquals("MALFORMED_JSON", json.readTree(broken.body()).get("code").asText());
            HttpResponse<String> empty = r.http().post("/auth/login", "{}");
            assertEquals(400, empty.statusCode());
            assertEquals(404, r.http().get("/no/such/thing", null).statusCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void accountsRefuseDuplicatesAndWeakPasswords(ServerTargets.Kind target) throws Exception {
        try (RunningServer r = RunningServer.start(target, LoginGuard.Policy.defaults())) {
            Accounts accounts = r.server().accounts();
            String email = ServerHttp.unique("dup");
            accounts.addUser(email, "First", Role.REP, "East", PASSWORD.toCharArray());
            var duplicate = assertThrows(IllegalArgumentException.class,
                    () -> accounts.addUser(email, "Second", Role.REP, "East", PASSWORD.toCharArray()));
            assertTrue(duplicate.getMessage().contains("already exists"), duplicate.getMessage());
            var weak = assertThrows(IllegalArgumentException.class,
                    () -> accounts.addUser(ServerHttp.unique("weak"), "Weak", Role.REP, null, "short".toCharArray()));
            assertTrue(weak.getMessage().startsWith("password:"), weak.getMessage());
        }
    }
}
