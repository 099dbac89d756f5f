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

    /** The deal's live line items, in the order they were added. */
    List<DealLineItem> lineItems(UUID dealId);

    /** The deal's live buying group. */
    List<DealContact> contactRoles(UUID dealId);

    /** The deal's history, oldest first. */
    List<DealChange> history(UUID dealId);

    /** Every deal's history, oldest first within a deal: for the backtest and the models (one query). */
    List<DealChange> allHistory();
}
