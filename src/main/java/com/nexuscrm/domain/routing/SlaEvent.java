package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.LeadPriority;
import java.time.Instant;
import java.util.UUID;

/**
 * Something about an SLA a person should hear now, with the sentence to show. {@code repId} is null for a
 * lead in the SDR queue; {@code managerId} is who a breach was escalated to (null when there is nobody).
 */
public record SlaEvent(Kind kind, UUID leadId, String leadName, UUID repId, UUID managerId, LeadPriority priority,
                       Instant dueAt, SlaStatus status, String message) {
    public enum Kind { URGENT_ARRIVED, ABOUT_TO_BREACH, BREACHED }

    /** True when the event is for this user: the lead's rep, or the manager it was escalated to. */
    public boolean concerns(UUID userId) {
        return userId != null && (userId.equals(repId) || userId.equals(managerId));
    }
}
