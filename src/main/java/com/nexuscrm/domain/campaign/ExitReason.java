package com.nexuscrm.domain.campaign;

import java.util.Locale;

/** Why an enrolment left its campaign before the last step. */
public enum ExitReason {
    REPLIED, GOAL_REACHED, UNSUBSCRIBED, BOUNCED, CONVERTED, SUPPRESSED, REMOVED;

    /** Why its waiting touches were cancelled: "enrolment ended: replied". */
    public String cancelReason() {
        return "enrolment ended: " + name().toLowerCase(Locale.ROOT);
    }
}
