package com.nexuscrm.domain.account;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What account insights read, one narrow query per kind (implemented by {@code storage.StoredAccountHistory}):
 * columns only, never whole entities with their bodies, so an account with thousands of activities reads fast.
 */
public interface AccountHistory {
    /** The live account's list row; empty when there is none (or it was deleted). */
    Optional<AccountRow> account(UUID accountId);

    /** The most accounts {@link #named} lists. */
    int NAMED_LIMIT = 50;

    /**
     * Live accounts whose name contains {@code text}, ignoring case, by name, at most {@link #NAMED_LIMIT}: what a
     * typed account name may mean.
     */
    List<AccountRow> named(String text);

    /** The account's live contacts. */
    List<ContactRow> contacts(UUID accountId);

    /** Every live activity of the account (logged on it, or on its contacts and deals and rolled up to it). */
    List<AccountActivity> activities(UUID accountId);

    /** Every live support ticket of the account. */
    List<AccountTicket> tickets(UUID accountId);

    /** The account's monthly product usage. */
    List<UsageMonth> usage(UUID accountId);

    /** The account's newest analysed calls, newest first, at most {@code limit}. */
    List<RecordedCall> analysedCalls(UUID accountId, int limit);

    /** The account's live deals. */
    List<DealSummary> deals(UUID accountId);

    /** The line items of the account's won deals, oldest deal first. */
    List<OwnedProduct> owned(UUID accountId);

    /** Every live account that owns a product (won line items), with firmographics and latest usage: upsell peers. */
    List<Peer> peers();

    /** The team's users' names by id. */
    Map<UUID, String> userNames();

    /** A call as stored: its analysis as JSON (parsed above the domain, where JSON is read). */
    record RecordedCall(UUID recordingId, UUID activityId, UUID dealId, java.time.Instant callAt, String analysisJson) { }
}
