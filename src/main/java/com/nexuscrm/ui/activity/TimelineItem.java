package com.nexuscrm.ui.activity;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.campaign.PersonTouch;
import com.nexuscrm.ui.common.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One row of a timeline: an activity's values as the list shows them, immutable, so a completed task is a new
 * item put in the old one's place.
 */
public record TimelineItem(UUID id, ActivityType type, String subject, String body, Instant occurredAt,
                           Instant dueAt, TaskPriority priority, boolean done, Instant completedAt, String outcome,
                           PersonTouch touch) {
    private static final int PREVIEW = 160;

    public static TimelineItem of(Activity a) {
        return new TimelineItem(a.getId(), a.getType(), a.getSubject(), a.getBody(), a.getOccurredAt(), a.getDueAt(),
                a.getPriority(), a.isDone(), a.getCompletedAt(), a.getOutcome(), null);
    }

    /** A campaign touch: "Nurture · step 2", when it got its outcome (a pending one: when it is planned). */
    public static TimelineItem of(PersonTouch t) {
        return new TimelineItem(t.id(), null, t.campaign() + " · step " + (t.stepIndex() + 1), null, t.at(), null, null,
                false, null, t.outcome().label(), t);
    }

    public boolean isTask() {
        return type == ActivityType.TASK;
    }

    /** An open task whose due time has passed. */
    public boolean overdue(Instant now) {
        return isTask() && !done && dueAt != null && dueAt.isBefore(now);
    }

    /** The type as a word: "Call", "Task". */
    public String typeLabel() {
        if (touch != null) {
            return "Campaign · " + touch.channel().label();
        }
        String name = type == null ? "Activity" : type.name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }

    /** When: a task's due (or completion) time, else when it happened. */
    public String when(Formats formats) {
        if (isTask()) {
            if (done && completedAt != null) {
                return "Done " + formats.dayTime(completedAt);
            }
            return dueAt == null ? "No due date" : "Due " + formats.dayTime(dueAt);
        }
        if (touch != null && occurredAt == null) {
            return "";
        }
        return touch != null && touch.outcome() == PersonTouch.Outcome.PENDING ? "Planned " + formats.dayTime(occurredAt)
                : formats.dayTime(occurredAt);
    }

    /** The line under the subject: type, outcome, a task's priority and state ("Task · High · Open"). */
    public String details() {
        List<String> parts = new ArrayList<>();
        parts.add(typeLabel());
        if (outcome != null && !outcome.isBlank()) {
            parts.add(outcome);
        }
        if (isTask()) {
            if (priority != null) {
                parts.add(priority.label() + " priority");
            }
            parts.add(done ? "Done" : "Open");
        }
        return String.join(" · ", parts);
    }

    /** The notes on one line, cut at {@value #PREVIEW} characters; "" without notes. */
    public String preview() {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1).stripTrailing() + "…";
    }
}
