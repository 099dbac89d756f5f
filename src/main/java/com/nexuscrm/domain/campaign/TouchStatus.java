package com.nexuscrm.domain.campaign;

/**
 * A scheduled touch's state. PENDING waits for its next attempt; SENDING is claimed by a runner (one left SENDING by
 * a crash is reconciled by {@code campaign.SendingReconciler}, never sent twice); SENT, FAILED (refused for good),
 * CANCELLED and UNKNOWN (sent status unknown after a crash: for a person to review, never resent) are final.
 */
public enum TouchStatus { PENDING, SENDING, SENT, FAILED, CANCELLED, UNKNOWN }
