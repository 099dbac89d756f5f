package com.nexuscrm.domain;

import java.time.Instant;

/**
 * An open deal with when it was last worked: the newest activity on it that has happened (a call, email,
 * meeting, note or completed task; a task still open is a plan, not work), or empty when none has.
 */
public record OpenDeal(Deal deal, Instant lastWorkedAt) {
    /** When the deal last saw work, or when it was created if never worked since. */
    public Instant quietSince() {
        Instant created = deal.getCreatedAt();
        if (lastWorkedAt == null) {
            return created;
        }
        return created == null || lastWorkedAt.isAfter(created) ? lastWorkedAt : created;
    }
}
