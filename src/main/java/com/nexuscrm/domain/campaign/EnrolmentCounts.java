package com.nexuscrm.domain.campaign;

import java.util.UUID;

/**
 * How many people one plan has enrolled, how many are still running (active or paused), through every step, and how many left because
 * they replied, bounced or unsubscribed (from the enrolments' status and exit reason).
 */
public record EnrolmentCounts(UUID planId, int enrolled, int active, int completed, int replied, int bounced,
                              int unsubscribed) {
    public static EnrolmentCounts none(UUID planId) {
        return new EnrolmentCounts(planId, 0, 0, 0, 0, 0, 0);
    }
}
