package com.nexuscrm.server;

import static com.nexuscrm.server.CampaignHandoverFixtures.answer;
import static com.nexuscrm.server.CampaignHandoverFixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.sms.LocalSmsGateway;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.CampaignHandover;
import com.nexuscrm.protocol.CampaignHandover.HandedEnrolment;
import com.nexuscrm.testing.MutableClock;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Campaign texts sent by the team server (H2, and PostgreSQL when NEXUS_TEST_PG_URL is set) through a Twilio-style
 * gateway on loopback that records every request: a linked campaign's SMS step goes once per consenting recipient
 * however many runs and instances there are (none to the person without consent), the settings' auth token is never
 * answered, and the inbound webhook takes only calls signed with the team's auth token (X-Twilio-Signature): STOP
 * suppresses the person on every channel and ends the enrolment so no later text goes, a reply exits its enrolment,
 * both come back in the hand-over's answer; unsigned, forged, another team's, oversized and replayed calls change nothing.
 */
class ServerSmsCampaignTest {
    private static final String PASSWORD = "sms-server-pass-1";
    private static final Instant MONDAY_10AM = Instant.parse("2026-12-07T10:00:00Z");
    private static final String EAST_AUTH = "east-auth-token-0123456789";
    private static final String WEST_AUTH = "west-auth-token-9876543210";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static List<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void textsGoOnceAndTheSignedWebhookStopsAndReplies(ServerTargets.Kind kind) throws Exception {
        ServerTargets.Target target = kind.fresh();
        MutableClock clock = new MutableClock(MONDAY_10AM);
        try (LocalSmsGateway gateway = new LocalSmsGateway();
             ServerDatabase dbA = ServerDatabase.open(target.url());
             ServerDatabase dbB = ServerDatabase.open(target.url());
             TeamServer a = new TeamServer(dbA, clock, Duration.ofHours(12));
             TeamServer b = new TeamServer(dbB, clock, Duration.ofHours(12))) {
            a.campaigns().scheduling(false);
            b.campaigns().scheduling(false);
            a.start("127.0.0.1", 0);
            b.start("127.0.0.1", 0);
            String suffix = Long.toHexString(System.nanoTime());
            a.accounts().addUser("rep" + suffix + "@east.test", "Rep", Role.REP, "East" + suffix, PASSWORD.toCharArray());
            a.accounts().addUser("boss" + suffix + "@east.test", "Boss", Role.MANAGER, "East" + suffix, PASSWORD.toCharArray());
            a.accounts().addUser("boss" + suffix + "@west.test", "West", Role.MANAGER, "West" + suffix, PASSWORD.toCharArray());
            ServerHttp http = new ServerHttp(a.port());
            String rep = http.token("rep" + suffix + "@east.test", PASSWORD);
            String eastBoss = http.token("boss" + suffix + "@east.test", PASSWORD);
            String westBoss = http.token("boss" + suffix + "@west.test", PASSWORD);
            UUID east = a.accounts().authenticate("rep" + suffix + "@east.test", PASSWORD.toCharArray()).orElseThrow().teamId();

            HttpResponse<String> bad = http.send("PUT", "/campaigns/settings", eastBoss, settings(gateway, "ACeast",
                    EAST_AUTH, "0207 946").replace("\"baseUrl\":\"http", "\"baseUrl\":\"ftp"));
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("sms.baseUrl") && bad.body().contains("sms.senderNumber"), bad.body());
            assertEquals(200, http.send("PUT", "/campaigns/settings", eastBoss, settings(gateway, "ACeast", EAST_AUTH,
                    "+15005550006")).statusCode());
            assertEquals(200, http.send("PUT", "/campaigns/settings", westBoss, settings(gateway, "ACwest", WEST_AUTH,
                    "+15005550007")).statusCode());

            HttpResponse<String> setup = http.get("/campaigns/sms", eastBoss);
            assertEquals(200, setup.statusCode(), setup.body());
            assertFalse(setup.body().contains(EAST_AUTH), "the auth token is never answered: " + setup.body());
            String eastHook = Json.mapper().readTree(setup.body()).get("webhookPath").asText();
            String westHook = Json.mapper().readTree(http.get("/campaigns/sms", westBoss).body()).get("webhookPath").asText();
            assertEquals(403, http.get("/campaigns/sms", rep).statusCode(), "a rep does not see the gateway");
            assertNotEquals(eastHook, westHook);

            CampaignPlan plan = new CampaignPlan(Ids.newId(), "Texts", "Meeting booked", Audience.MANUAL,
                    CampaignHandoverFixtures.SENDER, "Nexus Sales", List.of(
                            Step.of(0, Channel.SMS, new Template("A", null, "Hi {{firstName|there}}, a seat is yours at the roadshow.")),
                            Step.of(2, Channel.SMS, new Template("A", null, "{{firstName}}, see you Thursday?"))));
            HandedEnrolment ann = enrolled(plan, "Ann", "+44 20 7946 0958");
            HandedEnrolment bob = enrolled(plan, "Bob", "+44 20 7946 0959");
            HandedEnrolment cy = enrolled(plan, "Cy", "+44 20 7946 0960");
            HandedEnrolment dee = enrolled(plan, "Dee", "+44 20 7946 0961");
            List<Consent> consents = List.of(ann, bob, dee).stream().map(h -> new Consent(h.enrolment().person().id(),
                    Channel.SMS, true, "web form", MONDAY_10AM.minus(Duration.ofDays(3)))).toList();
            HttpResponse<String> handed = http.send("POST", "/campaigns/handover", rep, body(new CampaignHandover(
                    List.of(plan), List.of(ann, bob, cy, dee), List.of(), consents, 0)));
            assertEquals(200, handed.statusCode(), handed.body());

            a.campaigns().runTeams();
            b.campaigns().runTeams();
            a.campaigns().runTeams();
            assertEquals(3, gateway.requests.size(), "Ann, Bob and Dee once each, Cy (no consent) never: " + gateway.requests);
            assertEquals(3, gateway.accepted());
            CampaignPorts ports = a.campaigns().ports(east);
            LocalSmsGateway.Request first = gateway.requests.stream()
                    .filter(r -> "+442079460958".equals(r.form().get("To"))).findFirst().orElseThrow();
            ScheduledTouch annTouch = ports.touches().forEnrolment(ann.enrolment().id()).get(0);
            assertEquals("/2010-04-01/Accounts/ACeast/Messages.json", first.path());
            assertEquals("Basic " + Base64.getEncoder().encodeToString(("ACeast:" + EAST_AUTH).getBytes(StandardCharsets.UTF_8)),
                    first.header("Authorization"));
            assertEquals("+15005550006", first.form().get("From"));
            assertEquals("Hi Ann, a seat is yours at the roadshow.", first.form().get("Body"));
            assertEquals(annTouch.id().toString(), first.header("Idempotency-Key"));
            assertEquals(TouchStatus.SENT, annTouch.status());
            assertTrue(ports.touches().findByMessageId("SM" + "0".repeat(31) + "1").isPresent()
                    || ports.touches().findByMessageId("SM" + "0".repeat(31) + "2").isPresent(), "the gateway's sid is kept");
            assertTrue(ports.touches().forEnrolment(cy.enrolment().id()).stream().noneMatch(t -> t.status() == TouchStatus.SENT));

            // Hostile webhook calls: nothing is stored, Ann's enrolment runs on.
            Map<String, String> stop = form("+442079460958", "STOP", "SM" + "a".repeat(32));
            URI eastUrl = URI.create("http://127.0.0.1:" + a.port() + eastHook);
            URI westUrl = URI.create("http://127.0.0.1:" + a.port() + westHook);
            assertEquals(403, post(eastUrl, stop, null).statusCode(), "unsigned");
            assertEquals(403, post(eastUrl, stop, sign("not-the-token", eastUrl, stop)).statusCode(), "forged");
            assertEquals(403, post(westUrl, stop, sign(EAST_AUTH, westUrl, stop)).statusCode(), "east's signature on west's hook");
            assertEquals(404, post(URI.create(eastUrl + "x"), stop, sign(EAST_AUTH, URI.create(eastUrl + "x"), stop))
                    .statusCode(), "no such hook");
            Map<String, String> huge = form("+442079460958", "STOP " + "x".repeat(20_000), "SM" + "b".repeat(32));
            assertEquals(413, post(eastUrl, huge, sign(EAST_AUTH, eastUrl, huge)).statusCode(), "a body past 16 KB");
            Map<String, String> noSid = form("+442079460958", "STOP", "");
            assertEquals(400, post(eastUrl, noSid, sign(EAST_AUTH, eastUrl, noSid)).statusCode());
            assertEquals(EnrolmentStatus.ACTIVE, ports.enrolments().find(ann.enrolment().id()).orElseThrow().status());
            assertEquals(0, count(dbA, "select count(*) from campaign_suppression"));
            assertEquals(0, count(dbA, "select count(*) from campaign_sms_inbound"));

            // Signed STOP from Ann (E.164, while her phone was typed with spaces): suppressed everywhere, enrolment over.
            HttpResponse<String> stopped = post(eastUrl, stop, sign(EAST_AUTH, eastUrl, stop));
            assertEquals(200, stopped.statusCode(), stopped.body());
            assertTrue(stopped.body().contains("<Response>"), stopped.body());
            Enrolment annNow = ports.enrolments().find(ann.enrolment().id()).orElseThrow();
            assertEquals(ExitReason.UNSUBSCRIBED, annNow.exitReason());
            List<Suppression> annSuppressed = ports.policy().suppressions(ann.enrolment().person().id(), null);
            assertEquals(1, annSuppressed.size());
            assertEquals(null, annSuppressed.get(0).channel(), "every channel");
            assertTrue(ports.policy().blocked(ann.enrolment().person().id(), "ann@example.com", Channel.EMAIL).isPresent());
            assertEquals(200, post(eastUrl, stop, sign(EAST_AUTH, eastUrl, stop)).statusCode(), "a replay is answered");
            assertEquals(1, count(dbA, "select count(*) from campaign_suppression"), "and changes nothing");
            assertEquals(1, count(dbA, "select count(*) from campaign_sms_inbound"));

            Map<String, String> reply = form("+442079460959", "Sounds good, call me Tuesday", "SM" + "c".repeat(32));
            assertEquals(200, post(URI.create("http://127.0.0.1:" + b.port() + eastHook), reply,
                    sign(EAST_AUTH, URI.create("http://127.0.0.1:" + b.port() + eastHook), reply)).statusCode(),
                    "either instance takes the gateway's call");
            assertEquals(ExitReason.REPLIED, ports.enrolments().find(bob.enrolment().id()).orElseThrow().exitReason());

            CampaignHandover.Answer mirror = answer(http.send("POST", "/campaigns/handover", rep,
                    body(new CampaignHandover(List.of(), List.of(), List.of(), List.of(), 0))).body());
            assertTrue(mirror.suppressions().stream().anyMatch(s -> ann.enrolment().person().id().equals(s.personId())
                    && s.channel() == null && s.reason() == Suppression.Reason.UNSUBSCRIBED), mirror.suppressions().toString());
            assertTrue(mirror.enrolments().stream().anyMatch(e -> e.id().equals(bob.enrolment().id())
                    && e.exitReason() == ExitReason.REPLIED));
            assertTrue(mirror.replies().stream().anyMatch(r -> r.enrolmentId().equals(bob.enrolment().id())
                    && r.text().contains("call me Tuesday")), "the texted reply goes to the next best action: " + mirror.replies());
            assertTrue(mirror.replies().stream().noneMatch(r -> r.text().strip().equalsIgnoreCase("STOP")),
                    "an opt-out is a suppression, not a reply");

            // West's own signed STOP from Dee's number stays in West: East's Dee runs on.
            Map<String, String> westStop = form("+442079460961", "STOP", "SM" + "d".repeat(32));
            assertEquals(200, post(westUrl, westStop, sign(WEST_AUTH, westUrl, westStop)).statusCode());
            assertEquals(EnrolmentStatus.ACTIVE, ports.enrolments().find(dee.enrolment().id()).orElseThrow().status());
            assertTrue(ports.policy().suppressions(dee.enrolment().person().id(), "+442079460961").isEmpty());

            // Day 2: only Dee gets step 2, once, with both instances running at the same time.
            clock.advance(Duration.ofDays(2));
            Thread overlap = new Thread(() -> b.campaigns().runTeams());
            overlap.start();
            a.campaigns().runTeams();
            overlap.join(60_000);
            a.campaigns().runTeams();
            assertEquals(4, gateway.requests.size(), gateway.requests.toString());
            assertEquals("+442079460961", gateway.requests.get(3).form().get("To"));
            assertEquals("Dee, see you Thursday?", gateway.requests.get(3).form().get("Body"));
        } finally {
            target.cleanup().close();
        }
    }

    private static String settings(LocalSmsGateway gateway, String account, String token, String sender) {
        return "{\"dailyLimit\":200,\"email\":{\"smtp\":{\"host\":\"127.0.0.1\",\"port\":2525,"
                + "\"security\":\"NONE\",\"username\":null,\"password\":null},\"imap\":null,\"imapFolder\":null,"
                + "\"envelopeFrom\":null,\"unsubscribeAddress\":\"unsubscribe@nexus.test\","
                + "\"unsubscribeUrl\":\"https://crm.nexus.test/u\",\"timeoutMillis\":5000},"
                + "\"sms\":{\"baseUrl\":\"" + gateway.baseUrl() + "\",\"accountId\":\"" + account + "\",\"authToken\":\""
                + token + "\",\"senderNumber\":\"" + sender + "\"}}";
    }

    private static HandedEnrolment enrolled(CampaignPlan plan, String first, String phone) {
        PersonRef person = PersonRef.lead(Ids.newId());
        Recipient r = new Recipient(person, first, "Tester", "Acme", "CTO", first.toLowerCase() + "@example.com", phone,
                "London", "GB", ZoneOffset.UTC, 70, "NEW");
        return new HandedEnrolment(Enrolment.start(Ids.newId(), plan.id(), person, MONDAY_10AM), r);
    }

    private static Map<String, String> form(String from, String text, String sid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", sid);
        form.put("AccountSid", "ACeast");
        form.put("From", from);
        form.put("To", "+15005550006");
        form.put("Body", text);
        return form;
    }

    /** Twilio's scheme, written here from its description: base64(HMAC-SHA1(token, url + sorted name+value pairs)). */
    private static String sign(String token, URI url, Map<String, String> form) throws Exception {
        StringBuilder data = new StringBuilder(url.toString());
        new TreeMap<>(form).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> post(URI url, Map<String, String> form, String signature) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(ServerDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
