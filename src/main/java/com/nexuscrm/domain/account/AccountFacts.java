package com.nexuscrm.domain.account;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.deal.Touchpoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything known about one account that its insights read, built by {@code usecase.AccountInsights} from one
 * narrow read per kind ({@link AccountHistory}). Lists are sorted oldest first (usage by month, activities and
 * tickets by time, calls by time). {@code outcomes} is the team's activity-outcome list (null: the built-in one);
 * {@code userNames} names the team's users by id. {@code reads} is each activity with its touchpoint, in time
 * order: worked out once here, since every rule reads it (pass null to have it computed).
 */
public record AccountFacts(AccountRow account, Instant now, ZoneId zone, List<ContactRow> contacts,
                           List<AccountActivity> activities, List<AccountTicket> tickets, List<UsageMonth> usage,
                           List<AnalysedCall> calls, List<DealSummary> deals, List<OwnedProduct> owned,
                           Picklist outcomes, Map<UUID, String> userNames, List<Read> reads) {

    public AccountFacts(AccountRow account, Instant now, ZoneId zone, List<ContactRow> contacts,
                        List<AccountActivity> activities, List<AccountTicket> tickets, List<UsageMonth> usage,
                        List<AnalysedCall> calls, List<DealSummary> deals, List<OwnedProduct> owned, Picklist outcomes,
                        Map<UUID, String> userNames) {
        this(account, now, zone, contacts, activities, tickets, usage, calls, deals, owned, outcomes, userNames, null);
    }

    public AccountFacts {
        contacts = List.copyOf(contacts);
        activities = activities.stream().filter(a -> a.occurredAt() != null)
                .sorted(Comparator.comparing(AccountActivity::occurredAt)).toList();
        tickets = tickets.stream().filter(t -> t.openedAt() != null)
                .sorted(Comparator.comparing(AccountTicket::openedAt)).toList();
        usage = usage.stream().sorted(Comparator.comparing(UsageMonth::month)).toList();
        calls = calls.stream().filter(c -> c.at() != null).sorted(Comparator.comparing(AnalysedCall::at)).toList();
        deals = List.copyOf(deals);
        owned = List.copyOf(owned);
        userNames = Map.copyOf(userNames);
        Picklist list = outcomes;
        Instant at = now;
        reads = activities.stream().map(a -> new Read(a, a.touchpoint(list, at))).toList();
    }

    public UUID accountId() {
        return account.id();
    }

    /** An activity and how it reads (who moved). */
    public record Read(AccountActivity activity, Touchpoint touch) { }

    /** The deals not closed, earliest close date first. */
    public List<DealSummary> openDeals() {
        return deals.stream().filter(d -> d.stage() != DealStage.CLOSED_WON && d.stage() != DealStage.CLOSED_LOST)
                .sorted(Comparator.comparing(DealSummary::closeDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The user's name, or "a former user" for an id the team no longer lists. */
    public String userName(UUID id) {
        return id == null ? "nobody" : userNames.getOrDefault(id, "a former user");
    }
}
