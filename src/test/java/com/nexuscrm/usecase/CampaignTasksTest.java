package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignTask;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Voice and LinkedIn steps over a real encrypted workspace: each becomes one task in the owner's Today queue with the
 * filled-in script, a second queueing of the same touch adds nothing, and a person nobody can be given the task for
 * keeps the touch waiting with an error that says what to fix.
 */
class CampaignTasksTest {
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private Workspace workspace;
    private CampaignTasks tasks;
    private User rita;

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        workspace = Workspace.over(ws.store);
        tasks = new CampaignTasks(workspace, ws.clock);
        rita = new User(Ids.newId());
        rita.setDisplayName("Rita Rep");
        rita.setEmail("rita@nexus.test");
        rita.setRole(Role.REP);
        rita.setWorkdayStart(9);
        rita.setWorkdayEnd(17);
        rita.setTimeZone("UTC");
        rita = workspace.repository(User.class).save(rita);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private CampaignPlan callThenLinkedIn(String name, String sender) {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), name, "Meeting booked", Audience.MANUAL, sender,
                "Rita Rep", List.of(
                        Step.of(0, Channel.VOICE_TASK, new Template("A", "Invite to the roadshow",
                                "Hi {{firstName|there}}, it's {{senderName}} from Nexus; ask about {{company|their team}}.")),
                        Step.of(1, Channel.LINKEDIN_TASK, new Template("A", null, "Good to speak, {{firstName}}!"))));
        ws.ports.plans().save(plan);
        return plan;
    }

    private List<Activity> tasksOn(Lead lead) {
        return workspace.activities().timeline(com.nexuscrm.domain.RecordRef.lead(lead.getId()),
                java.util.Set.of(ActivityType.TASK), 0, 50);
    }

    private ScheduledTouch run(Enrolment e) {
        ws.runner(CampaignChannels.of(CampaignSendingSettings.NONE, ws.ports, tasks).outbound()).runOnce();
        List<ScheduledTouch> touches = ws.touches(e);
        return touches.get(touches.size() - 1);
    }

    @Test
    void eachTaskStepIsOneTaskForTheOwnerWithTheScriptFilledIn() {
        Lead ann = ws.lead("Ann", "Archer");
        ann.setOwnerId(rita.getId());
        ann = ws.store.leads().save(ann);
        Enrolment e = ws.enrol(callThenLinkedIn("Event invite", "campaigns@nexus.test"), ann);

        ScheduledTouch call = run(e);
        assertEquals(TouchStatus.SENT, call.status(), String.valueOf(call.lastError()));
        Activity task = workspace.activities().find(call.id()).orElseThrow();
        assertTrue(task.isTask());
        assertFalse(task.isDone());
        assertEquals(rita.getId(), task.getOwnerId());
        assertEquals(ann.getId(), task.getLeadId());
        assertEquals(ws.clock.instant(), task.getDueAt());
        assertEquals("Call Ann Archer (Event invite, step 1)", task.getSubject());
        assertEquals("Phone: +44 20 7946 0958\n\nInvite to the roadshow\n\n"
                + "Hi Ann, it's Rita Rep from Nexus; ask about Archer Ltd.", task.getBody());

        tasks.queue(new CampaignTask(call.id(), PersonRef.lead(ann.getId()), Channel.VOICE_TASK, null, "again", "again"));
        assertEquals(1, tasksOn(ann).size(), "a second queueing of the same touch adds nothing");
        assertEquals("Call Ann Archer (Event invite, step 1)", workspace.activities().find(call.id()).orElseThrow().getSubject());

        ws.clock.advance(Duration.ofDays(1));
        ScheduledTouch message = run(e);
        assertEquals(Channel.LINKEDIN_TASK, message.channel());
        assertEquals(TouchStatus.SENT, message.status(), String.valueOf(message.lastError()));
        assertEquals("LinkedIn message to Ann Archer (Event invite, step 2)",
                workspace.activities().find(message.id()).orElseThrow().getSubject());
        assertEquals("Good to speak, Ann!", workspace.activities().find(message.id()).orElseThrow().getBody());
        assertEquals(2, tasksOn(ann).size());
    }

    @Test
    void anUnownedPersonGoesToTheSenderOrWaitsWithAnErrorSayingWhatToFix() {
        Lead bob = ws.lead("Bob", "Baker");
        Enrolment viaSender = ws.enrol(callThenLinkedIn("From Rita", "rita@nexus.test"), bob);
        ScheduledTouch call = run(viaSender);
        assertEquals(TouchStatus.SENT, call.status(), String.valueOf(call.lastError()));
        assertEquals(rita.getId(), workspace.activities().find(call.id()).orElseThrow().getOwnerId(),
                "nobody owns Bob: the campaign's sender, a team member, gets the task");

        Lead cat = ws.lead("Cat", "Cole");
        Enrolment nobody = ws.enrol(callThenLinkedIn("From outside", "outsider@elsewhere.test"), cat);
        ScheduledTouch waiting = run(nobody);
        assertEquals(TouchStatus.PENDING, waiting.status());
        assertTrue(waiting.lastError().contains("give the lead an owner"), waiting.lastError());
        assertTrue(tasksOn(cat).isEmpty());
        Instant retry = waiting.nextAttemptAt();
        assertTrue(retry.isAfter(ws.clock.instant()), "tried again later, with backoff");
    }
}
