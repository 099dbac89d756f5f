package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.Lead;
import java.time.Instant;

/**
 * What saving an edited lead does to its routing. A form opened before the lead was routed holds no
 * routing, so saving it must not undo the routing (owner, team, priority, routed and due times); a first
 * response is never cleared; and leaving New stamps the first response.
 */
public final class RoutedLeadEdits {
    private RoutedLeadEdits() { }

    public static void onSave(Lead stored, Lead edited, Instant now) {
        if (stored.getRoutedAt() != null && edited.getRoutedAt() == null) {
            edited.setOwnerId(stored.getOwnerId());
            edited.setTeamId(stored.getTeamId());
            edited.setPriority(stored.getPriority());
            edited.setRoutedAt(stored.getRoutedAt());
            edited.setSlaDueAt(stored.getSlaDueAt());
        }
        if (edited.getFirstResponseAt() == null) {
            edited.setFirstResponseAt(stored.getFirstResponseAt());
        }
        FirstResponse.stamp(stored.getStatus(), edited, now);
    }
}
