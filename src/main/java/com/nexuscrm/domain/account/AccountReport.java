package com.nexuscrm.domain.account;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.DealSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every insight of one account at one moment ({@code usecase.AccountInsights}): health with its trend, upsell,
 * relationships, the monthly engagement series and the talking points, plus the open deals and tickets the brief
 * lists. {@code churnRisk} is null until the churn model supplies one (see {@link #churn()}).
 */
public record AccountReport(AccountRow account, Instant at, AccountHealth health, Upsell.Result upsell,
                            RelationshipStrength.Result relationships, EngagementTrend.Result engagement,
                            List<TalkingPoints.Point> talkingPoints, List<DealSummary> openDeals,
                            List<AccountTicket> openTickets, RetentionRisk churnRisk) {
    public AccountReport {
        talkingPoints = List.copyOf(talkingPoints);
        openDeals = List.copyOf(openDeals);
        openTickets = List.copyOf(openTickets);
    }

    /** The churn model's estimate; empty when no model has scored the account. */
    public Optional<RetentionRisk> churn() {
        return Optional.ofNullable(churnRisk);
    }
}
