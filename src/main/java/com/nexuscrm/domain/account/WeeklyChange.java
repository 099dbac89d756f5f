package com.nexuscrm.domain.account;

import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.account.TeamAccountHistory.TeamDeal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What changed for an account this week, each change with its evidence in words:
 * <ul>
 *   <li>against the <b>baseline</b> snapshot, the newest taken {@value #DAYS} or more days ago (looking back at most
 *       {@value #LOOKBACK_DAYS} days), else the oldest taken since (and the result says it is not a week old), else
 *       none: health moved by {@value #HEALTH_NOTICE}+ points, churn risk by {@value #CHURN_NOTICE}+ points or into
 *       another band, active users down by {@value #USAGE_DROP_PERCENT}%+ (and at least two users), fewer champions;</li>
 *   <li>from the history, whatever the snapshots: high or urgent tickets opened in the last {@value #DAYS} days and
 *       deals won or lost in them.</li>
 * </ul>
 */
public final class WeeklyChange {
    public static final int DAYS = 7;
    public static final int LOOKBACK_DAYS = 30;
    public static final int HEALTH_NOTICE = 5;
    public static final int CHURN_NOTICE = 5;
    public static final int USAGE_DROP_PERCENT = 20;

    public enum Kind { HEALTH, CHURN, TICKET, DEAL_WON, DEAL_LOST, USAGE, CHAMPION }

    /** One change: what it is, the sentence that shows it, and the record it is about. */
    public record Change(Kind kind, String text, String brief, RecordRef evidence) { }

    /** The snapshot compared with; {@code weekOld} false when it is younger than {@value #DAYS} days. */
    public record Baseline(HealthSnapshot snapshot, boolean weekOld) {
        public LocalDate day() {
            return snapshot.day();
        }
    }

    /** The changes, the baseline (null when there is no earlier snapshot) and the deltas (null without both values). */
    public record Result(Baseline baseline, Integer healthDelta, Integer churnDelta, List<Change> changes) {
        public Result {
            changes = List.copyOf(changes);
        }

        /** The changes in a few words each ("health −8 · urgent ticket · deal lost"), or "No change". */
        public String summary() {
            return changes.isEmpty() ? "No change" : String.join(" · ", changes.stream().map(Change::brief).toList());
        }
    }

    private WeeklyChange() { }

    /** The snapshot to compare {@code today}'s with, from an account's snapshots; null when none is older than today. */
    public static Baseline baseline(List<HealthSnapshot> snapshots, LocalDate today) {
        LocalDate weekAgo = today.minusDays(DAYS);
        LocalDate limit = today.minusDays(LOOKBACK_DAYS);
        return snapshots.stream().filter(s -> !s.day().isAfter(weekAgo) && !s.day().isBefore(limit))
                .max(Comparator.comparing(HealthSnapshot::day)).map(s -> new Baseline(s, true))
                .or(() -> snapshots.stream().filter(s -> s.day().isAfter(weekAgo) && s.day().isBefore(today))
                        .min(Comparator.comparing(HealthSnapshot::day)).map(s -> new Baseline(s, false)))
                .orElse(null);
    }

    /**
     * The week's changes of the account {@code now} describes, against its earlier {@code snapshots}, with its
     * tickets and deals. {@code at} is the current instant; days are read in {@code zone}.
     */
    public static Result of(HealthSnapshot now, List<HealthSnapshot> snapshots, List<AccountTicket> tickets,
                            List<TeamDeal> deals, Instant at, ZoneId zone) {
        Baseline baseline = baseline(snapshots, now.day());
        List<Change> changes = new ArrayList<>();
        Integer healthDelta = null;
        Integer churnDelta = null;
        RecordRef account = RecordRef.account(now.accountId());
        if (baseline != null) {
            HealthSnapshot was = baseline.snapshot();
            String since = " since " + baseline.day();
            healthDelta = delta(was.health(), now.health());
            churnDelta = delta(was.churnRisk(), now.churnRisk());
            if (healthDelta != null && Math.abs(healthDelta) >= HEALTH_NOTICE) {
                changes.add(new Change(Kind.HEALTH, "Health " + (healthDelta > 0 ? "up" : "down") + " from " + was.health()
                        + " to " + now.health() + since, "health " + signed(healthDelta), account));
            }
            String bandWas = band(was.churnRisk());
            String bandNow = band(now.churnRisk());
            if (churnDelta != null && (Math.abs(churnDelta) >= CHURN_NOTICE || !bandWas.equals(bandNow))) {
                changes.add(new Change(Kind.CHURN, "Churn risk " + (churnDelta >= 0 ? "up" : "down") + " from "
                        + was.churnRisk() + " (" + bandWas + ") to " + now.churnRisk() + " (" + bandNow + ")" + since,
                        "churn " + signed(churnDelta), account));
            }
            usageDrop(was, now, since, account).ifPresent(changes::add);
            if (was.champions() > now.champions()) {
                int left = was.champions() - now.champions();
                changes.add(new Change(Kind.CHAMPION, (left == 1 ? "A champion left" : left + " champions left") + ": "
                        + was.champions() + " champion contacts" + since + ", " + now.champions() + " now",
                        left == 1 ? "champion left" : left + " champions left", account));
            }
        }
        Instant weekAgo = at.minus(Duration.ofDays(DAYS));
        changes.addAll(tickets(tickets, weekAgo, at, zone, account));
        changes.addAll(deals(deals, weekAgo, at, zone));
        return new Result(baseline, healthDelta, churnDelta, changes);
    }

    private static java.util.Optional<Change> usageDrop(HealthSnapshot was, HealthSnapshot now, String since, RecordRef account) {
        if (was.activeUsers() == null || now.activeUsers() == null || was.activeUsers() <= 0) {
            return java.util.Optional.empty();
        }
        int drop = was.activeUsers() - now.activeUsers();
        int percent = (int) Math.round(100.0 * drop / was.activeUsers());
        if (drop < 2 || percent < USAGE_DROP_PERCENT) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Change(Kind.USAGE, "Active users down from " + was.activeUsers() + " to "
                + now.activeUsers() + " (−" + percent + "%)" + since, "usage −" + percent + "%", account));
    }

    private static List<Change> tickets(List<AccountTicket> tickets, Instant from, Instant to, ZoneId zone,
                                        RecordRef account) {
        return tickets.stream().filter(t -> t.openedAt() != null && t.openedAt().isAfter(from) && !t.openedAt().isAfter(to)
                        && (t.priority() == TicketPriority.URGENT || t.priority() == TicketPriority.HIGH))
                .sorted(Comparator.comparing(AccountTicket::openedAt))
                .map(t -> new Change(Kind.TICKET, "New " + t.priorityWord() + " ticket '" + t.subject() + "' opened "
                        + t.openedAt().atZone(zone).toLocalDate() + " (" + (t.open() ? "open" : "closed") + ")",
                        t.priorityWord() + " ticket", account))
                .toList();
    }

    private static List<Change> deals(List<TeamDeal> deals, Instant from, Instant to, ZoneId zone) {
        List<Change> out = new ArrayList<>();
        for (TeamDeal d : deals) {
            Instant closed = d.closedAt() != null ? d.closedAt()
                    : d.closeDate() == null ? null : d.closeDate().atStartOfDay(zone).toInstant();
            if ((d.won() || d.lost()) && closed != null && closed.isAfter(from) && !closed.isAfter(to)) {
                String value = d.amount() == null ? "" : String.format(Locale.ROOT, ", %s %,.0f",
                        d.currency() == null ? "" : d.currency(), d.amount()).replace(",  ", ", ");
                out.add(new Change(d.won() ? Kind.DEAL_WON : Kind.DEAL_LOST, "Deal '" + d.name() + "' "
                        + (d.won() ? "won" : "lost") + value + " on " + closed.atZone(zone).toLocalDate(),
                        d.won() ? "deal won" : "deal lost", RecordRef.deal(d.id())));
            }
        }
        return out;
    }

    private static Integer delta(Integer was, Integer now) {
        return was == null || now == null ? null : now - was;
    }

    private static String signed(int d) {
        return d > 0 ? "+" + d : d < 0 ? "−" + -d : "±0";
    }

    /** The churn band of a 1–99 risk ({@link RetentionRisk#ofScore}), "none" without one. */
    static String band(Integer churnRisk) {
        return churnRisk == null ? "none" : RetentionRisk.ofScore(churnRisk, List.of(), "").band();
    }
}
