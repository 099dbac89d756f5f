package com.nexuscrm.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A local change the team server refused, kept with its reason until the user dismisses it;
 * {@code recordTitle} is what a person calls the record (its name, else its kind and id).
 */
public record RejectionItem(UUID opId, String entity, UUID recordId, String recordTitle, String op, String fields,
                            String reason, Instant rejectedAt) { }
