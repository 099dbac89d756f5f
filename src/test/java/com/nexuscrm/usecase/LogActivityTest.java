package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging activities and tasks on the real encrypted store: links, the SLA stop, the timeline's pages. */
class LogActivityTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(T0);
    private LogActivity log;
    private User rep;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "activity pass".toCharArray());
        workspace = Workspace.over(store);
        log = new LogActivity(workspace, clock);
        SalesTeams org = new SalesTeams();
        Team team = org.team("Inbound", "SMB");
        rep = org.rep("Rita Rep", team, "UTC");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCallOnARoutedNewLeadIsItsFirstResponseAndBothChangesAreOneUnit() {
        Lead lead = routedNewLead();
        clock.advance(Duration.ofMinutes(20));
        Activity call = log.log(LogActivity.Draft.of(ActivityType.CALL, "Intro call", RecordRef.lead(lead.getId()),
                clock.instant()), rep);

        Lead after = workspace.leads().find(lead.getId()).orElseThrow();
        assertEquals(clock.instant(), after.getFirstResponseAt(), "the SLA clock stops at the first call");
        assertEquals(LeadStatus.NEW, after.getStatus(), "logging does not change the status");
        assertEquals(lead.getId(), workspace.activities().find(call.getId()).orElseThrow().getLeadId());
        assertEquals(1, workspace.activities().timelineCount(RecordRef.lead(lead.getId()), Set.of()));
    }

    @Test
    void aNoteOrATaskDoesNotStopTheSlaClock() {
        Lead lead = routedNewLead();
        log.log(LogActivity.Draft.of(ActivityType.NOTE, "Looks keen", RecordRef.lead(lead.getId()), null), rep);
        log.log(LogActivity.Draft.of(ActivityType.TASK, "Call back", RecordRef.lead(lead.getId()),
                T0.plus(Duration.ofDays(1))), rep);
        assertNull(workspace.leads().find(lead.getId()).orElseThrow().getFirstResponseAt());
    }

    @Test
    void anInvalidActivitySavesNothingNotEvenTheLeadsResponse() {
        Lead lead = routedNewLead();
        var error = assertThrows(ValidationException.class, () -> log.log(
                LogActivity.Draft.of(ActivityType.CALL, "  ", RecordRef.lead(lead.getId()), null), rep));
        assertTrue(error.getMessage().contains("subject"), error.getMessage());
        assertNull(workspace.leads().find(lead.getId()).orElseThrow().getFirstResponseAt());
        assertEquals(0, workspace.activities().count());
    }

    @Test
    void theTimelineIsNewestFirstFilteredByTypeAndPaged() {
        Lead lead = routedNewLead();
        RecordRef ref = RecordRef.lead(lead.getId());
        for (int i = 0; i < 7; i++) {
            ActivityType type = i % 2 == 0 ? ActivityType.EMAIL : ActivityType.NOTE;
            log.log(LogActivity.Draft.of(type, type + " " + i, ref, T0.plus(Duration.ofHours(i))), rep);
        }
        List<Activity> first = workspace.activities().timeline(ref, Set.of(), 0, 3);
        assertEquals(List.of("EMAIL 6", "NOTE 5", "EMAIL 4"), first.stream().map(Activity::getSubject).toList());
        List<Activity> second = workspace.activities().timeline(ref, Set.of(), 3, 3);
        assertEquals("NOTE 3", second.get(0).getSubject());
        List<Activity> emails = workspace.activities().timeline(ref, Set.of(ActivityType.EMAIL), 0, 10);
        assertEquals(List.of("EMAIL 6", "EMAIL 4", "EMAIL 2", "EMAIL 0"), emails.stream().map(Activity::getSubject).toList());
        assertEquals(4, workspace.activities().timelineCount(ref, Set.of(ActivityType.EMAIL)));
    }

    @Test
    void anActivityOnAContactShowsOnItsAccountsTimeline() {
        Account account = new Account(com.nexuscrm.domain.Ids.newId());
        account.setName("Acme Tools");
        account.setCreatedAt(T0);
        workspace.repository(Account.class).save(account);
        Contact contact = new Contact(com.nexuscrm.domain.Ids.newId());
        contact.setFirstName("Cleo");
        contact.setLastName("Contact");
        contact.setAccountId(account.getId());
        contact.setCreatedAt(T0);
        workspace.repository(Contact.class).save(contact);

        log.log(LogActivity.Draft.of(ActivityType.MEETING, "Quarterly review", RecordRef.contact(contact.getId()), T0), rep);

        assertEquals(1, workspace.activities().timelineCount(RecordRef.account(account.getId()), Set.of()));
        assertEquals(1, workspace.activities().timelineCount(RecordRef.contact(contact.getId()), Set.of()));
        assertEquals(1, workspace.activities().scheduled(rep.getId(), ActivityType.MEETING, T0, T0.plusSeconds(60)).size());
    }

    @Test
    void aCompletedTaskLeavesTheOpenTasksAndCanBeReopened() {
        Lead lead = routedNewLead();
        Activity task = log.log(LogActivity.Draft.of(ActivityType.TASK, "Send pricing", RecordRef.lead(lead.getId()),
                T0.minus(Duration.ofHours(2))), rep);
        Instant endOfDay = T0.plus(Duration.ofHours(12));
        assertEquals(List.of(task.getId()),
                workspace.activities().openTasks(rep.getId(), endOfDay, 50).stream().map(Activity::getId).toList());

        clock.advance(Duration.ofMinutes(5));
        Activity done = log.complete(task.getId());
        assertTrue(done.isDone());
        assertEquals(clock.instant(), workspace.activities().find(task.getId()).orElseThrow().getCompletedAt());
        assertTrue(workspace.activities().openTasks(rep.getId(), endOfDay, 50).isEmpty());

        log.reopen(task.getId());
        assertEquals(1, workspace.activities().openTasks(rep.getId(), endOfDay, 50).size());
    }

    private Lead routedNewLead() {
        Lead lead = Leads.lead("Nina", "New", "Fresh Co");
        lead.setStatus(LeadStatus.NEW);
        lead.setOwnerId(rep.getId());
        lead.setRoutedAt(T0);
        lead.setSlaDueAt(T0.plus(Duration.ofHours(1)));
        workspace.leads().save(lead);
        return lead;
    }
}
