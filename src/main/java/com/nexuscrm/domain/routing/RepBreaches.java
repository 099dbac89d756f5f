package com.nexuscrm.domain.routing;

import java.util.UUID;

/** Of the SLAs that fell due for a rep in a period, how many were breached. {@code repId} null: the SDR queue. */
public record RepBreaches(UUID repId, int due, int breached) { }
