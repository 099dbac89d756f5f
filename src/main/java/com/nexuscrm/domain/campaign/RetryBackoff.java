package com.nexuscrm.domain.campaign;

import java.time.Duration;

/** Exponential backoff for a touch whose channel was down: {@code first}, doubled per attempt, at most {@code max}. */
public record RetryBackoff(Duration first, Duration max) {
    public static final RetryBackoff DEFAULT = new RetryBackoff(Duration.ofMinutes(1), Duration.ofHours(1));

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration after(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
