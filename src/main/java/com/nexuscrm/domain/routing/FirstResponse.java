package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import java.time.Instant;

/**
 * The rule that stops the SLA clock: the first time a routed lead's status leaves New, that is its first
 * response. A lead that was never routed has no clock to stop and is left as it is.
 */
public final class FirstResponse {
    private FirstResponse() { }

    /** Stamps {@code firstResponseAt} when the routed lead was New before this change and is not now; never overwrites. */
    public static void stamp(LeadStatus before, Lead after, Instant now) {
        if (before == LeadStatus.NEW && after.getStatus() != LeadStatus.NEW && after.getFirstResponseAt() == null
                && after.getRoutedAt() != null) {
            after.setFirstResponseAt(now);
        }
    }
}
