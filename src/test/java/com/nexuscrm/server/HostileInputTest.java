package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.json.TeamSettingJson;
import com.nexuscrm.protocol.WireRecords;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A logged-in rep, another team's rep and an anonymous peer send what hurts most: wrong types, huge
 * values, control characters, other teams' ids, reused mutation ids, oversized and chunked bodies, broken
 * JSON and HTTP. Every attempt must be refused in the one error shape or as a REJECTED mutation with
 * its reason; nothing of it may be stored; the server never answers 5xx; and a teammate's full pull
 * still returns only records that a workstation accepts ({@link WireRecords}). Runs on H2 and, when
 * configured, PostgreSQL; the class prints one line for both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    private static final String PASSWORD = "hostile test password";
    private static final AtomicInteger ATTEMPTS = new AtomicInteger();
    private static final AtomicInteger STORED = new AtomicInteger();
    private static final AtomicInteger CRASHED = new AtomicInteger();
    private static final AtomicInteger STOPPED = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    List<ServerTargets.Kind> databases() {
        return ServerTargets.kinds();
    }

    @AfterAll
    static void summary() {
        System.out.printf("hostile suite: %d attempts, %d stored, %d crashed, %d stopped a teammate's sync%n",
                ATTEMPTS.get(), STORED.get(), CRASHED.get(), STOPPED.get());
        assertEquals(0, STORED.get() + CRASHED.get() + STOPPED.get(), "no hostile attempt may be stored, crash or stop a sync");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void everyHostileRequestIsRefusedWithNothingStored(ServerTargets.Kind kind) throws Exception {
        try (Hostiles h = new Hostiles(kind)) {
            UUID lead = Ids.newId();
            h.expectApplied(h.east1, h.clientA, lead("INSERT", lead, json.createObjectNode().put("lastName", "Valid")));
            UUID deal = Ids.newId();
            h.expectApplied(h.east1, h.clientA, deal(deal));

            // 1. values that break the domain's rules, on insert and on update
            for (ObjectNode bad : badLeadValues()) {
                h.expectRejected(h.east1, h.clientA, "field", lead("INSERT", Ids.newId(), bad.deepCopy().put("lastName",
                        bad.has("lastName") ? null : "Bad")), bad.fieldNames().next());
                h.expectRejected(h.east1, h.clientA, "field", update("Lead", lead, bad), bad.fieldNames().next());
            }
            // a conflict resolved with a typo for an amount
            UUID conflict = h.openAmountConflict(deal);
            h.expectResolutionRejected(h.east1, conflict, json.getNodeFactory().textNode("fifteen grand"));

            // 3. other teams' ids: a West rep writing into East, or with an East owner
            h.expectRejected(h.west, h.clientB, "team", lead("INSERT", Ids.newId(),
                    json.createObjectNode().put("lastName", "Planted").put("teamId", h.eastTeam.toString())), "team");
            h.expectRejected(h.west, h.clientB, "owner", lead("INSERT", Ids.newId(), json.createObjectNode().put("lastName",
                    "Borrowed").put("ownerId", h.east1Id.toString()).put("teamId", h.westTeam.toString())), "owner");
            UUID westLead = Ids.newId();
            h.expectApplied(h.west, h.clientB, lead("INSERT", westLead, json.createObjectNode().put("lastName", "West")));
            h.expectRejected(h.west, h.clientB, "move", update("Lead", westLead,
                    json.createObjectNode().put("teamId", h.eastTeam.toString())), "team");

            // 4. replays: another user's pair, the same pair with other content, duplicates in one batch
            ObjectNode original = lead("INSERT", Ids.newId(), json.createObjectNode().put("lastName", "Original"));
            h.expectApplied(h.east1, h.clientA, original);
            ObjectNode borrowed = lead("INSERT", Ids.newId(), json.createObjectNode().put("lastName", "Borrowed id"));
            borrowed.put("mutationId", original.get("mutationId").asText());
            JsonNode theirs = h.push(h.west, h.clientA, borrowed).get(0);
            assertEquals(borrowed.get("recordId").asText(), h.recordOf(theirs, borrowed), "another user's id is never answered with the first user's result");
            ObjectNode changed = update("Lead", lead, json.createObjectNode().put("city", "Paris"));
            changed.set("baseValues", json.createObjectNode().putNull("city"));
            h.expectApplied(h.east1, h.clientA, changed);
            ObjectNode sameIdOtherContent = changed.deepCopy();
            ((ObjectNode) sameIdOtherContent.get("fields")).put("city", "Berlin");
            h.expectStatus(409, h.east1, h.pushBody(h.clientA, sameIdOtherContent));
            ObjectNode twin = lead("INSERT", Ids.newId(), json.createObjectNode().put("lastName", "Twin"));
            ObjectNode twin2 = lead("INSERT", Ids.newId(), json.createObjectNode().put("lastName", "Twin 2"));
            twin2.put("mutationId", twin.get("mutationId").asText());
            h.expectStatus(400, h.east1, h.pushBody(h.clientA, twin, twin2));

            // 5 and 10. bodies, HTTP and JSON that are wrong in shape or size
            h.expectTooLarge("/auth/login", false, 9L * 1024 * 1024);
            h.expectTooLarge("/auth/login", true, 24L * 1024 * 1024);
            h.expectTooLarge("/sync/push", true, 24L * 1024 * 1024);
            h.expectHeadersTooLarge();
            for (String path : List.of("/auth/login", "/sync/push", "/sync/conflicts/resolve")) {
                h.expectStatus(400, h.east1, "POST", path, "null");
                h.expectStatus(400, h.east1, "POST", path, "{\"mutations\": [");
                h.expectStatus(400, h.east1, "POST", path, "[1, 2, 3]");
            }
            h.expectStatus(400, h.east1, "POST", "/sync/push", "{\"clientId\": 5, \"schemaVersion\": \"one\", \"mutations\": {}}");
            h.expectStatus(400, null, "POST", "/auth/login", "{\"email\":\"x@y.com\",\"password\":\"" + "p".repeat(100) + "\"}");
            h.expectStatus(400, h.east1, "GET", "/sync/pull?cursor=abc&limit=1e9", null);
            h.expectStatus(400, h.east1, "GET", "/sync/..%2f..%2fetc/passwd", null); // ambiguous path: Jetty refuses it, in our shape
            h.expectStatus(404, h.east1, "GET", "/sync/records/all", null);
            h.expectStatus(404, null, "DELETE", "/sync/everything", null);
            h.expectStatus(401, null, "GET", "/sync/pull", null);
            h.expectStatus(401, "x.y.z", "GET", "/sync/pull", null);

            // 11. team settings: a rep may not write one; a manager's is refused when huge, of the wrong shape,
            // for another team, or under an id that is not its team's and name's
            String list = TeamSettingJson.write(Picklists.defaults(PicklistName.LEAD_SOURCE).withAdded("Podcast"));
            h.expectRejected(h.east1, h.clientA, "rep setting", setting(h.eastTeam, "picklist.leadSource", list), "manager");
            h.expectRejected(h.manager, h.clientA, "huge setting", setting(h.eastTeam, "picklist.leadSource",
                    "{\"values\":[" + "{\"key\":\"X\",\"label\":\"X\"},".repeat(20_000) + "]}"), "content");
            h.expectRejected(h.manager, h.clientA, "setting of the wrong shape", setting(h.eastTeam, "picklist.leadSource",
                    "{\"values\":\"Website\"}"), "content");
            h.expectRejected(h.manager, h.clientA, "setting of the wrong type",
                    mutation("TeamSetting", TeamSetting.idFor(h.eastTeam, "sla"), "INSERT", json.createObjectNode()
                            .put("teamId", h.eastTeam.toString()).put("name", "sla").put("content", 42)), "content");
            h.expectRejected(h.manager, h.clientA, "unknown setting", setting(h.eastTeam, "password.policy", "{}"), "name");
            h.expectRejected(h.manager, h.clientA, "another team's setting", setting(h.westTeam, "picklist.leadSource", list),
                    "manager");
            ObjectNode misplaced = setting(h.eastTeam, "picklist.industry", list);
            misplaced.put("recordId", Ids.newId().toString());
            h.expectRejected(h.manager, h.clientA, "setting under a foreign id", misplaced, "id");
            h.expectApplied(h.manager, h.clientA, setting(h.eastTeam, "picklist.leadSource", list));
            // the team's SLA policy: a rep may not write it; a manager's of the wrong shape or with broken values is refused
            String sla = TeamSettingJson.writeSla(com.nexuscrm.domain.routing.SlaPolicy.DEFAULT);
            h.expectRejected(h.east1, h.clientA, "rep's SLA policy", setting(h.eastTeam, "sla", sla), "manager");
            h.expectRejected(h.manager, h.clientA, "SLA policy of the wrong shape", setting(h.eastTeam, "sla",
                    "{\"workdays\":\"MONDAY\",\"startHour\":\"nine\"}"), "content");
            h.expectRejected(h.manager, h.clientA, "SLA policy missing fields", setting(h.eastTeam, "sla", "{}"), "lacks");
            h.expectRejected(h.manager, h.clientA, "SLA policy with impossible hours", setting(h.eastTeam, "sla",
                    sla.replace("\"endHour\":17", "\"endHour\":99")), "Working hours, to");
            h.expectApplied(h.manager, h.clientA, setting(h.eastTeam, "sla", sla));
            // the workspace currency: an ISO 4217 code in capitals, written by a manager
            h.expectRejected(h.manager, h.clientA, "unknown currency", setting(h.eastTeam, "workspace.currency",
                    TeamSettingJson.writeCurrency("XYZ")), "ISO 4217");
            h.expectRejected(h.manager, h.clientA, "currency in lower case", setting(h.eastTeam, "workspace.currency",
                    "{\"code\":\"eur\"}"), "ISO 4217");
            h.expectRejected(h.manager, h.clientA, "currency of the wrong shape", setting(h.eastTeam, "workspace.currency",
                    "{\"code\":[\"EUR\"]}"), "content");
            h.expectRejected(h.east1, h.clientA, "rep currency", setting(h.eastTeam, "workspace.currency",
                    TeamSettingJson.writeCurrency("EUR")), "manager");
            h.expectApplied(h.manager, h.clientA, setting(h.eastTeam, "workspace.currency", TeamSettingJson.writeCurrency("EUR")));
            // forecast adjustments: a rep may not adjust; amounts beyond bounds, a rep twice or a custom period are refused
            String adjusted = TeamSettingJson.writeAdjustments(com.nexuscrm.domain.deal.ForecastAdjustments.NONE
                    .with(h.east1Id, new java.math.BigDecimal("-2500"), "slipping"));
            h.expectRejected(h.east1, h.clientA, "rep's adjustment", setting(h.eastTeam, "forecast.adjustments.2027-Q1", adjusted), "manager");
            h.expectRejected(h.manager, h.clientA, "huge adjustment", setting(h.eastTeam, "forecast.adjustments.2027-Q1",
                    "{\"reps\":[{\"rep\":\"" + h.east1Id + "\",\"amount\":1e15}]}"), "beyond");
            h.expectRejected(h.manager, h.clientA, "rep adjusted twice", setting(h.eastTeam, "forecast.adjustments.2027-Q1",
                    "{\"reps\":[{\"rep\":\"" + h.east1Id + "\",\"amount\":1},{\"rep\":\"" + h.east1Id + "\",\"amount\":2}]}"), "twice");
            h.expectRejected(h.manager, h.clientA, "adjustment of a custom period", setting(h.eastTeam,
                    "forecast.adjustments.2027-01-01..2027-02-01", adjusted), "name");
            h.expectApplied(h.manager, h.clientA, setting(h.eastTeam, "forecast.adjustments.2027-Q1", adjusted));

            h.teammatePullsOnlyValidRecords(h.east2);
            h.teammatePullsOnlyValidRecords(h.west);
        }
    }

    /**
     * A deal's parts from a hostile or broken client: a line item with a negative quantity or price, a buying-group
     * row with a role that does not exist, a history entry with a made-up stage. Each is refused naming its field
     * with nothing stored; a valid line item and contact in the same push still go through, and teammates' pulls
     * carry on.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void badDealPartsAreRefusedWithoutStoppingTheRestOfThePushOrATeammatesSync(ServerTargets.Kind kind) throws Exception {
        try (Hostiles h = new Hostiles(kind)) {
            UUID deal = Ids.newId();
            h.expectApplied(h.east1, h.clientA, deal(deal));
            h.expectRejected(h.east1, h.clientA, "negative quantity", lineItem(deal, -3, "900"), "quantity");
            h.expectRejected(h.east1, h.clientA, "negative price", lineItem(deal, 3, "-900"), "unitPrice");
            h.expectRejected(h.east1, h.clientA, "price as text", lineItem(deal, 3, "nine hundred"), "unitPrice");
            h.expectRejected(h.east1, h.clientA, "role that does not exist", dealContact(deal, "KINGMAKER"), "role");
            h.expectRejected(h.east1, h.clientA, "history entry with a made-up stage", mutation("DealChange", Ids.newId(),
                    "INSERT", json.createObjectNode().put("dealId", deal.toString()).put("changedAt", "2026-11-01T09:00:00Z")
                            .put("stage", "CLOSED_MAYBE").put("amount", 10_000)), "stage");
            // another team may not hang products, contacts or history on this deal, nor move a part of its own onto it
            h.expectRejected(h.west, h.clientB, "another team's deal", lineItem(deal, 2, "500"), "dealId");
            h.expectRejected(h.west, h.clientB, "another team's deal", dealContact(deal, "CHAMPION"), "dealId");
            UUID westDeal = Ids.newId();
            h.expectApplied(h.west, h.clientB, deal(westDeal));
            ObjectNode westItem = lineItem(westDeal, 1, "100");
            h.expectApplied(h.west, h.clientB, westItem);
            h.expectRejected(h.west, h.clientB, "part moved onto another team's deal", mutation("DealLineItem",
                    UUID.fromString(westItem.get("recordId").asText()), "UPDATE",
                    json.createObjectNode().put("dealId", deal.toString())), "dealId");

            JsonNode batch = h.pushCounted(h.east1, h.clientA, lineItem(deal, -1, "900"), lineItem(deal, 12, "900"),
                    dealContact(deal, "BOSS"), dealContact(deal, "ECONOMIC_BUYER"));
            List<String> statuses = new ArrayList<>();
            batch.forEach(r -> statuses.add(r.get("status").asText()));
            assertEquals(List.of("REJECTED", "APPLIED", "REJECTED", "APPLIED"), statuses, batch.toString());
            h.teammatePullsOnlyValidRecords(h.east2);
            h.teammatePullsOnlyValidRecords(h.west);
        }
    }

    private ObjectNode lineItem(UUID deal, int quantity, String unitPrice) {
        ObjectNode fields = json.createObjectNode().put("dealId", deal.toString()).put("product", "Business plan")
                .put("quantity", quantity);
        try {
            fields.put("unitPrice", new java.math.BigDecimal(unitPrice));
        } catch (NumberFormatException notANumber) {
            fields.put("unitPrice", unitPrice);
        }
        return mutation("DealLineItem", Ids.newId(), "INSERT", fields);
    }

    private ObjectNode dealContact(UUID deal, String role) {
        return mutation("DealContact", Ids.newId(), "INSERT", json.createObjectNode().put("dealId", deal.toString())
                .put("contactId", Ids.newId().toString()).put("role", role));
    }

    /**
     * The server takes an INSERT of an id it already holds as "the same record created twice" (a lead conversion's
     * ids are derived from the lead). That rule must not open a door: an insert carrying another team's record id
     * is refused whatever entity it claims, stores nothing, leaves that record as it was, and stops neither the
     * pusher's other mutations nor anyone's pull; a replayed insert answers its first result and stores nothing again.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anInsertOfAnExistingIdIsNeverASecondRecordNorAWayIntoAnotherTeam(ServerTargets.Kind kind) throws Exception {
        try (Hostiles h = new Hostiles(kind)) {
            UUID eastLead = Ids.newId();
            h.expectApplied(h.east1, h.clientA, lead("INSERT", eastLead, json.createObjectNode().put("lastName", "Eastern")));
            String eastRow = h.row(eastLead);

            // another team's id, as the same type and as another type, alone and in a batch with a valid change
            ObjectNode planted = lead("INSERT", eastLead, json.createObjectNode().put("lastName", "Planted")
                    .put("teamId", h.westTeam.toString()));
            h.expectRejected(h.west, h.clientB, "insert of another team's lead id", planted, "already exists");
            h.expectRejected(h.west, h.clientB, "insert of another team's id as an account", mutation("Account", eastLead,
                    "INSERT", json.createObjectNode().put("name", "Planted Ltd")), "already exists");
            UUID westLead = Ids.newId();
            ObjectNode again = lead("INSERT", eastLead, json.createObjectNode().put("lastName", "Planted again"));
            JsonNode batch = h.pushCounted(h.west, h.clientB, again,
                    lead("INSERT", westLead, json.createObjectNode().put("lastName", "Western")));
            assertEquals("REJECTED", batch.get(0).get("status").asText(), batch.toString());
            assertFalse(batch.get(0).get("reason").asText().contains("Lead"), "another team's record is not described: " + batch);
            assertEquals("APPLIED", batch.get(1).get("status").asText(), "the pusher's other change still goes through: " + batch);
            assertEquals(eastRow, h.row(eastLead), "the other team's record is unchanged");
            assertEquals(0, h.trailOf(eastLead), "no history or conflict written against the other team's record");

            // a replay of the refused insert is refused again and stores nothing
            h.expectRejected(h.west, h.clientB, "replayed refused insert", again, "already exists");

            // a tombstone is not brought back by inserting its id again
            UUID gone = Ids.newId();
            h.expectApplied(h.east1, h.clientA, lead("INSERT", gone, json.createObjectNode().put("lastName", "Gone").put("deleted", false)));
            ObjectNode delete = mutation("Lead", gone, "DELETE", json.createObjectNode().put("deleted", true));
            delete.set("baseValues", json.createObjectNode().put("deleted", false));
            h.expectApplied(h.east1, h.clientA, delete);
            h.expectRejected(h.east2, h.clientB, "insert over a tombstone", lead("INSERT", gone,
                    json.createObjectNode().put("lastName", "Back")), "already exists");

            // replays: the same mutation again answers its first result; a second insert of the same values adds nothing
            ObjectNode first = lead("INSERT", Ids.newId(), json.createObjectNode().put("lastName", "Once"));
            JsonNode applied = h.push(h.east1, h.clientA, first).get(0);
            h.expectReplay(h.east1, h.clientA, first, applied);
            ObjectNode sameValues = first.deepCopy().put("mutationId", Ids.newId().toString());
            h.expectReplay(h.east1, h.clientA, sameValues, applied);
            // a teammate's differing insert of the same id keeps the first values and opens one conflict, once
            UUID deal = Ids.newId();
            h.expectApplied(h.east1, h.clientA, deal(deal));
            ObjectNode twice = deal(deal);
            ((ObjectNode) twice.get("fields")).put("amount", 99_000);
            JsonNode conflict = h.push(h.east2, h.clientB, twice).get(0);
            assertEquals("CONFLICT", conflict.get("status").asText(), conflict.toString());
            h.expectReplay(h.east2, h.clientB, twice, conflict);
            assertEquals(1, h.openConflictsOf(deal), "the replay opened no second conflict");

            h.teammatePullsOnlyValidRecords(h.east2);
            h.teammatePullsOnlyValidRecords(h.west);
            assertFalse(h.pullAll(h.west).contains(eastLead.toString()), "the other team's record never reaches West");
        }
    }

    private List<ObjectNode> badLeadValues() {
        List<ObjectNode> values = new ArrayList<>();
        values.add(json.createObjectNode().put("annualRevenue", "abc"));
        values.add(json.createObjectNode().put("firstName", "x".repeat(1_000_000)));
        values.add(json.createObjectNode().put("status", "PWNED"));
        values.add(json.createObjectNode().put("employees", 1e20));
        values.add(json.createObjectNode().put("createdAt", "yesterday"));
        values.add(json.createObjectNode().putNull("lastName"));
        values.add(json.createObjectNode().put("company", "Ab\u0000cd"));
        values.add(json.createObjectNode().put("title", "line\u001b[31m red"));
        values.add(json.createObjectNode().put("ownerId", "not-a-uuid"));
        values.add(json.createObjectNode().put("teamId", 123));
        values.add(json.createObjectNode().put("deleted", "yes"));
        values.add(json.createObjectNode().put("phone", " ".repeat(50_000) + "x"));
        values.add(json.createObjectNode().put("pricingPageVisits", 1.5));
        values.add(json.createObjectNode().put("annualRevenue", -5));
        values.add(json.createObjectNode().put("email", "a".repeat(10_000) + "@x.com"));
        values.add(json.createObjectNode().put("demoRequested", "true"));
        values.add(json.createObjectNode().put("source", (String) null).put("lastName", "No source"));
        return values;
    }

    private ObjectNode lead(String op, UUID id, ObjectNode fields) {
        ObjectNode all = json.createObjectNode().put("status", "NEW").put("source", "WEBSITE");
        all.setAll(fields);
        return mutation("Lead", id, op, all);
    }

    private ObjectNode deal(UUID id) {
        return mutation("Deal", id, "INSERT", json.createObjectNode().put("name", "Renewal").put("stage", "PROPOSAL")
                .put("amount", 10_000).put("currency", "USD").put("closeDate", "2027-03-31"));
    }

    private ObjectNode setting(UUID team, String name, String content) {
        return mutation("TeamSetting", TeamSetting.idFor(team, name), "INSERT", json.createObjectNode()
                .put("teamId", team.toString()).put("name", name).put("content", content));
    }

    private ObjectNode update(String entity, UUID id, ObjectNode fields) {
        return mutation(entity, id, "UPDATE", fields);
    }

    private ObjectNode mutation(String entity, UUID id, String op, ObjectNode fields) {
        ObjectNode m = json.createObjectNode().put("mutationId", Ids.newId().toString()).put("entity", entity)
                .put("recordId", id.toString()).put("op", op).put("baseVersion", 0).put("hlc", 0);
        m.set("fields", fields);
        return m;
    }

    /** A server with two reps in East, one in West; every request counted and judged. */
    private final class Hostiles implements AutoCloseable {
        final ServerTargets.Target target;
        final ServerDatabase db;
        final TeamServer server;
        final ServerHttp http;
        final String suffix = Long.toHexString(System.nanoTime());
        final String east1;
        final String east2;
        final String west;
        final String manager;
        final UUID east1Id;
        final UUID eastTeam;
        final UUID westTeam;
        final UUID clientA = Ids.newId();
        final UUID clientB = Ids.newId();

        Hostiles(ServerTargets.Kind kind) throws Exception {
            target = kind.fresh();
            db = ServerDatabase.open(target.url());
            server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", 0);
            http = new ServerHttp(server.port());
            east1Id = server.accounts().addUser("east1" + suffix + "@example.com", "East One", Role.REP, "East" + suffix, PASSWORD.toCharArray());
            server.accounts().addUser("east2" + suffix + "@example.com", "East Two", Role.REP, "East" + suffix, PASSWORD.toCharArray());
            server.accounts().addUser("west" + suffix + "@example.com", "West One", Role.REP, "West" + suffix, PASSWORD.toCharArray());
            server.accounts().addUser("boss" + suffix + "@example.com", "East Boss", Role.MANAGER, "East" + suffix, PASSWORD.toCharArray());
            manager = login("boss");
            east1 = login("east1");
            east2 = login("east2");
            west = login("west");
            eastTeam = teamOf(east1);
            westTeam = teamOf(west);
        }

        private String login(String name) throws Exception {
            String body = json.createObjectNode().put("email", name + suffix + "@example.com").put("password", PASSWORD).toString();
            return json.readTree(http.send("POST", "/auth/login", null, body).body()).get("token").asText();
        }

        private UUID teamOf(String token) throws Exception {
            return UUID.fromString(json.readTree(http.send("GET", "/auth/me", token, null).body()).get("teamId").asText());
        }

        String pushBody(UUID client, ObjectNode... mutations) {
            return ServerHttp.pushBody(client, 1, mutations);
        }

        JsonNode push(String token, UUID client, ObjectNode... mutations) throws Exception {
            HttpResponse<String> r = http.send("POST", "/sync/push", token, pushBody(client, mutations));
            assertEquals(200, r.statusCode(), r.body());
            return json.readTree(r.body()).get("results");
        }

        void expectApplied(String token, UUID client, ObjectNode m) throws Exception {
            assertEquals("APPLIED", push(token, client, m).get(0).get("status").asText());
        }

        /** A hostile mutation: REJECTED with a reason naming what is wrong, and the store unchanged. */
        void expectRejected(String token, UUID client, String what, ObjectNode m, String named) throws Exception {
            ATTEMPTS.incrementAndGet();
            String before = fingerprint();
            HttpResponse<String> r = http.send("POST", "/sync/push", token, pushBody(client, m));
            judge(r);
            JsonNode result = r.statusCode() == 200 ? json.readTree(r.body()).get("results").get(0) : null;
            if (result == null || !"REJECTED".equals(result.get("status").asText())) {
                STORED.incrementAndGet();
                throw new AssertionError(what + " " + m.get("op") + " was not rejected: " + r.body().substring(0, Math.min(300, r.body().length())));
            }
            assertTrue(result.get("reason").asText().contains(named), result.get("reason").asText());
            assertTrue(result.get("reason").asText().length() <= 2_000, "the reason stays readable");
            unchanged(before, what);
        }

        void expectResolutionRejected(String token, UUID conflict, JsonNode value) throws Exception {
            ATTEMPTS.incrementAndGet();
            String before = fingerprint();
            ObjectNode body = json.createObjectNode();
            body.putArray("resolutions").addObject().put("conflictId", conflict.toString()).set("value", value);
            HttpResponse<String> r = http.send("POST", "/sync/conflicts/resolve", token, body.toString());
            judge(r);
            JsonNode result = json.readTree(r.body()).get("results").get(0);
            assertEquals("REJECTED", result.get("status").asText(), r.body());
            assertTrue(result.get("reason").asText().contains("amount"), result.get("reason").asText());
            unchanged(before, "resolution " + value);
        }

        void expectStatus(int status, String token, String body) throws Exception {
            expectStatus(status, token, "POST", "/sync/push", body);
        }

        void expectStatus(int status, String token, String method, String path, String body) throws Exception {
            ATTEMPTS.incrementAndGet();
            String before = fingerprint();
            HttpResponse<String> r = http.send(method, path, token, body);
            judge(r);
            assertEquals(status, r.statusCode(), method + " " + path + ": " + r.body());
            unchanged(before, method + " " + path);
        }

        /**
         * A body far over the cap, announced by Content-Length (refused before it is sent) or chunked
         * without a length (refused as it is read): 413 in the error shape, nothing stored.
         */
        void expectTooLarge(String path, boolean chunked, long bytes) throws Exception {
            ATTEMPTS.incrementAndGet();
            String before = fingerprint();
            String answer = RawHttp.post(server.port(), path, "Bearer " + east1, bytes, chunked);
            if (answer.startsWith("HTTP/1.1 5")) {
                CRASHED.incrementAndGet();
            }
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"code\":\"TOO_LARGE\""), answer);
            unchanged(before, (chunked ? "chunked " : "sized ") + path);
        }

        void expectHeadersTooLarge() throws Exception {
            ATTEMPTS.incrementAndGet();
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /health HTTP/1.1\r\nHost: x\r\nX-Junk: " + "j".repeat(64 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new String(s.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
                assertTrue(answer.contains("application/json") && answer.contains("\"code\":\"HEADERS_TOO_LARGE\""), answer);
                assertFalse(answer.contains("<html"), answer);
            }
        }

        /** Every answer is the documented shape, for people, with no internals; a 5xx counts as a crash. */
        private void judge(HttpResponse<String> r) throws Exception {
            if (r.statusCode() >= 500) {
                CRASHED.incrementAndGet();
                throw new AssertionError("server error " + r.statusCode() + ": " + r.body());
            }
            JsonNode body = json.readTree(r.body());
            if (r.statusCode() != 200) {
                assertTrue(body.hasNonNull("code") && body.hasNonNull("message"), r.body());
                assertFalse(body.get("message").asText().contains("com.nexuscrm"), r.body());
                assertFalse(body.get("message").asText().contains("Exception"), r.body());
            }
        }

        UUID openAmountConflict(UUID deal) throws Exception {
            ObjectNode theirs = mutation("Deal", deal, "UPDATE", json.createObjectNode().put("amount", 12_000));
            theirs.set("baseValues", json.createObjectNode().put("amount", 10_000));
            push(east1, clientA, theirs);
            ObjectNode mine = mutation("Deal", deal, "UPDATE", json.createObjectNode().put("amount", 15_000));
            mine.set("baseValues", json.createObjectNode().put("amount", 10_000));
            push(east2, clientB, mine);
            JsonNode open = json.readTree(http.send("GET", "/sync/conflicts", east1, null).body()).get("conflicts");
            return UUID.fromString(open.get(0).get("id").asText());
        }

        String recordOf(JsonNode result, ObjectNode m) throws Exception {
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("select id from sync_record where version = " + result.get("version").asLong())) {
                return rs.next() ? rs.getString(1) : "none";
            }
        }

        /** A teammate's pull from 0 page by page: it must succeed, and every record must fit a workstation. */
        void teammatePullsOnlyValidRecords(String token) throws Exception {
            long cursor = 0;
            boolean more = true;
            while (more) {
                HttpResponse<String> r = http.send("GET", "/sync/pull?cursor=" + cursor + "&limit=50", token, null);
                if (r.statusCode() != 200) {
                    STOPPED.incrementAndGet();
                    throw new AssertionError("a teammate's pull failed: " + r.body());
                }
                JsonNode page = json.readTree(r.body());
                for (JsonNode record : page.get("records")) {
                    ObjectNode fields = (ObjectNode) record.get("fields");
                    if (WireRecords.check(record.get("entity").asText(), fields) instanceof WireRecords.Invalid invalid) {
                        STOPPED.incrementAndGet();
                        throw new AssertionError("a teammate received a record that does not fit: " + invalid.reason());
                    }
                }
                cursor = page.get("cursor").asLong();
                more = page.get("hasMore").asBoolean();
            }
        }

        /** A push whose results the caller judges: still counted and checked for crashes and the error shape. */
        JsonNode pushCounted(String token, UUID client, ObjectNode... mutations) throws Exception {
            ATTEMPTS.incrementAndGet();
            HttpResponse<String> r = http.send("POST", "/sync/push", token, pushBody(client, mutations));
            judge(r);
            assertEquals(200, r.statusCode(), r.body());
            return json.readTree(r.body()).get("results");
        }

        /** A mutation sent again: the same answer as the first time, and nothing stored or counted again. */
        void expectReplay(String token, UUID client, ObjectNode m, JsonNode firstAnswer) throws Exception {
            String before = fingerprint();
            JsonNode answer = pushCounted(token, client, m).get(0);
            assertEquals(firstAnswer.get("status").asText(), answer.get("status").asText(), answer.toString());
            assertEquals(firstAnswer.get("version").asLong(), answer.get("version").asLong(), answer.toString());
            unchanged(before, "replayed " + m.get("op").asText());
        }

        /** A stored record as it is: version, owner, team, tombstone and fields. */
        String row(UUID id) throws Exception {
            try (Connection c = db.dataSource().getConnection();
                 java.sql.PreparedStatement q = c.prepareStatement("select entity, version, updated_at, deleted, owner_id,"
                         + " team_id, fields from sync_record where id = ?")) {
                q.setObject(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next(), "record " + id + " is stored");
                    return rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getBoolean(4) + "/"
                            + rs.getString(5) + "/" + rs.getString(6) + "/" + rs.getString(7);
                }
            }
        }

        /** Field-history rows and conflicts written against one record. */
        long trailOf(UUID id) throws Exception {
            return count("select (select count(*) from field_history where record_id = ?)"
                    + " + (select count(*) from sync_conflict where record_id = ?)", id, id);
        }

        long openConflictsOf(UUID id) throws Exception {
            return count("select count(*) from sync_conflict where resolved = false and record_id = ?", id);
        }

        private long count(String sql, UUID... ids) throws Exception {
            try (Connection c = db.dataSource().getConnection(); java.sql.PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < ids.length; i++) {
                    q.setObject(i + 1, ids[i]);
                }
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        /** Every page of a user's pull from 0, as one text. */
        String pullAll(String token) throws Exception {
            StringBuilder all = new StringBuilder();
            long cursor = 0;
            boolean more = true;
            while (more) {
                HttpResponse<String> r = http.send("GET", "/sync/pull?cursor=" + cursor + "&limit=50", token, null);
                assertEquals(200, r.statusCode(), r.body());
                JsonNode page = json.readTree(r.body());
                all.append(page.get("records"));
                cursor = page.get("cursor").asLong();
                more = page.get("hasMore").asBoolean();
            }
            return all.toString();
        }

        /** Records, versions, history and conflicts: what a refused request must not change. */
        private String fingerprint() throws Exception {
            try (Connection c = db.dataSource().getConnection();
                 ResultSet rs = c.createStatement().executeQuery("select (select count(*) from sync_record),"
                         + " (select counter from version_counter where id = 1), (select count(*) from field_history),"
                         + " (select count(*) from sync_conflict where resolved = false)")) {
                rs.next();
                return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4);
            }
        }

        private void unchanged(String before, String what) throws Exception {
            String after = fingerprint();
            if (!before.equals(after)) {
                STORED.incrementAndGet();
                throw new AssertionError(what + " changed the store: " + before + " -> " + after);
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            db.close();
            target.cleanup().close();
        }
    }
}
