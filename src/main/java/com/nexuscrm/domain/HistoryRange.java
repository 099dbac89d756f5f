package com.nexuscrm.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which entries of an account's timeline to read: the kinds (all when empty) and the time range {@code [from, to)};
 * a null bound is open.
 */
public record HistoryRange(Set<HistoryKind> kinds, Instant from, Instant to) {
    public HistoryRange {
        kinds = kinds.isEmpty() ? EnumSet.allOf(HistoryKind.class) : EnumSet.copyOf(kinds);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    /** Everything, at any time. */
    public static HistoryRange all() {
        return new HistoryRange(Set.of(), null, null);
    }

    public boolean includes(HistoryKind kind) {
        return kinds.contains(kind);
    }
}
