package com.nexuscrm.domain;

import com.nexuscrm.domain.deal.BuyingGroupMember;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
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

    /** Every live deal that is not closed (won or lost), whoever owns it, in id order: one query. */
    List<Deal> allOpen();

    /**
     * The people on the given deals: each buying-group member with their contact's name and title, plus each deal's
     * primary contact when the group does not list them (role empty). Two queries per thousand deals.
     */
    List<BuyingGroupMember> people(Collection<UUID> dealIds);

    /** The amounts of every live won deal, by owner (zero amounts and deals without an owner left out): one query. */
    Map<UUID, List<BigDecimal>> wonAmountsByOwner();
}
