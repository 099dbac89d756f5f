package com.nexuscrm.domain.routing;

/** Where a lead's first-response SLA stands. */
public enum SlaState {
    /** Not routed, so no SLA. */
    NONE,
    /** The first response came (or the lead left New); the clock stopped. */
    ANSWERED,
    ON_TRACK,
    /** Little business time left: 20% of the SLA or less (at least one minute). */
    AT_RISK,
    BREACHED
}
