package com.nexuscrm.scoring;

import static com.nexuscrm.scoring.Column.Kind.CATEGORY;
import static com.nexuscrm.scoring.Column.Kind.NUMBER;
import static com.nexuscrm.scoring.Family.ENGAGEMENT;
import static com.nexuscrm.scoring.Family.FIT;
import static com.nexuscrm.scoring.Family.INTENT;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.account.ChurnFeatures;
import com.nexuscrm.domain.account.ChurnHistory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Accounts as rows of the churn model: {@link ChurnFeatures} as of a moment, in {@link #COLUMNS} order. Training
 * rows are accounts active at each monthly cut-off (at most {@value #CUT_OFFS}, the newest one
 * {@link ChurnHistory#latestCutOff}, back to the second month of usage data), described strictly before the cut-off
 * and labelled by whether they churned within the {@value ChurnHistory#WINDOW_MONTHS} months after it
 * ({@link ChurnHistory}). An account gives a row at each cut-off it is active at (a churner is positive at the
 * cut-offs up to {@value ChurnHistory#WINDOW_MONTHS} months before it left), so held-out splits keep an account's
 * rows together ({@link Training#groups}).
 */
public final class WorkspaceAccounts {
    public static final int CUT_OFFS = 21;
    /**
     * The months to the anniversary of the first win: its single-feature AUC can pass the leakage guard's limit where
     * yearly contracts renew, but it is date arithmetic on a past event, known at any moment, so the churn model
     * keeps it by name (as the deal model keeps the replayed stage).
     */
    public static final String RENEWAL = "monthsToRenewal";
    public static final List<Column> COLUMNS = List.of(
            new Column("usageMonths", "Months of usage (last 6)", INTENT, NUMBER),
            new Column("seats", "Seats", FIT, NUMBER),
            new Column("activeUsers", "Active users", INTENT, NUMBER),
            new Column("utilisation", "Seat utilisation", INTENT, NUMBER),
            new Column("utilisationSlope", "Utilisation trend", INTENT, NUMBER),
            new Column("sessionsPerUser", "Sessions per active user", INTENT, NUMBER),
            new Column("sessionsSlope", "Sessions trend", INTENT, NUMBER),
            new Column("featureAdoption", "Feature adoption", INTENT, NUMBER),
            new Column("adoptionSlope", "Feature adoption trend", INTENT, NUMBER),
            new Column("seatChange", "Seat change", INTENT, NUMBER),
            new Column("tickets", "Tickets in the last 90 days", ENGAGEMENT, NUMBER),
            new Column("severeTickets", "High or urgent tickets in the last 90 days", ENGAGEMENT, NUMBER),
            new Column("openTickets", "Open tickets", ENGAGEMENT, NUMBER),
            new Column("satisfaction", "Ticket satisfaction", ENGAGEMENT, NUMBER),
            new Column("daysSinceTicket", "Days since the last ticket", ENGAGEMENT, NUMBER),
            new Column("activities", "Activities in the last 90 days", ENGAGEMENT, NUMBER),
            new Column("calls", "Calls in the last 90 days", ENGAGEMENT, NUMBER),
            new Column("daysSinceActivity", "Days since the last activity", ENGAGEMENT, NUMBER),
            new Column("lastCallSentiment", "Last call's sentiment", ENGAGEMENT, NUMBER),
            new Column("industry", "Industry", FIT, CATEGORY),
            new Column("employees", "Employees", FIT, NUMBER),
            new Column("annualRevenue", "Annual revenue", FIT, NUMBER),
            new Column("tenureMonths", "Months as a customer", FIT, NUMBER),
            new Column(RENEWAL, "Months to the contract anniversary", INTENT, NUMBER),
            new Column("dealsWon", "Deals won", FIT, NUMBER));

    /** Every account's records, read once and grouped by account id. */
    public record Facts(Map<UUID, Account> accounts, Map<UUID, List<ProductUsage>> usage,
                        Map<UUID, List<SupportTicket>> tickets, Map<UUID, List<Activity>> activities,
                        Map<UUID, List<Deal>> deals) {
        public ChurnFeatures features(UUID account, Instant asOf) {
            return ChurnFeatures.asOf(asOf, accounts.get(account), usage.getOrDefault(account, List.of()),
                    tickets.getOrDefault(account, List.of()), activities.getOrDefault(account, List.of()),
                    deals.getOrDefault(account, List.of()));
        }

        /** The newest usage month of the workspace. */
        public LocalDate dataEnd() {
            return ChurnHistory.dataEnd(usage.values().stream().flatMap(List::stream).toList());
        }
    }

    /** Training rows, their account ids (the groups a held-out split keeps together) and each row's cut-off. */
    public record Training(LabelledTable table, List<UUID> groups, List<LocalDate> cutOffs) { }

    private WorkspaceAccounts() { }

    /** The labelled rows: accounts active at each cut-off; empty when the workspace has no usage. */
    public static Training training(Facts facts, String source) {
        List<Object[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<UUID> groups = new ArrayList<>();
        List<LocalDate> cutOffs = new ArrayList<>();
        LocalDate dataEnd = facts.dataEnd();
        LocalDate latest = ChurnHistory.latestCutOff(dataEnd);
        LocalDate first = facts.usage().values().stream().flatMap(List::stream).map(ProductUsage::getPeriodStart)
                .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        for (int k = 0; latest != null && k < CUT_OFFS && latest.minusMonths(k).isAfter(first); k++) {
            LocalDate cutOff = latest.minusMonths(k);
            Instant asOf = cutOff.atStartOfDay().toInstant(ZoneOffset.UTC);
            for (Map.Entry<UUID, List<ProductUsage>> e : facts.usage().entrySet()) {
                if (!facts.accounts().containsKey(e.getKey()) || !ChurnHistory.activeAt(e.getValue(), cutOff)) {
                    continue;
                }
                rows.add(row(facts.features(e.getKey(), asOf)));
                labels.add(ChurnHistory.label(e.getValue(), cutOff, dataEnd));
                groups.add(e.getKey());
                cutOffs.add(cutOff);
            }
        }
        return new Training(new LabelledTable(COLUMNS, rows, labels.stream().mapToInt(Integer::intValue).toArray(), source),
                groups, cutOffs);
    }

    /** One account's features in {@link #COLUMNS} order. */
    public static Object[] row(ChurnFeatures f) {
        return new Object[] {f.usageMonths(), f.seats(), f.activeUsers(), f.utilisation(), f.utilisationSlope(),
            f.sessionsPerUser(), f.sessionsSlope(), f.featureAdoption(), f.adoptionSlope(), f.seatChange(), f.tickets(),
            f.severeTickets(), f.openTickets(), f.satisfaction(), f.daysSinceTicket(), f.activities(), f.calls(),
            f.daysSinceActivity(), f.lastCallSentiment(), f.industry(), f.employees(), f.annualRevenue(),
            f.tenureMonths(), f.monthsToRenewal(), f.dealsWon()};
    }
}
