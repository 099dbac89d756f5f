package com.nexuscrm.sync.wire;

import java.util.List;

/** One page of {@code GET /sync/pull}: changes above the cursor in version order, and where to go on. */
public record PullResponse(List<RecordChange> records, long cursor, boolean hasMore) { }
