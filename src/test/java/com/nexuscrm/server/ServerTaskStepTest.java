package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.json.Json;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.usecase.HandOverCampaigns;
import com.nexuscrm.usecase.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A linked workspace's voice and LinkedIn steps reached by the team server (H2, and PostgreSQL when NEXUS_TEST_PG_URL
 * is set) while the workstation only hands over: each becomes exactly one task in the lead owner's Today queue, with
 * the script filled in, however many hand-overs bring it; the touches are mirrored as sent; and an unsubscribe the
 * server recorded comes back as the lead's Do not contact flag.
 */
class ServerTaskStepTest {
    private static final String PASSWORD = "task-step-pass-1";

    static List<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aServerTaskStepBecomesOneTodayTaskOnTheWorkstation(ServerTargets.Kind kind, @TempDir Path dir) throws Exception {
        ServerTargets.Target target = kind.fresh();
        try (CampaignWorkspace ws = new CampaignWorkspace(dir.resolve("ws"));
             ServerDatabase db = ServerDatabase.open(target.url());
             TeamServer server = new TeamServer(db, ws.clock, Duration.ofDays(7))) {
            server.campaigns().scheduling(false);
            server.start("127.0.0.1", 0);
            server.accounts().addUser("boss@tasks.test", "Boss", Role.MANAGER, "Tasks", PASSWORD.toCharArray());
            server.accounts().addUser("rep@tasks.test", "Rep", Role.REP, "Tasks", PASSWORD.toCharArray());
            ServerHttp http = new ServerHttp(server.port());
            assertEquals(200, http.send("PUT", "/campaigns/settings", http.token("boss@tasks.test", PASSWORD),
                    "{\"dailyLimit\":200,\"email\":{\"smtp\":{\"host\":\"127.0.0.1\",\"port\":2525,\"security\":\"NONE\"},"
                            + "\"unsubscribeAddress\":\"unsubscribe@nexus.test\",\"unsubscribeUrl\":\"https://crm.nexus.test/u\","
                            + "\"timeoutMillis\":5000}}").statusCode());
            UUID team = server.accounts().authenticate("rep@tasks.test", PASSWORD.toCharArray()).orElseThrow().teamId();
            SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), Json.mapper());
            client.login("rep@tasks.test", PASSWORD.toCharArray());

            Workspace workspace = Workspace.over(ws.store);
            User rita = new User(Ids.newId());
            rita.setDisplayName("Rita Rep");
            rita.setEmail("rita@nexus.test");
            rita.setRole(Role.REP);
            rita.setWorkdayStart(9);
            rita.setWorkdayEnd(17);
            rita.setTimeZone("UTC");
            rita = workspace.repository(User.class).save(rita);
            Lead ann = Leads.lead("Ann", "Archer", "Archer Ltd");
            ann.setPhone("+44 20 7946 0958");
            ann.setOwnerId(rita.getId());
            ann = ws.store.leads().save(ann);
            CampaignPlan plan = new CampaignPlan(Ids.newId(), "Event invite", "Meeting booked", Audience.MANUAL,
                    CampaignWorkspace.SENDER, "Rita Rep", List.of(
                            Step.of(0, Channel.VOICE_TASK, new Template("A", "Invite to the roadshow",
                                    "Hi {{firstName|there}}, it's {{senderName}} from Nexus; ask about {{company|their team}}.")),
                            Step.of(1, Channel.LINKEDIN_TASK, new Template("A", null, "Good to speak, {{firstName}}!"))));
            ws.ports.plans().save(plan);
            Enrolment enrolment = ws.enrol(plan, ann);
            HandOverCampaigns handOver = new HandOverCampaigns(workspace, ws.clock, ZoneOffset.UTC);

            assertEquals(1, handOver.run(client::handOver).enrolmentsAdded());
            server.campaigns().runTeams();
            ScheduledTouch call = server.campaigns().ports(team).touches().forEnrolment(enrolment.id()).get(0);
            assertEquals(TouchStatus.SENT, call.status(), String.valueOf(call.lastError()));
            assertTrue(tasksOn(workspace, ann).isEmpty(), "the server writes no task into the workstation");

            HandOverCampaigns.Result first = handOver.run(client::handOver);
            handOver.run(client::handOver);
            assertTrue(first.touchesMirrored() >= 1);
            List<Activity> tasks = tasksOn(workspace, ann);
            assertEquals(1, tasks.size(), "one task after two hand-overs");
            Activity task = tasks.get(0);
            assertEquals(call.id(), task.getId(), "the task is keyed by the touch id");
            assertEquals(rita.getId(), task.getOwnerId(), "the lead's owner does it");
            assertFalse(task.isDone());
            assertEquals("Call Ann Archer (Event invite, step 1)", task.getSubject());
            assertEquals("Phone: +44 20 7946 0958\n\nInvite to the roadshow\n\nHi Ann, it's Rita Rep from Nexus;"
                    + " ask about Archer Ltd.", task.getBody());
            assertEquals(TouchStatus.SENT, ws.touches(enrolment).get(0).status(), "the server's touch is mirrored");

            ws.clock.advance(Duration.ofDays(1));
            server.campaigns().runTeams();
            server.campaigns().runTeams();
            handOver.run(client::handOver);
            handOver.run(client::handOver);
            assertEquals(2, tasksOn(workspace, ann).size(), "the LinkedIn step is one more task");
            ScheduledTouch message = server.campaigns().ports(team).touches().forEnrolment(enrolment.id()).get(1);
            assertEquals("LinkedIn message to Ann Archer (Event invite, step 2)",
                    workspace.activities().find(message.id()).orElseThrow().getSubject());
            assertEquals("Good to speak, Ann!", workspace.activities().find(message.id()).orElseThrow().getBody());

            // A suppression the server makes (an SMS STOP) reaches the workstation as Do not contact.
            assertFalse(ws.store.leads().find(ann.getId()).orElseThrow().isDoNotContact());
            server.campaigns().ports(team).policy().suppress(new Suppression(Ids.newId(), ann.getId(), "+442079460958", null,
                    Suppression.Reason.UNSUBSCRIBED, "SMS STOP from +442079460958", ws.clock.instant()));
            assertTrue(handOver.run(client::handOver).touchesMirrored() == 0);
            assertTrue(ws.store.leads().find(ann.getId()).orElseThrow().isDoNotContact());
            assertTrue(ws.ports.policy().blocked(ann.getId(), "ann@example.com", Channel.EMAIL).isPresent());
        } finally {
            target.cleanup().close();
        }
    }

    private static List<Activity> tasksOn(Workspace workspace, Lead lead) {
        return workspace.activities().timeline(RecordRef.lead(lead.getId()), Set.of(ActivityType.TASK), 0, 50);
    }
}
