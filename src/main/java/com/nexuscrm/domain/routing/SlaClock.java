package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The first-response clock of routed leads, counted in business time of the owner's calendar (the SDR
 * team's for leads in the queue). A lead is at risk once the team's warning share of its SLA or less is left
 * ({@link SlaPolicy#warningPercent}, 20% unless the team set it; at least one minute: at 20% a 5-minute SLA warns
 * at 1 minute left, a 30-minute one at 6, a 240-minute one at 48), and
 * breached from its due time on. The clock stops at the first response, or when the lead leaves New.
 */
public final class SlaClock {
    private final SalesFloor floor;

    public SlaClock(SalesFloor floor) {
        this.floor = floor;
    }

    /** The due time of a first response when {@code minutes} of SLA start at {@code start} for that owner. */
    public Instant due(UUID ownerId, Instant start, int minutes) {
        return floor.calendar(ownerId).plusMinutes(start, minutes);
    }

    public SlaStatus status(Lead lead, Instant now) {
        return status(lead.getOwnerId(), lead.getRoutedAt(), lead.getSlaDueAt(),
                lead.getFirstResponseAt() != null || lead.getStatus() != LeadStatus.NEW, now);
    }

    /** The same from the bare fields, for rows that are not entities. */
    public SlaStatus status(UUID ownerId, Instant routedAt, Instant dueAt, boolean answered, Instant now) {
        if (routedAt == null || dueAt == null) {
            return SlaStatus.NONE;
        }
        BusinessCalendar calendar = floor.calendar(ownerId);
        Duration length = calendar.between(routedAt, dueAt);
        Duration left = calendar.between(now, dueAt);
        boolean paused = !calendar.isOpen(now);
        if (answered) {
            return new SlaStatus(SlaState.ANSWERED, dueAt, left, length, false);
        }
        if (!now.isBefore(dueAt)) {
            return new SlaStatus(SlaState.BREACHED, dueAt, left, length, paused);
        }
        SlaState state = left.compareTo(floor.policy().warning(length)) <= 0 ? SlaState.AT_RISK : SlaState.ON_TRACK;
        return new SlaStatus(state, dueAt, left, length, paused);
    }

    /** How much business time left counts as "about to breach" by default: 20% of the SLA, at least one minute. */
    public static Duration warning(Duration sla) {
        return SlaPolicy.DEFAULT.warning(sla);
    }
}
