package com.nexuscrm.domain.campaign;

import java.util.UUID;

/** One plan's touches of one step and variant: how many were sent and how many of those got a reply. */
public record TouchTally(UUID planId, int stepIndex, String variant, int sent, int replied) { }
