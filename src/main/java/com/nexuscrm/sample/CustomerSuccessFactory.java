package com.nexuscrm.sample;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Monthly product usage and support tickets for customer accounts (those with a won deal), both driven
 * by a hidden customer health: healthy customers use more seats, adopt more features over time and file
 * fewer, less urgent tickets with better satisfaction; unhealthy ones decline, the churn signal.
 * <p>
 * <b>Churn.</b> SMB customers are on monthly contracts and may leave in any month from the third after their first
 * win; the others sign yearly and may leave only at an anniversary of it. At each such chance a customer leaves with
 * probability {@code sigmoid(a - 1.4 (0.9 H + trend t + E))}: its latent adoption (the quantity that sets its seat
 * utilisation) plus {@code E ~ N(0, 0.8)}, what the CRM never sees (budget cuts, a champion who left); {@code a} is
 * -3.2 a month (about 4% for a typical customer) or -0.6 a year (about 35%). A churned customer stops using the
 * product: no usage rows from its churn month on and no more tickets. The churn draws come from a random stream of
 * their own, and the usage values and tickets a churned customer would have had are still drawn (then left out), so
 * every other record of the sample is the same as without churn. Nothing records the churn itself: it is read back
 * from the usage ({@code domain.account.ChurnHistory}).
 */
final class CustomerSuccessFactory {
    /** Usage is kept for the last two years: the window health looks at, and the history the churn model learns from. */
    private static final int USAGE_MONTHS = 24;
    private static final TicketPriority[] PRIORITIES = TicketPriority.values();
    private static final String[] SUBJECTS = {"Cannot sync after update", "CSV import fails on dates",
            "Call recording has no transcript", "Add seats to our plan", "SSO login loop", "Report totals look wrong",
            "Email integration disconnected", "How do I bulk reassign leads?", "Invoice question",
            "Lead scores look stale", "Slow search in large workspace", "Export to Excel"};

    private static final double MONTHLY_INTERCEPT = -3.2;
    private static final double YEARLY_INTERCEPT = -0.6;
    private static final double CHURN_SLOPE = 1.4;

    private final OutcomeModel model;
    private final Draws draws;
    private final Draws churn;
    private final SampleClock clock;

    CustomerSuccessFactory(OutcomeModel model, Draws draws, SampleClock clock, Draws churn) {
        this.model = model;
        this.draws = draws;
        this.clock = clock;
        this.churn = churn;
    }

    void forCustomer(AccountState state, SampleBatch batch) {
        double health = model.health(state.company().fit());
        int seats = (int) Math.max(3, Math.round(state.wonAmount() / DealFactory.pricePerSeat(state.company().segment())));
        LocalDate firstMonth = LocalDate.ofInstant(state.firstWonAt(), ZoneOffset.UTC).withDayOfMonth(1);
        LocalDate yearAgo = clock.today().withDayOfMonth(1).minusMonths(USAGE_MONTHS - 1);
        LocalDate month = firstMonth.isBefore(yearAgo) ? yearAgo : firstMonth;
        double trend = 0.05 * health + 0.04 * draws.gaussian();
        int t0 = (int) ChronoUnit.MONTHS.between(firstMonth, month);
        LocalDate churned = churnMonth(firstMonth, health, trend, state.company().segment() == Segment.SMB);
        for (int t = t0; !month.isAfter(clock.today()); t++, month = month.plusMonths(1)) {
            ProductUsage usage = usage(state.account(), month, t, seats, health, trend);
            if (churned == null || month.isBefore(churned)) {
                batch.add(usage);
            }
        }
        double months = SampleClock.daysBetween(state.firstWonAt(), clock.now()) / 30.4;
        double perMonth = 0.25 * Math.pow(seats / 20.0, 0.3) * Math.exp(-0.5 * health);
        Instant left = churned == null ? null : churned.atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int i = draws.poisson(perMonth * months); i > 0; i--) {
            SupportTicket ticket = ticket(state, health);
            if (left == null || ticket.getOpenedAt().isBefore(left)) {
                batch.add(ticket);
            }
        }
    }

    /** The first month without usage of a customer that churns, or null while it stays. */
    private LocalDate churnMonth(LocalDate firstMonth, double health, double trend, boolean monthly) {
        double unseen = 0.8 * churn.gaussian();
        for (int t = monthly ? 2 : 12; !firstMonth.plusMonths(t).isAfter(clock.today()); t += monthly ? 1 : 12) {
            double intercept = monthly ? MONTHLY_INTERCEPT : YEARLY_INTERCEPT;
            if (churn.chance(Draws.sigmoid(intercept - CHURN_SLOPE * (0.9 * health + trend * t + unseen)))) {
                return firstMonth.plusMonths(t);
            }
        }
        return null;
    }

    private ProductUsage usage(Account account, LocalDate month, int t, int seats, double health, double trend) {
        Instant stamped = clock.notAfterNow(month.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        ProductUsage usage = new ProductUsage(clock.id(stamped));
        usage.setAccountId(account.getId());
        usage.setPeriodStart(month);
        usage.setSeats(seats);
        double adoption = Draws.sigmoid(0.2 + 0.9 * health + trend * t) * (0.9 + 0.2 * draws.uniform());
        usage.setActiveUsers((int) Math.min(seats, Math.round(seats * adoption)));
        usage.setSessions(draws.poisson(usage.getActiveUsers() * 18 * Math.exp(0.2 * health)));
        double features = Draws.sigmoid(-0.6 + 0.7 * health + 0.04 * t + 0.2 * draws.gaussian());
        usage.setFeatureAdoption(Math.round(features * 1000) / 1000.0);
        usage.setOwnerId(account.getOwnerId());
        usage.setTeamId(account.getTeamId());
        return usage;
    }

    private SupportTicket ticket(AccountState state, double health) {
        Instant opened = draws.instantBetween(state.firstWonAt(), clock.now());
        SupportTicket ticket = new SupportTicket(clock.id(opened));
        ticket.setAccountId(state.account().getId());
        ticket.setContactId(state.contacts().isEmpty() ? null : draws.pick(state.contacts()).getId());
        ticket.setSubject(draws.pick(SUBJECTS));
        double[] weights = {25, 50, 18 * Math.exp(-0.3 * health), 5 * Math.exp(-0.5 * health)};
        ticket.setPriority(PRIORITIES[draws.weightedIndex(weights)]);
        ticket.setOpenedAt(opened);
        Instant resolved = SampleClock.plusDays(opened, draws.logNormal(3 / (1.0 + ticket.getPriority().ordinal()), 0.8));
        if (resolved.isBefore(clock.now())) {
            boolean recent = SampleClock.daysBetween(resolved, clock.now()) < 14;
            ticket.setStatus(recent ? TicketStatus.SOLVED : TicketStatus.CLOSED);
            ticket.setClosedAt(resolved);
            int score = (int) Math.round(3.8 + 0.8 * health + 0.8 * draws.gaussian());
            ticket.setSatisfaction(draws.chance(0.7) ? Math.max(1, Math.min(5, score)) : null);
        } else {
            ticket.setStatus(draws.chance(0.7) ? TicketStatus.OPEN : TicketStatus.PENDING);
        }
        ticket.setOwnerId(state.account().getOwnerId());
        ticket.setTeamId(state.account().getTeamId());
        return ticket;
    }
}
