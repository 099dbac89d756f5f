package com.nexuscrm.protocol;

import java.util.List;
import java.util.UUID;

/**
 * One page of {@code GET /sync/pull}: changes above the cursor in version order, the records that left
 * the caller's scope since the cursor ({@code revoked}: drop them), where to go on, and the caller's
 * scope epoch (a new epoch means its teams changed: take a fresh snapshot).
 */
public record PullResponse(List<RecordChange> records, List<UUID> revoked, long cursor, boolean hasMore, long scopeEpoch) { }
