package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.UUID;

/**
 * A sent touch as the live optimiser learns from it: its plan and step, who it went to, the channel it went out on,
 * when it was sent and whether the person replied to it.
 */
public record TouchOutcome(UUID planId, int stepIndex, PersonRef person, Channel channel, Instant sentAt, boolean replied) { }
