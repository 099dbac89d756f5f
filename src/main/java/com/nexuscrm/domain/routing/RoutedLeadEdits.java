package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.Lead;
import java.time.Instant;

/**
 * What saving an edited lead does to its routing. A form opened before the lead was routed holds no
 * routing, so saving it must not undo the routing (owner, team, priority, routed and due times); a first
 * response is never cleared, nor is the last activity moved back (an activity logged while the form was open
 * set it); and leaving New stamps the first response.
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
        if (stored.getLastActivityAt() != null && (edited.getLastActivityAt() == null
                || edited.getLastActivityAt().isBefore(stored.getLastActivityAt()))) {
            edited.setLastActivityAt(stored.getLastActivityAt());
        }
        FirstResponse.stamp(stored.getStatus(), edited, now);
    }
}
