package com.nexuscrm.server;

import static com.nexuscrm.server.CampaignHandoverFixtures.answer;
import static com.nexuscrm.server.CampaignHandoverFixtures.body;
import static com.nexuscrm.server.CampaignHandoverFixtures.enrolled;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.protocol.CampaignHandover;
import com.nexuscrm.protocol.CampaignHandover.HandedEnrolment;
import com.nexuscrm.testing.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A plan whose step offers two channels ("SMS or email, best of") is accepted by the team server's hand-over, stored
 * with its alternative and run: a recipient with no phone and no SMS consent gets the email (H2, and PostgreSQL when
 * NEXUS_TEST_PG_URL is set).
 */
class CampaignAlternativeChannelTest {
    private static final String PASSWORD = "alternative-pass-1";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    static List<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theServerStoresAndRunsAStepWithAnAlternativeChannel(ServerTargets.Kind kind) throws Exception {
        ServerTargets.Target target = kind.fresh();
        try (ServerDatabase db = ServerDatabase.open(target.url());
             TeamServer server = new TeamServer(db, new MutableClock(NOW), Duration.ofHours(12))) {
            server.campaigns().scheduling(false).channels(s -> Map.of());
            server.start("127.0.0.1", 0);
            String user = "alt" + Long.toHexString(System.nanoTime()) + "@example.com";
            server.accounts().addUser(user, "Alt", Role.REP, "Alt" + user.hashCode(), PASSWORD.toCharArray());
            String boss = "boss" + user;
            server.accounts().addUser(boss, "Boss", Role.MANAGER, "Alt" + user.hashCode(), PASSWORD.toCharArray());
            UUID team = server.accounts().authenticate(user, PASSWORD.toCharArray()).orElseThrow().teamId();
            ServerHttp http = new ServerHttp(server.port());
            HttpResponse<String> saved = http.send("PUT", "/campaigns/settings", http.token(boss, PASSWORD), "{\"dailyLimit\":200,"
                    + "\"email\":{\"smtp\":{\"host\":\"127.0.0.1\",\"port\":2525,\"security\":\"NONE\",\"username\":null,"
                    + "\"password\":null},\"imap\":null,\"imapFolder\":null,\"envelopeFrom\":null,"
                    + "\"unsubscribeAddress\":\"unsubscribe@nexus.test\",\"unsubscribeUrl\":\"https://crm.nexus.test/u\","
                    + "\"timeoutMillis\":5000}}");
            assertEquals(200, saved.statusCode(), saved.body());
            CampaignPlan plan = new CampaignPlan(Ids.newId(), "Best of", "Meeting booked", Audience.MANUAL,
                    CampaignHandoverFixtures.SENDER, "Nexus Sales", List.of(Step.of(0, Channel.SMS,
                            new Template("A", "Hello {{firstName|there}}", "Hi {{firstName|there}}, a quick one.")).or(Channel.EMAIL)));
            HandedEnrolment ann = enrolled(plan, "Ann", NOW);

            HttpResponse<String> handed = http.send("POST", "/campaigns/handover", http.token(user, PASSWORD),
                    body(new CampaignHandover(List.of(plan), List.of(ann), List.of(), List.of(), 0)));
            assertEquals(200, handed.statusCode(), handed.body());
            assertEquals(1, answer(handed.body()).plansChanged());
            assertEquals(Channel.EMAIL, server.campaigns().ports(team).plans().find(plan.id()).orElseThrow().step(0).alternative(),
                    "stored with its alternative");

            assertEquals(1, server.campaigns().runTeams().scheduled());
            ScheduledTouch touch = server.campaigns().ports(team).touches().forEnrolment(ann.enrolment().id()).get(0);
            assertEquals(Channel.EMAIL, touch.channel(), "no phone and no SMS consent: the email");
            assertEquals("ann@example.com", touch.address());
        } finally {
            target.cleanup().close();
        }
    }
}
