package com.nexuscrm.ui.today;

import com.nexuscrm.domain.RecordRef;
import java.util.UUID;

/**
 * One line of the Today list: a section's header, one thing to do, or the sentence of an empty section.
 * {@code title} says what it is, {@code reason} why it is in the queue; {@code opens} is the record Enter
 * opens (none for headers and for a task on no record), {@code taskId} set for a task (Space completes it).
 */
public record TodayRow(Group group, Kind kind, String title, String reason, RecordRef opens, UUID taskId, boolean urgent) {
    /** The sections, in the order they are listed. */
    public enum Group {
        TASKS("Overdue & due tasks", "Nothing due today: no open task is due or overdue."),
        SLA("About to breach SLA", "No lead of yours is near its first-response deadline."),
        CALL_FIRST("Call first", "No new leads waiting for a first call."),
        MEETINGS("Meetings today", "No meetings on your calendar today."),
        DEALS("Deals closing this week or gone quiet", "No open deal closes this week or has gone quiet.");

        private final String label;
        private final String empty;

        Group(String label, String empty) {
            this.label = label;
            this.empty = empty;
        }

        public String label() { return label; }

        /** Why the section is empty, in a sentence. */
        public String emptyText() { return empty; }
    }

    public enum Kind { HEADER, ITEM, EMPTY }

    static TodayRow header(Group group, int count) {
        return new TodayRow(group, Kind.HEADER, group.label(), String.valueOf(count), null, null, false);
    }

    static TodayRow empty(Group group) {
        return new TodayRow(group, Kind.EMPTY, group.emptyText(), "", null, null, false);
    }

    static TodayRow item(Group group, String title, String reason, RecordRef opens, boolean urgent) {
        return new TodayRow(group, Kind.ITEM, title, reason, opens, null, urgent);
    }

    static TodayRow task(String title, String reason, RecordRef opens, UUID taskId, boolean overdue) {
        return new TodayRow(Group.TASKS, Kind.ITEM, title, reason, opens, taskId, overdue);
    }

    public boolean isTask() { return taskId != null; }

    public boolean isHeader() { return kind == Kind.HEADER; }
}
