package com.nexuscrm.protocol;

import java.time.Instant;
import java.util.UUID;

/** An unresolved conflict as the server keeps it: values as text, null for empty. */
public record ConflictRecord(UUID id, String entity, UUID recordId, String field, String baseValue,
                             String serverValue, String clientValue, String byUser, Instant createdAt) { }
