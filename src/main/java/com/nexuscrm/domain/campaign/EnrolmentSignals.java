package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What rule enrolment and its exits read besides the leads (port; {@code storage.StoredEnrolmentSignals}). */
public interface EnrolmentSignals {
    /** Leads routing put in nurture: enrolled in the synced "Nurture" campaign routing writes, not deleted. */
    Set<UUID> nurturedLeads();

    /** The latest meeting (activity of type MEETING, not deleted) of each lead or contact actively enrolled anywhere. */
    Map<UUID, Instant> latestMeetingsOfEnrolled();

    /** Leads actively enrolled anywhere whose status is now CONVERTED. */
    Set<UUID> convertedOfEnrolled();
}
