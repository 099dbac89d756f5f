package com.nexuscrm.domain.campaign;

/**
 * A scheduled touch's state. PENDING waits for its next attempt; SENDING is claimed by a runner (a touch left
 * SENDING by a crash is never sent again automatically); SENT, FAILED (refused for good) and CANCELLED are final.
 */
public enum TouchStatus { PENDING, SENDING, SENT, FAILED, CANCELLED }
