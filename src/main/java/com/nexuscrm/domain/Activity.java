package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A call, email, meeting, note or task logged against a lead, contact, account or deal. {@code occurredAt} is
 * when it happened (for a meeting: when it is held; for a task: when it was created); a task also has a due
 * date, a priority and a reminder, and is {@code done} once completed. Activities logged on a contact or deal
 * carry its account too, so an account's timeline is one indexed query.
 */
@Entity
@Table(name = "activity")
public class Activity extends SyncedRecord {
    @Enumerated(EnumType.STRING) private ActivityType type;
    private String subject;
    @Lob private String body;
    private UUID leadId;
    private UUID contactId;
    private UUID accountId;
    private UUID dealId;
    private Instant occurredAt;
    private Instant dueAt;
    private boolean done;
    private Integer durationSeconds;
    @Enumerated(EnumType.STRING) private TaskPriority priority;
    private Instant reminderAt;
    private Instant completedAt;
    private String outcome;

    public Activity() { }

    public Activity(UUID id) { super(id); }

    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public UUID getLeadId() { return leadId; }
    public void setLeadId(UUID leadId) { this.leadId = leadId; }
    public UUID getContactId() { return contactId; }
    public void setContactId(UUID contactId) { this.contactId = contactId; }
    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public UUID getDealId() { return dealId; }
    public void setDealId(UUID dealId) { this.dealId = dealId; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant dueAt) { this.dueAt = dueAt; }
    public boolean isDone() { return done; }
    public void setDone(boolean done) { this.done = done; }
    public Integer getDurationSeconds() { return durationSeconds; }
    public void setDurationSeconds(Integer durationSeconds) { this.durationSeconds = durationSeconds; }
    /** A task's priority; empty for other activities. */
    public TaskPriority getPriority() { return priority; }
    public void setPriority(TaskPriority priority) { this.priority = priority; }
    /** When to remind the owner of a task; empty for none. */
    public Instant getReminderAt() { return reminderAt; }
    public void setReminderAt(Instant reminderAt) { this.reminderAt = reminderAt; }
    /** When a task was completed ({@code done} set); empty while open. */
    public Instant getCompletedAt() { return completedAt; }
    public void setCompletedAt(Instant completedAt) { this.completedAt = completedAt; }
    /** How a call or meeting went (a value of the team's activity-outcome list); empty when not given. */
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }

    /** A task: has a due date and is completed, rather than having happened. */
    public boolean isTask() { return type == ActivityType.TASK; }
}
