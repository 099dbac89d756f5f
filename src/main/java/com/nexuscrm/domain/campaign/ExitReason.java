package com.nexuscrm.domain.campaign;

/** Why an enrolment left its campaign before the last step. */
public enum ExitReason { REPLIED, GOAL_REACHED, UNSUBSCRIBED, BOUNCED, CONVERTED, SUPPRESSED, REMOVED }
