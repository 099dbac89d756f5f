package com.nexuscrm.domain.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * A lead's SLA at one moment. {@code left} is business time until the due time (negative once overdue);
 * {@code paused} means the owner is outside working hours now, so the clock is not running.
 */
public record SlaStatus(SlaState state, Instant dueAt, Duration left, Duration length, boolean paused) {
    public static final SlaStatus NONE = new SlaStatus(SlaState.NONE, null, Duration.ZERO, Duration.ZERO, false);

    /** Whole business minutes left, rounded down (negative when overdue). */
    public long minutesLeft() {
        return left.toMinutes();
    }

    /** What the inbox shows: "12 min left", "1 h 05 min left (paused)", "Overdue by 25 min", "Answered". */
    public String text() {
        return switch (state) {
            case NONE -> "";
            case ANSWERED -> "Answered";
            case BREACHED -> "Overdue by " + amount(left.negated());
            case ON_TRACK, AT_RISK -> amount(left) + " left" + (paused ? " (paused)" : "");
        };
    }

    private static String amount(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        return minutes < 60 ? minutes + " min" : String.format("%d h %02d min", minutes / 60, minutes % 60);
    }
}
