package com.nexuscrm.server;

import static com.nexuscrm.server.CampaignHandoverFixtures.JSON;
import static com.nexuscrm.server.CampaignHandoverFixtures.answer;
import static com.nexuscrm.server.CampaignHandoverFixtures.body;
import static com.nexuscrm.server.CampaignHandoverFixtures.enrolled;
import static com.nexuscrm.server.CampaignHandoverFixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.protocol.CampaignHandover;
import com.nexuscrm.protocol.CampaignHandover.HandedEnrolment;
import com.nexuscrm.testing.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /campaigns/handover} and {@code PUT /campaigns/settings} on a real server (H2, and PostgreSQL when
 * NEXUS_TEST_PG_URL is set): stored once however often it is replayed, the team from the token, hostile bodies (another
 * team's ids, wrong types, a plan with problems, too many rows, a huge body) refused whole with nothing stored, and a
 * handed-over exit cancelling the server's pending touch.
 */
class CampaignHandoverTest {
    private static final String PASSWORD = "handover-pass-1";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    static List<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds();
    }

    /** A server with its campaign scheduler off (the test runs the runner itself) and two teams. */
    private record Fixture(TeamServer server, ServerDatabase db, ServerTargets.Target target, ServerHttp http,
                           String east, String west, String eastManager, UUID eastTeam, UUID westTeam) implements AutoCloseable {
        static Fixture start(ServerTargets.Kind kind) throws Exception {
            ServerTargets.Target target = kind.fresh();
            ServerDatabase db = ServerDatabase.open(target.url());
            TeamServer server = new TeamServer(db, new MutableClock(NOW), Duration.ofHours(12));
            server.campaigns().scheduling(false).channels(s -> Map.of());
            server.start("127.0.0.1", 0);
            String suffix = Long.toHexString(System.nanoTime());
            server.accounts().addUser("east" + suffix + "@example.com", "East", Role.REP, "East" + suffix, PASSWORD.toCharArray());
            server.accounts().addUser("boss" + suffix + "@example.com", "Boss", Role.MANAGER, "East" + suffix, PASSWORD.toCharArray());
            server.accounts().addUser("west" + suffix + "@example.com", "West", Role.REP, "West" + suffix, PASSWORD.toCharArray());
            ServerHttp http = new ServerHttp(server.port());
            UUID eastTeam = server.accounts().authenticate("east" + suffix + "@example.com", PASSWORD.toCharArray()).orElseThrow().teamId();
            UUID westTeam = server.accounts().authenticate("west" + suffix + "@example.com", PASSWORD.toCharArray()).orElseThrow().teamId();
            return new Fixture(server, db, target, http, http.token("east" + suffix + "@example.com", PASSWORD),
                    http.token("west" + suffix + "@example.com", PASSWORD), http.token("boss" + suffix + "@example.com", PASSWORD),
                    eastTeam, westTeam);
        }

        HttpResponse<String> handOver(String token, String body) throws Exception {
            return http.send("POST", "/campaigns/handover", token, body);
        }

        CampaignPorts ports(UUID team) {
            return server.campaigns().ports(team);
        }

        @Override
        public void close() throws Exception {
            server.close();
            db.close();
            target.cleanup().close();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void storedOnceHoweverOftenReplayedAndOnlyForTheTokensTeam(ServerTargets.Kind kind) throws Exception {
        try (Fixture f = Fixture.start(kind)) {
            CampaignPlan plan = plan("Nurture");
            HandedEnrolment ann = enrolled(plan, "Ann", NOW);
            String body = body(new CampaignHandover(List.of(plan), List.of(ann), List.of(), List.of(), 0));

            HttpResponse<String> first = f.handOver(f.east(), body);
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(1, answer(first.body()).plansChanged());
            assertEquals(1, answer(first.body()).enrolmentsAdded());
            CampaignHandover.Answer replay = answer(f.handOver(f.east(), body).body());
            assertEquals(0, replay.plansChanged(), "the same plan again changes nothing");
            assertEquals(0, replay.enrolmentsAdded(), "the same enrolment again adds nothing");

            assertEquals(1, f.ports(f.eastTeam()).enrolments().forPlan(plan.id()).size());
            assertTrue(f.ports(f.westTeam()).plans().all().isEmpty(), "the team is the token's");
            assertEquals(401, f.handOver(null, body).statusCode());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anotherTeamsIdsRefuseTheWholeRequest(ServerTargets.Kind kind) throws Exception {
        try (Fixture f = Fixture.start(kind)) {
            CampaignPlan eastPlan = plan("East nurture");
            HandedEnrolment ann = enrolled(eastPlan, "Ann", NOW);
            assertEquals(200, f.handOver(f.east(), body(new CampaignHandover(List.of(eastPlan), List.of(ann), List.of(),
                    List.of(), 0))).statusCode());

            CampaignPlan westPlan = plan("West nurture");
            HandedEnrolment bob = enrolled(westPlan, "Bob", NOW);
            HttpResponse<String> stolen = f.handOver(f.west(), body(new CampaignHandover(List.of(westPlan, eastPlan),
                    List.of(bob), List.of(), List.of(), 0)));
            assertEquals(403, stolen.statusCode(), stolen.body());
            assertTrue(stolen.body().contains("plan " + eastPlan.id()) && stolen.body().contains("another team"), stolen.body());

            HandedEnrolment hijack = new HandedEnrolment(new Enrolment(ann.enrolment().id(), westPlan.id(),
                    ann.enrolment().person(), 0, EnrolmentStatus.EXITED, ExitReason.REPLIED, NOW), ann.recipient());
            HttpResponse<String> exitOther = f.handOver(f.west(), body(new CampaignHandover(List.of(westPlan),
                    List.of(hijack), List.of(), List.of(), 0)));
            assertEquals(403, exitOther.statusCode(), exitOther.body());
            assertTrue(exitOther.body().contains("enrolment " + ann.enrolment().id()), exitOther.body());

            assertTrue(f.ports(f.westTeam()).plans().all().isEmpty(), "nothing of the refused requests was stored");
            assertEquals(EnrolmentStatus.ACTIVE, f.ports(f.eastTeam()).enrolments().find(ann.enrolment().id())
                    .orElseThrow().status(), "the other team's enrolment is untouched");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void wrongTypesProblemsAndSizesAreRefusedNamingTheField(ServerTargets.Kind kind) throws Exception {
        try (Fixture f = Fixture.start(kind)) {
            CampaignPlan plan = plan("Nurture");
            ObjectNode wrongType = (ObjectNode) JSON.readTree(body(new CampaignHandover(List.of(plan),
                    List.of(enrolled(plan, "Ann", NOW)), List.of(), List.of(), 0)));
            ((ObjectNode) wrongType.get("enrolments").get(0).get("enrolment")).put("currentStep", "two");
            HttpResponse<String> typed = f.handOver(f.east(), wrongType.toString());
            assertEquals(400, typed.statusCode(), typed.body());
            assertTrue(typed.body().contains("MALFORMED_JSON") && typed.body().contains("currentStep"), typed.body());

            CampaignPlan broken = new CampaignPlan(plan.id(), "Nurture", null, null, plan.sender(), plan.senderName(),
                    List.of(new com.nexuscrm.domain.campaign.Step(0, com.nexuscrm.domain.campaign.Channel.EMAIL, null,
                            List.of(new Template("A", "Hi {{fistName}}", "Hello")))));
            HttpResponse<String> problems = f.handOver(f.east(), body(new CampaignHandover(List.of(broken),
                    List.of(enrolled(broken, "Ann", NOW)), List.of(), List.of(), 0)));
            assertEquals(400, problems.statusCode(), problems.body());
            assertTrue(problems.body().contains("BAD_HANDOVER") && problems.body().contains("Step 1")
                    && problems.body().contains("fistName"), problems.body());

            List<HandedEnrolment> many = new ArrayList<>();
            for (int i = 0; i <= CampaignHandover.MAX_ENROLMENTS; i++) {
                many.add(enrolled(plan, "P" + i, NOW));
            }
            HttpResponse<String> tooMany = f.handOver(f.east(), body(new CampaignHandover(List.of(plan), many, List.of(),
                    List.of(), 0)));
            assertEquals(413, tooMany.statusCode(), tooMany.body());
            assertTrue(tooMany.body().contains("enrolments: at most 2000"), tooMany.body());
            String huge = RawHttp.post(f.server().port(), "/campaigns/handover", "Bearer " + f.east(), 9L * 1024 * 1024, false);
            assertTrue(huge.startsWith("HTTP/1.1 413"), huge.lines().findFirst().orElse(""));

            assertTrue(f.ports(f.eastTeam()).plans().all().isEmpty(), "nothing of the refused requests was stored");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aHandedOverExitCancelsThePendingTouchAndOnlyManagersSetSending(ServerTargets.Kind kind) throws Exception {
        try (Fixture f = Fixture.start(kind)) {
            String settings = "{\"dailyLimit\":200,\"email\":{\"smtp\":{\"host\":\"127.0.0.1\",\"port\":2525,"
                    + "\"security\":\"NONE\",\"username\":null,\"password\":null},\"imap\":null,\"imapFolder\":null,"
                    + "\"envelopeFrom\":null,\"unsubscribeAddress\":\"unsubscribe@nexus.test\","
                    + "\"unsubscribeUrl\":\"https://crm.nexus.test/u\",\"timeoutMillis\":5000}}";
            assertEquals(403, f.http().send("PUT", "/campaigns/settings", f.east(), settings).statusCode(), "a rep may not");
            HttpResponse<String> saved = f.http().send("PUT", "/campaigns/settings", f.eastManager(), settings);
            assertEquals(200, saved.statusCode(), saved.body());
            HttpResponse<String> bad = f.http().send("PUT", "/campaigns/settings", f.eastManager(),
                    settings.replace("\"dailyLimit\":200", "\"dailyLimit\":0"));
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("dailyLimit"), bad.body());

            CampaignPlan plan = plan("Nurture");
            HandedEnrolment ann = enrolled(plan, "Ann", NOW);
            CampaignHandover.Answer handed = answer(f.handOver(f.east(), body(new CampaignHandover(List.of(plan),
                    List.of(ann), List.of(), List.of(), 0))).body());
            assertEquals(1, f.server().campaigns().runTeams().scheduled(), "the touch is scheduled (no channel: it waits)");
            assertEquals(TouchStatus.PENDING, f.ports(f.eastTeam()).touches().forEnrolment(ann.enrolment().id()).get(0).status());

            Enrolment replied = new Enrolment(ann.enrolment().id(), plan.id(), ann.enrolment().person(), 0,
                    EnrolmentStatus.EXITED, ExitReason.REPLIED, NOW);
            CampaignHandover.Answer exit = answer(f.handOver(f.east(), body(new CampaignHandover(List.of(),
                    List.of(new HandedEnrolment(replied, ann.recipient())), List.of(), List.of(), handed.cursor()))).body());
            assertEquals(1, exit.exitsApplied());
            assertEquals(1, exit.touchesCancelled());
            assertEquals(TouchStatus.CANCELLED, exit.touches().get(0).status(), "the answer carries the cancelled touch");
            assertEquals(EnrolmentStatus.EXITED, exit.enrolments().get(0).status());
            assertEquals(0, answer(f.handOver(f.east(), body(new CampaignHandover(List.of(),
                    List.of(new HandedEnrolment(replied, ann.recipient())), List.of(), List.of(), exit.cursor()))).body())
                    .exitsApplied(), "a replayed exit changes nothing");
        }
    }
}
