package com.nexuscrm.sync;

import java.time.Instant;
import java.util.UUID;

/** A local change the team server refused, kept with its reason until the user dismisses it. */
public record RejectionItem(UUID opId, String entity, UUID recordId, String op, String fields, String reason,
                            Instant rejectedAt) { }
