package com.nexuscrm.usecase;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.RecordWriter;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * A rep logs what they did (a call, email, meeting or note) or plans a task, on a lead, contact, account or
 * deal; and completes or reopens a task. A call, email or meeting logged on a routed New lead is its first
 * response: it stops the lead's SLA clock in the same transaction (notes and tasks reach nobody, so they do
 * not). Activities on a contact or deal also carry its account, so they show on the account's timeline.
 */
public final class LogActivity {
    /** What the small "log" form collects. {@code at} is when it happened (a task: its due date). */
    public record Draft(ActivityType type, String subject, String body, RecordRef on, Instant at,
                        TaskPriority priority, Instant reminderAt, String outcome, Integer durationSeconds) {
        public static Draft of(ActivityType type, String subject, RecordRef on, Instant at) {
            return new Draft(type, subject, null, on, at, type == ActivityType.TASK ? TaskPriority.NORMAL : null,
                    null, null, null);
        }
    }

    private final ActivityRepository activities;
    private final LeadRepository leads;
    private final RecordRepository<Contact> contacts;
    private final RecordRepository<Deal> deals;
    private final RecordWriter writer;
    private final Clock clock;

    public LogActivity(ActivityRepository activities, LeadRepository leads, RecordRepository<Contact> contacts,
                       RecordRepository<Deal> deals, RecordWriter writer, Clock clock) {
        this.activities = activities;
        this.leads = leads;
        this.contacts = contacts;
        this.deals = deals;
        this.writer = writer;
        this.clock = clock;
    }

    public LogActivity(Workspace workspace, Clock clock) {
        this(workspace.activities(), workspace.leads(), workspace.repository(Contact.class),
                workspace.repository(Deal.class), workspace.writer(), clock);
    }

    /**
     * Logs the draft as {@code by}'s activity. Invalid input (no subject, a subject too long...) throws
     * {@link com.nexuscrm.domain.ValidationException} naming the field, and nothing is saved.
     */
    public Activity log(Draft draft, User by) {
        return log(Ids.newId(), draft, by);
    }

    /**
     * Logs the draft once under {@code id} (a campaign's task takes its touch's id): when an activity with that id
     * exists already, it is returned as it is and nothing is saved.
     */
    public Activity logOnce(UUID id, Draft draft, User by) {
        return activities.find(id).orElseGet(() -> log(id, draft, by));
    }

    private Activity log(UUID id, Draft draft, User by) {
        Instant now = clock.instant();
        Activity a = new Activity(id);
        a.setType(draft.type());
        a.setSubject(draft.subject() == null ? null : draft.subject().strip());
        a.setBody(draft.body() == null || draft.body().isBlank() ? null : draft.body());
        a.setOwnerId(by.getId());
        a.setTeamId(by.getTeamId());
        a.setOutcome(draft.outcome() == null || draft.outcome().isBlank() ? null : draft.outcome().strip());
        a.setDurationSeconds(draft.durationSeconds());
        if (draft.type() == ActivityType.TASK) {
            a.setOccurredAt(now);
            a.setDueAt(draft.at() == null ? now : draft.at());
            a.setPriority(draft.priority() == null ? TaskPriority.NORMAL : draft.priority());
            a.setReminderAt(draft.reminderAt());
            a.setDone(false);
        } else {
            a.setOccurredAt(draft.at() == null ? now : draft.at());
            a.setDone(true);
        }
        List<SyncedRecord> together = new ArrayList<>(2);
        together.add(a);
        link(a, draft.on()).ifPresent(together::add);
        writer.saveTogether(together);
        return a;
    }

    /** Completes an open task (done, with the time); completing a done task changes nothing. */
    public Activity complete(UUID taskId) {
        Activity task = task(taskId);
        if (!task.isDone()) {
            task.setDone(true);
            task.setCompletedAt(clock.instant());
            activities.save(task);
        }
        return task;
    }

    /** Opens a completed task again (undo of {@link #complete}). */
    public Activity reopen(UUID taskId) {
        Activity task = task(taskId);
        if (task.isDone()) {
            task.setDone(false);
            task.setCompletedAt(null);
            activities.save(task);
        }
        return task;
    }

    private Activity task(UUID id) {
        Activity a = activities.find(id).filter(x -> !x.isDeleted())
                .orElseThrow(() -> new NoSuchElementException("The task was deleted (perhaps on another workstation)."));
        if (a.getType() != ActivityType.TASK) {
            throw new IllegalArgumentException("Only a task can be completed; \"" + a.getSubject() + "\" is a "
                    + a.getType().name().toLowerCase() + ".");
        }
        return a;
    }

    /** Sets the activity's links from the record it is logged on; returns a lead whose SLA clock it stopped. */
    private Optional<Lead> link(Activity a, RecordRef on) {
        switch (on.kind()) {
            case LEAD -> {
                Lead lead = leads.find(on.id()).filter(l -> !l.isDeleted()).orElseThrow(() -> gone(on));
                a.setLeadId(lead.getId());
                a.setTeamId(a.getTeamId() == null ? lead.getTeamId() : a.getTeamId());
                return respondedTo(lead, a);
            }
            case CONTACT -> {
                Contact c = contacts.find(on.id()).filter(x -> !x.isDeleted()).orElseThrow(() -> gone(on));
                a.setContactId(c.getId());
                a.setAccountId(c.getAccountId());
            }
            case DEAL -> {
                Deal d = deals.find(on.id()).filter(x -> !x.isDeleted()).orElseThrow(() -> gone(on));
                a.setDealId(d.getId());
                a.setAccountId(d.getAccountId());
            }
            case ACCOUNT -> a.setAccountId(on.id());
        }
        return Optional.empty();
    }

    private Optional<Lead> respondedTo(Lead lead, Activity a) {
        boolean reachesLead = a.getType() == ActivityType.CALL || a.getType() == ActivityType.EMAIL
                || a.getType() == ActivityType.MEETING;
        if (!reachesLead) {
            return Optional.empty();
        }
        if (lead.getLastActivityAt() == null || lead.getLastActivityAt().isBefore(a.getOccurredAt())) {
            lead.setLastActivityAt(a.getOccurredAt());
        }
        if (lead.getStatus() == LeadStatus.NEW && lead.getFirstResponseAt() == null) {
            lead.setFirstResponseAt(clock.instant());
        }
        return Optional.of(lead);
    }

    private static NoSuchElementException gone(RecordRef on) {
        return new NoSuchElementException("The " + on.kind().label().toLowerCase()
                + " was deleted (perhaps on another workstation); the activity was not logged.");
    }
}
