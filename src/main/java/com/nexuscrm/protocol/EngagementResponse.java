package com.nexuscrm.protocol;

import java.util.List;

/** {@code GET /tracking/engagement?since=N}: the caller's team's events after cursor N in order, and the next cursor. */
public record EngagementResponse(List<EngagementEvent> events, long next, boolean hasMore) { }
