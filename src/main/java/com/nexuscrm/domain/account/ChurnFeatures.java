package com.nexuscrm.domain.account;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.TicketPriority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What is known about an account at a moment {@code asOf}, as the churn model reads it. <b>No leakage</b>: only
 * usage months that ended before {@code asOf}'s month began (a month's usage is complete only when it ends), and
 * tickets, activities and deals from before {@code asOf}; a ticket counts as open when it was opened before and
 * closed after (or never), whatever its status now, and satisfaction only from tickets closed before.
 * Every value is null when the data to compute it is missing, never a made-up zero.
 *
 * @param usageMonths      months with usage in the {@value #LOOKBACK_MONTHS} months before the cut-off
 * @param utilisation      active users / seats in the latest month
 * @param utilisationSlope change of utilisation per month over those months (least squares; at least 2 months)
 * @param sessionsPerUser  sessions per active user in the latest month
 * @param sessionsSlope    change of ln(1 + sessions) per month
 * @param adoptionSlope    change of feature adoption (0–1) per month
 * @param seatChange       latest seats / earliest seats in the look-back, less 1
 * @param severeTickets    high or urgent tickets opened in the last {@value #RECENT_DAYS} days
 * @param satisfaction     mean satisfaction (1–5) of tickets closed in the last 180 days
 * @param tenureMonths     months since the first won deal closed
 * @param monthsToRenewal  whole months from {@code asOf}'s month to the next anniversary month of the first win
 *                         (0: this month), when a yearly contract would renew; known in advance, never an outcome
 */
public record ChurnFeatures(Double usageMonths, Double seats, Double activeUsers, Double utilisation,
                            Double utilisationSlope, Double sessionsPerUser, Double sessionsSlope,
                            Double featureAdoption, Double adoptionSlope, Double seatChange, Double tickets,
                            Double severeTickets, Double openTickets, Double satisfaction, Double daysSinceTicket,
                            Double activities, Double calls, Double daysSinceActivity, Double lastCallSentiment,
                            String industry, Double employees, Double annualRevenue, Double tenureMonths,
                            Double monthsToRenewal, Double dealsWon) {
    public static final int LOOKBACK_MONTHS = 6;
    public static final int RECENT_DAYS = 90;
    private static final int SATISFACTION_DAYS = 180;

    /** The account as of {@code asOf}; the lists may hold other accounts' records too (they are filtered). */
    public static ChurnFeatures asOf(Instant asOf, Account account, List<ProductUsage> usage, List<SupportTicket> tickets,
                                     List<Activity> activities, List<Deal> deals) {
        List<ProductUsage> months = lookback(usage, asOf);
        Usage u = Usage.of(months);
        Instant recent = asOf.minus(Duration.ofDays(RECENT_DAYS));
        List<SupportTicket> known = tickets.stream().filter(t -> t.getOpenedAt() != null && t.getOpenedAt().isBefore(asOf)).toList();
        List<Activity> past = activities.stream().filter(a -> a.getOccurredAt() != null && a.getOccurredAt().isBefore(asOf)).toList();
        Instant firstWon = deals.stream().filter(d -> d.getStage() == DealStage.CLOSED_WON && d.getClosedAt() != null
                && d.getClosedAt().isBefore(asOf)).map(Deal::getClosedAt).min(Comparator.naturalOrder()).orElse(null);
        return new ChurnFeatures((double) months.size(), u.seats, u.active, u.utilisation, u.utilisationSlope,
                u.sessionsPerUser, u.sessionsSlope, u.adoption, u.adoptionSlope, u.seatChange,
                count(known, t -> !t.getOpenedAt().isBefore(recent)),
                count(known, t -> !t.getOpenedAt().isBefore(recent) && severe(t.getPriority())),
                count(known, t -> t.getClosedAt() == null || !t.getClosedAt().isBefore(asOf)),
                satisfaction(known, asOf), known.stream().map(SupportTicket::getOpenedAt).max(Comparator.naturalOrder())
                        .map(t -> days(t, asOf)).orElse(null),
                count(past, a -> !a.getOccurredAt().isBefore(recent)),
                count(past, a -> a.getType() == ActivityType.CALL && !a.getOccurredAt().isBefore(recent)),
                past.stream().map(Activity::getOccurredAt).max(Comparator.naturalOrder()).map(t -> days(t, asOf)).orElse(null),
                lastCallSentiment(deals, asOf),
                account.getIndustry() == null || account.getIndustry().isBlank() ? null : account.getIndustry().trim(),
                account.getEmployees() == null || account.getEmployees() < 0 ? null : account.getEmployees().doubleValue(),
                account.getAnnualRevenue() == null || account.getAnnualRevenue().signum() < 0 ? null
                        : account.getAnnualRevenue().doubleValue(),
                firstWon == null ? null : days(firstWon, asOf) / 30.4, monthsToRenewal(firstWon, asOf),
                (double) deals.stream().filter(d -> d.getStage() == DealStage.CLOSED_WON && d.getClosedAt() != null
                        && d.getClosedAt().isBefore(asOf)).count());
    }

    /** True when the account has any usage or support ticket to go by; without either a risk would be invented. */
    public boolean enoughData() {
        return usageMonths > 0 || tickets != null && (tickets > 0 || openTickets > 0 || daysSinceTicket != null);
    }

    /** The usage months the features read: complete months in the look-back before {@code asOf}'s month, oldest first. */
    static List<ProductUsage> lookback(List<ProductUsage> usage, Instant asOf) {
        LocalDate cutOff = LocalDate.ofInstant(asOf, ZoneOffset.UTC).withDayOfMonth(1);
        LocalDate from = cutOff.minusMonths(LOOKBACK_MONTHS);
        return usage.stream().filter(u -> u.getPeriodStart() != null && u.getPeriodStart().isBefore(cutOff)
                        && !u.getPeriodStart().isBefore(from)).sorted(Comparator.comparing(ProductUsage::getPeriodStart))
                .toList();
    }

    static Double monthsToRenewal(Instant firstWon, Instant asOf) {
        if (firstWon == null) {
            return null;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(month(firstWon), month(asOf));
        return (double) Math.floorMod(-months, 12);
    }

    private static LocalDate month(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC).withDayOfMonth(1);
    }

    private static boolean severe(TicketPriority p) {
        return p == TicketPriority.HIGH || p == TicketPriority.URGENT;
    }

    private static <T> Double count(List<T> items, java.util.function.Predicate<T> test) {
        return (double) items.stream().filter(test).count();
    }

    private static Double satisfaction(List<SupportTicket> known, Instant asOf) {
        Instant from = asOf.minus(Duration.ofDays(SATISFACTION_DAYS));
        return known.stream().filter(t -> t.getSatisfaction() != null && t.getClosedAt() != null
                        && t.getClosedAt().isBefore(asOf) && !t.getClosedAt().isBefore(from))
                .mapToInt(SupportTicket::getSatisfaction).average().stream().boxed().findFirst().orElse(null);
    }

    private static Double lastCallSentiment(List<Deal> deals, Instant asOf) {
        return deals.stream().filter(d -> d.getLastCallAt() != null && d.getLastCallAt().isBefore(asOf)
                        && d.getLastCallSentiment() != null).max(Comparator.comparing(Deal::getLastCallAt))
                .map(Deal::getLastCallSentiment).orElse(null);
    }

    private static double days(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toHours() / 24.0);
    }

    /** The usage figures of the look-back months (all null without any). */
    private record Usage(Double seats, Double active, Double utilisation, Double utilisationSlope, Double sessionsPerUser,
                         Double sessionsSlope, Double adoption, Double adoptionSlope, Double seatChange) {
        static Usage of(List<ProductUsage> months) {
            if (months.isEmpty()) {
                return new Usage(null, null, null, null, null, null, null, null, null);
            }
            ProductUsage last = months.get(months.size() - 1);
            ProductUsage first = months.get(0);
            List<double[]> util = new ArrayList<>();
            List<double[]> sessions = new ArrayList<>();
            List<double[]> adoption = new ArrayList<>();
            for (ProductUsage m : months) {
                double x = monthIndex(m.getPeriodStart());
                if (m.getSeats() > 0) {
                    util.add(new double[] {x, (double) m.getActiveUsers() / m.getSeats()});
                }
                sessions.add(new double[] {x, Math.log1p(m.getSessions())});
                adoption.add(new double[] {x, m.getFeatureAdoption()});
            }
            return new Usage((double) last.getSeats(), (double) last.getActiveUsers(),
                    last.getSeats() > 0 ? (double) last.getActiveUsers() / last.getSeats() : null, slope(util),
                    last.getActiveUsers() > 0 ? (double) last.getSessions() / last.getActiveUsers() : 0.0, slope(sessions),
                    last.getFeatureAdoption(), slope(adoption),
                    first.getSeats() > 0 ? (double) last.getSeats() / first.getSeats() - 1 : null);
        }
    }

    private static double monthIndex(LocalDate d) {
        return d.getYear() * 12.0 + d.getMonthValue();
    }

    /** Least-squares slope of y on x; null with fewer than two distinct x. */
    static Double slope(List<double[]> points) {
        if (points.size() < 2) {
            return null;
        }
        double mx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double my = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (double[] p : points) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
        }
        return sxx == 0 ? null : sxy / sxx;
    }
}
