package com.nexuscrm.domain.account;

import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.account.AccountEvidence.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An account's health, 0–100, from four components over a {@value #PERIOD_DAYS}-day period, each 0..1 and left out
 * when the account gives no data for it:
 * <ul>
 *   <li><b>Usage</b> (weight 35): {@code 0.7 × utilisation + 0.3 × feature adoption + change}, at most 1, where
 *       utilisation is the latest month's active users over seats and change is the relative change of mean active
 *       users over the last three months against the three before, clamped to ±0.3 (0 with fewer than four
 *       months). Left out without usage.</li>
 *   <li><b>Tickets</b> (weight 25): {@code 1 − load / 100}, at least 0; load counts each ticket opened in the period
 *       (urgent 25, high 12, normal 5, low 2) plus 5 for each ticket still open from before it. Left out for an
 *       account with neither tickets nor usage (not a customer yet: no tickets means nothing).</li>
 *   <li><b>Call sentiment</b> (weight 20): {@code (1 + s) / 2}, s the mean customer sentiment of the analysed calls
 *       in the period. Left out without one.</li>
 *   <li><b>Engagement</b> (weight 20): two-way contacts (a reply, a connected call, a meeting held) in the period
 *       over {@value #ENGAGED_TOUCHES}, at most 1. Left out for an account with no activity at all.</li>
 * </ul>
 * The score is {@code round(100 × Σ weight·value / Σ weight)} over the components present; with none, or with
 * engagement alone (a prospect: no usage, tickets or analysed calls; its engagement is shown but not called health),
 * "not enough data". The trend compares it with the same score computed as of one period earlier, from what was known then.
 */
public record AccountHealth(Integer score, Integer previousScore, List<Component> components,
                            List<AccountEvidence> evidence, String note) {
    public static final int PERIOD_DAYS = 90;
    public static final int ENGAGED_TOUCHES = 6;
    static final double MAX_CHANGE = 0.3;

    /** One part of the score: its value 0..1 (null when left out), weight and figures in words. */
    public record Component(String name, Double value, int weight, String detail) { }

    public AccountHealth {
        components = List.copyOf(components);
        evidence = List.copyOf(evidence);
    }

    public boolean enoughData() {
        return score != null;
    }

    /** Score now minus the score a period ago; null without both. */
    public Integer trend() {
        return score == null || previousScore == null ? null : score - previousScore;
    }

    /** "Healthy" (70+), "Watch" (40–69), "At risk" (below 40), or "Not enough data". */
    public String band() {
        return score == null ? "Not enough data" : score >= 70 ? "Healthy" : score >= 40 ? "Watch" : "At risk";
    }

    public static AccountHealth of(AccountFacts f) {
        Snapshot now = snapshot(f, f.now());
        Snapshot before = snapshot(f, f.now().minus(Duration.ofDays(PERIOD_DAYS)));
        if (now.score == null) {
            return new AccountHealth(null, null, now.parts, now.evidence, "Not enough data: no product usage, "
                    + "support tickets or analysed calls are recorded for this account"
                    + (now.parts.get(3).value() == null ? "." : " (engagement alone is not health: "
                    + now.parts.get(3).detail() + ")."));
        }
        List<AccountEvidence> evidence = new ArrayList<>(now.evidence);
        if (before.score != null) {
            int d = now.score - before.score;
            evidence.add(AccountEvidence.figure(Kind.ACCOUNT, String.format(Locale.ROOT, "Health %d, %s from %d %d days "
                    + "earlier", now.score, d == 0 ? "unchanged" : d > 0 ? "up " + d : "down " + -d, before.score,
                    PERIOD_DAYS), f.accountId()));
        } else {
            evidence.add(AccountEvidence.figure(Kind.ACCOUNT, "No trend: too little history " + PERIOD_DAYS
                    + " days ago", f.accountId()));
        }
        return new AccountHealth(now.score, before.score, now.parts, evidence, "");
    }

    private record Snapshot(Integer score, List<Component> parts, List<AccountEvidence> evidence) { }

    /** The score from what was known at {@code at}. */
    private static Snapshot snapshot(AccountFacts f, Instant at) {
        List<AccountEvidence> evidence = new ArrayList<>();
        List<Component> parts = List.of(usage(f, at, evidence), tickets(f, at, evidence), calls(f, at, evidence),
                engagement(f, at, evidence));
        double weighted = 0;
        int weights = 0;
        for (Component c : parts) {
            if (c.value() != null) {
                weighted += c.weight() * c.value();
                weights += c.weight();
            }
        }
        boolean customerData = parts.get(0).value() != null || parts.get(1).value() != null || parts.get(2).value() != null;
        Integer score = weights == 0 || !customerData ? null : (int) Math.round(100 * weighted / weights);
        return new Snapshot(score, parts, evidence);
    }

    static Component usage(AccountFacts f, Instant at, List<AccountEvidence> evidence) {
        LocalDate last = LocalDate.ofInstant(at, f.zone());
        List<UsageMonth> months = f.usage().stream().filter(u -> !u.month().isAfter(last)).toList();
        if (months.isEmpty() || months.get(months.size() - 1).utilisation() == null) {
            return new Component("Usage", null, 35, "No product usage recorded");
        }
        UsageMonth latest = months.get(months.size() - 1);
        double change = 0;
        String changeWords = "fewer than four months of usage, no change computed";
        if (months.size() >= 4) {
            double recent = meanActive(months, months.size() - 3, months.size());
            double prior = meanActive(months, Math.max(0, months.size() - 6), months.size() - 3);
            if (prior > 0) {
                change = Math.max(-MAX_CHANGE, Math.min(MAX_CHANGE, (recent - prior) / prior));
                changeWords = String.format(Locale.ROOT, "mean active users %.1f over the last 3 months vs %.1f before "
                        + "(%+.0f%%)", recent, prior, 100 * (recent - prior) / prior);
            }
        }
        double value = Math.max(0, Math.min(1, 0.7 * latest.utilisation() + 0.3 * latest.featureAdoption() + change));
        String detail = String.format(Locale.ROOT, "%d of %d seats active in %s, feature adoption %.0f%%; %s",
                latest.activeUsers(), latest.seats(), latest.month(), 100 * latest.featureAdoption(), changeWords);
        if (at.equals(f.now())) {
            evidence.add(AccountEvidence.figure(Kind.USAGE, "Usage: " + detail, f.accountId()));
        }
        return new Component("Usage", value, 35, detail);
    }

    private static double meanActive(List<UsageMonth> months, int from, int to) {
        return months.subList(from, to).stream().mapToInt(UsageMonth::activeUsers).average().orElse(0);
    }

    static int weight(TicketPriority p) {
        return p == null ? 5 : switch (p) {
            case URGENT -> 25;
            case HIGH -> 12;
            case NORMAL -> 5;
            case LOW -> 2;
        };
    }

    static Component tickets(AccountFacts f, Instant at, List<AccountEvidence> evidence) {
        boolean customer = f.usage().stream().anyMatch(u -> !u.month().isAfter(LocalDate.ofInstant(at, f.zone())))
                || f.tickets().stream().anyMatch(t -> !t.openedAt().isAfter(at));
        if (!customer) {
            return new Component("Tickets", null, 25, "No tickets and no usage: not a customer yet");
        }
        Instant from = at.minus(Duration.ofDays(PERIOD_DAYS));
        int load = 0;
        int opened = 0;
        int carried = 0;
        for (AccountTicket t : f.tickets()) {
            if (t.openedAt().isAfter(from) && !t.openedAt().isAfter(at)) {
                load += weight(t.priority());
                opened++;
                if (at.equals(f.now()) && (t.priority() == TicketPriority.URGENT || t.priority() == TicketPriority.HIGH)) {
                    evidence.add(new AccountEvidence("Ticket '" + t.subject() + "' (" + t.priorityWord() + ", "
                            + (t.open() ? "open" : "closed") + ")", Kind.TICKET, t.id(),
                            com.nexuscrm.domain.RecordRef.account(f.accountId())));
                }
            } else if (t.openAt(at) && !t.openedAt().isAfter(from)) {
                load += 5;
                carried++;
            }
        }
        double value = Math.max(0, 1 - load / 100.0);
        String detail = String.format(Locale.ROOT, "%d tickets opened in the last %d days, %d older ones still open "
                + "(load %d)", opened, PERIOD_DAYS, carried, load);
        if (at.equals(f.now())) {
            evidence.add(AccountEvidence.figure(Kind.TICKET, "Tickets: " + detail, f.accountId()));
        }
        return new Component("Tickets", value, 25, detail);
    }

    static Component calls(AccountFacts f, Instant at, List<AccountEvidence> evidence) {
        Instant from = at.minus(Duration.ofDays(PERIOD_DAYS));
        List<AnalysedCall> recent = f.calls().stream().filter(c -> c.customerSentiment() != null
                && c.at().isAfter(from) && !c.at().isAfter(at)).toList();
        if (recent.isEmpty()) {
            return new Component("Call sentiment", null, 20, "No analysed call in the last " + PERIOD_DAYS + " days");
        }
        double mean = recent.stream().mapToDouble(AnalysedCall::customerSentiment).average().orElse(0);
        String detail = String.format(Locale.ROOT, "mean customer sentiment %+.2f over %d analysed calls", mean,
                recent.size());
        if (at.equals(f.now())) {
            AnalysedCall last = recent.get(recent.size() - 1);
            evidence.add(new AccountEvidence("Calls: " + detail, Kind.CALL, last.recordingId(),
                    last.dealId() != null ? com.nexuscrm.domain.RecordRef.deal(last.dealId())
                            : com.nexuscrm.domain.RecordRef.account(f.accountId())));
        }
        return new Component("Call sentiment", (1 + Math.max(-1, Math.min(1, mean))) / 2, 20, detail);
    }

    static Component engagement(AccountFacts f, Instant at, List<AccountEvidence> evidence) {
        if (f.activities().stream().noneMatch(a -> !a.occurredAt().isAfter(at))) {
            return new Component("Engagement", null, 20, "No activity logged");
        }
        Instant from = at.minus(Duration.ofDays(PERIOD_DAYS));
        long twoWay = f.reads().stream().filter(r -> r.activity().occurredAt().isAfter(from)
                && !r.activity().occurredAt().isAfter(at) && r.touch().twoWay()).count();
        String detail = twoWay + " two-way contacts (replies, connected calls, meetings held) in the last "
                + PERIOD_DAYS + " days";
        if (at.equals(f.now())) {
            evidence.add(AccountEvidence.figure(Kind.ACTIVITY, "Engagement: " + detail, f.accountId()));
        }
        return new Component("Engagement", Math.min(1.0, twoWay / (double) ENGAGED_TOUCHES), 20, detail);
    }
}
