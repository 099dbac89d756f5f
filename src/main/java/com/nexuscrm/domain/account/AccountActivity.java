package com.nexuscrm.domain.account;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.deal.Touchpoint;
import java.time.Instant;
import java.util.UUID;

/**
 * One activity of an account as the insights read it: the columns without the body (an account may have thousands).
 * {@code ownerId} is the user who logged it, the one who "knows" its contact.
 */
public record AccountActivity(UUID id, ActivityType type, String subject, UUID contactId, UUID dealId, UUID ownerId,
                              Instant occurredAt, boolean done, Instant completedAt, Integer durationSeconds,
                              String outcome) {

    /** Its direction and kind, read by the same rule deal health uses ({@link Touchpoint#of}). */
    public Touchpoint touchpoint(Picklist outcomes, Instant now) {
        Activity a = new Activity(id);
        a.setType(type);
        a.setSubject(subject);
        a.setContactId(contactId);
        a.setOccurredAt(occurredAt);
        a.setDurationSeconds(durationSeconds);
        a.setOutcome(outcome);
        return Touchpoint.of(a, outcomes, now);
    }
}
