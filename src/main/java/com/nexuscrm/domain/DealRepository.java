package com.nexuscrm.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Deals, plus the reads of a rep's work queue. */
public interface DealRepository extends RecordRepository<Deal> {
    /**
     * The owner's live deals that are not closed (won or lost), each with when it was last worked (activities
     * that occurred by {@code now}; open tasks excluded), in close-date order. Two queries, whatever the count.
     */
    List<OpenDeal> openDeals(UUID ownerId, Instant now);
}
