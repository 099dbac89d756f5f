package com.nexuscrm.ui.activity;

import java.time.Duration;
import java.time.Instant;

/** When to remind the rep of a task, relative to its due time. */
public enum ReminderChoice {
    NONE("No reminder", null),
    AT_DUE("At due time", Duration.ZERO),
    MINUTES_15("15 minutes before", Duration.ofMinutes(15)),
    HOUR_1("1 hour before", Duration.ofHours(1)),
    DAY_1("1 day before", Duration.ofDays(1));

    private final String label;
    private final Duration before;

    ReminderChoice(String label, Duration before) {
        this.label = label;
        this.before = before;
    }

    public String label() { return label; }

    /** The reminder time for a task due at {@code due}; null for none. */
    public Instant reminderAt(Instant due) {
        return before == null || due == null ? null : due.minus(before);
    }
}
