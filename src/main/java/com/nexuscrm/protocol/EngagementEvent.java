package com.nexuscrm.protocol;

import java.time.Instant;
import java.util.UUID;

/** One touch's opens or clicks as the team server counted them: first and last time, how many, and its cursor. */
public record EngagementEvent(UUID touchId, String kind, Instant firstAt, Instant lastAt, long count, long seq) {
    public static final String OPEN = "OPEN";
    public static final String CLICK = "CLICK";
}
