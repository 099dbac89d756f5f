package com.nexuscrm.sample;

import java.time.Instant;
import java.util.UUID;

/**
 * What {@link LeadLifecycle} decided for a lead: whether it converted (then a deal follows, owned by
 * {@code accountExecutiveId}) and until when it was being worked, which bounds its activities.
 */
record LeadOutcome(boolean converted, Instant workedUntil, UUID accountExecutiveId, UUID accountTeamId) { }
