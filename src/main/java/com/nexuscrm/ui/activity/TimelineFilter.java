package com.nexuscrm.ui.activity;

import com.nexuscrm.domain.ActivityType;
import java.util.EnumSet;
import java.util.Set;

/** What a timeline lists: everything, one type of activity, or a lead's or contact's campaign touches. */
public enum TimelineFilter {
    ALL("All", null),
    CALLS("Calls", ActivityType.CALL),
    EMAILS("Emails", ActivityType.EMAIL),
    MEETINGS("Meetings", ActivityType.MEETING),
    NOTES("Notes", ActivityType.NOTE),
    TASKS("Tasks", ActivityType.TASK),
    TOUCHES("Campaign touches", null);

    private final String label;
    private final ActivityType type;

    TimelineFilter(String label, ActivityType type) {
        this.label = label;
        this.type = type;
    }

    public String label() { return label; }

    /** The types the repository is asked for; empty means all. */
    public Set<ActivityType> types() {
        return type == null ? Set.of() : EnumSet.of(type);
    }

    /** Whether an activity of {@code t} is listed under this filter. */
    public boolean includes(ActivityType t) {
        return this == ALL || type != null && type == t;
    }

    /** Whether campaign touches are listed under this filter (All and Campaign touches). */
    public boolean touches() {
        return this == ALL || this == TOUCHES;
    }

    /** The filter that lists only {@code t}. */
    public static TimelineFilter of(ActivityType t) {
        for (TimelineFilter f : values()) {
            if (f.type == t && f != TOUCHES) {
                return f;
            }
        }
        throw new IllegalArgumentException("No filter for " + t);
    }
}
