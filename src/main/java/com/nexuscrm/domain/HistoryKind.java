package com.nexuscrm.domain;

/** What an entry on an account's unified timeline is: a logged activity of one type, or another record's event. */
public enum HistoryKind {
    EMAIL("Emails"), CALL("Calls"), MEETING("Meetings"), NOTE("Notes"), TASK("Tasks"), TICKET("Tickets"),
    DEAL("Deals"), DOCUMENT("Documents"), TOUCH("Campaign touches");

    private final String label;

    HistoryKind(String label) {
        this.label = label;
    }

    /** The filter chip's text. */
    public String label() {
        return label;
    }

    /** The kind of an activity of {@code type}. */
    public static HistoryKind of(ActivityType type) {
        return valueOf(type.name());
    }

    /** The activity type behind this kind, or null for the kinds that are not activities. */
    public ActivityType activityType() {
        return ordinal() <= TASK.ordinal() ? ActivityType.valueOf(name()) : null;
    }
}
