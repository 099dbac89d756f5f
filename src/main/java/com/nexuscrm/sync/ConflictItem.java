package com.nexuscrm.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * One unresolved conflict on a high-stakes field: the value both sides started from ({@code base}), the
 * server's ({@code theirs}, kept for now) and this workstation's refused one ({@code mine}). Values are
 * shown as text; null means empty.
 */
public record ConflictItem(UUID id, String entity, UUID recordId, String recordTitle, String field, String base,
                           String theirs, String mine, String byUser, Instant createdAt) { }
