package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.LeadPriority;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a lead went and why. {@code assigneeId} is null when the lead waits in the SDR queue;
 * {@code strategy} is what was actually done, which differs from the rule's when nobody was available;
 * {@code reason} says it all in plain words and is what the decision log keeps.
 */
public record RoutingDecision(UUID leadId, Integer score, RoutingRule rule, RoutingStrategy strategy, UUID assigneeId,
                              String assigneeName, UUID teamId, LeadPriority priority, Instant routedAt, Instant dueAt,
                              boolean nurture, String reason) {
    public boolean queued() {
        return assigneeId == null;
    }
}
