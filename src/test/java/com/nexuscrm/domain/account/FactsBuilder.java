package com.nexuscrm.domain.account;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hand-built account facts for the rules' tests: "now" is fixed, times are given as days before it. */
final class FactsBuilder {
    static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    static final UUID ACCOUNT = new UUID(1, 1);

    private String industry = "Software";
    private Integer employees = 200;
    private BigDecimal revenue = new BigDecimal("20000000");
    final List<ContactRow> contacts = new ArrayList<>();
    final List<AccountActivity> activities = new ArrayList<>();
    final List<AccountTicket> tickets = new ArrayList<>();
    final List<UsageMonth> usage = new ArrayList<>();
    final List<AnalysedCall> calls = new ArrayList<>();
    final List<DealSummary> deals = new ArrayList<>();
    final List<OwnedProduct> owned = new ArrayList<>();
    final Map<UUID, String> users = new HashMap<>();
    private long ids = 100;

    static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    UUID id() {
        return new UUID(7, ids++);
    }

    FactsBuilder firmographics(String industry, Integer employees, BigDecimal revenue) {
        this.industry = industry;
        this.employees = employees;
        this.revenue = revenue;
        return this;
    }

    UUID contact(String first, String last, String title) {
        UUID id = id();
        contacts.add(new ContactRow(id, first, last, null, null, title, ACCOUNT, "Acme", null, null));
        return id;
    }

    UUID user(String name) {
        UUID id = id();
        users.put(id, name);
        return id;
    }

    AccountActivity activity(ActivityType type, String subject, UUID contact, UUID owner, double daysAgo, String outcome) {
        AccountActivity a = new AccountActivity(id(), type, subject, contact, null, owner, daysAgo(daysAgo), false, null,
                null, outcome);
        activities.add(a);
        return a;
    }

    AccountActivity task(String subject, double daysAgo, boolean done) {
        AccountActivity a = new AccountActivity(id(), ActivityType.TASK, subject, null, null, null, daysAgo(daysAgo), done,
                done ? daysAgo(daysAgo) : null, null, null);
        activities.add(a);
        return a;
    }

    AccountTicket ticket(String subject, TicketPriority priority, double openedDaysAgo, Double closedDaysAgo) {
        AccountTicket t = new AccountTicket(id(), subject, priority, closedDaysAgo == null ? TicketStatus.OPEN
                : TicketStatus.CLOSED, daysAgo(openedDaysAgo), closedDaysAgo == null ? null : daysAgo(closedDaysAgo));
        tickets.add(t);
        return t;
    }

    /** Usage months ending with June 2026 (the month of "now"), one per active-user figure. */
    FactsBuilder usage(int seats, double adoption, int... activeUsers) {
        LocalDate month = LocalDate.of(2026, 6, 1).minusMonths(activeUsers.length - 1L);
        for (int active : activeUsers) {
            usage.add(new UsageMonth(month, seats, active, active * 10, adoption));
            month = month.plusMonths(1);
        }
        return this;
    }

    AnalysedCall call(double daysAgo, Double sentiment, String... nextSteps) {
        AnalysedCall c = new AnalysedCall(id(), id(), null, daysAgo(daysAgo), sentiment,
                java.util.Arrays.stream(nextSteps).map(s -> new AnalysedCall.NextStep(s, null)).toList());
        calls.add(c);
        return c;
    }

    AccountFacts build() {
        AccountRow row = new AccountRow(ACCOUNT, "Acme", "acme.example", industry, "UK", "Leeds", employees, revenue,
                null, null);
        return new AccountFacts(row, NOW, ZoneOffset.UTC, contacts, activities, tickets, usage, calls, deals, owned, null,
                users);
    }
}
