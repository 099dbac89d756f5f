package com.nexuscrm.domain.account;

import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.account.AccountEvidence.Kind;
import com.nexuscrm.domain.deal.Seniority;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.Locale;

/**
 * What to raise in the next conversation, each point with its evidence: open tickets to address (most severe first,
 * at most {@value #MAX_TICKETS}), the best growth opportunity with its value, adoption highlights (usage up over
 * three months, utilisation of {@value #HIGH_UTILISATION_PERCENT}% or more), open risks (health down
 * {@value #DROP_POINTS}+ points or at risk, open deals past their close date, senior contacts gone cold) and the
 * last call's next steps with whether they happened ({@link NextStepFollowUp}). Nothing is said where the account
 * gives no data.
 */
public final class TalkingPoints {
    public static final int MAX_TICKETS = 3;
    public static final int DROP_POINTS = 10;
    public static final int HIGH_UTILISATION_PERCENT = 80;

    public enum Topic { TICKET, GROWTH, ADOPTION, RISK, NEXT_STEP }

    /** One point to raise. */
    public record Point(Topic topic, String text, List<AccountEvidence> evidence) {
        public Point {
            evidence = List.copyOf(evidence);
        }
    }

    private TalkingPoints() { }

    public static List<Point> of(AccountFacts f, AccountHealth health, Upsell.Result upsell,
                                 RelationshipStrength.Result relationships) {
        List<Point> out = new ArrayList<>();
        out.addAll(tickets(f));
        upsell.best().ifPresent(o -> out.add(new Point(Topic.GROWTH, o.title() + (o.value() == null ? ""
                : ", worth about " + Upsell.money(o.value())), o.evidence())));
        out.addAll(adoption(f));
        out.addAll(risks(f, health, relationships));
        out.addAll(nextSteps(f));
        return out;
    }

    /**
     * The churn model's estimate as a risk to raise when it is high, its reasons as the evidence; empty otherwise
     * (no model score, or a low or medium one).
     */
    public static java.util.Optional<Point> churn(RetentionRisk risk, UUID accountId) {
        if (risk == null || !RetentionRisk.HIGH.equals(risk.band())) {
            return java.util.Optional.empty();
        }
        List<AccountEvidence> why = risk.reasons().stream().limit(3)
                .map(r -> AccountEvidence.figure(Kind.ACCOUNT, r, accountId)).toList();
        return java.util.Optional.of(new Point(Topic.RISK, String.format(Locale.ROOT,
                "Churn risk high: %d%% chance of leaving in the next months (%s)", Math.round(100 * risk.probability()),
                risk.model()), why));
    }

    static List<Point> tickets(AccountFacts f) {
        return f.tickets().stream().filter(AccountTicket::open)
                .sorted(Comparator.comparing((AccountTicket t) -> t.priority() == null ? TicketPriority.NORMAL : t.priority())
                        .reversed().thenComparing(AccountTicket::openedAt))
                .limit(MAX_TICKETS).map(t -> new Point(Topic.TICKET, String.format(Locale.ROOT,
                        "Address ticket '%s' (%s, open %d days)", t.subject(), t.priorityWord(),
                        Duration.between(t.openedAt(), f.now()).toDays()), List.of(new AccountEvidence(
                        "Ticket opened " + LocalDate.ofInstant(t.openedAt(), f.zone()), Kind.TICKET, t.id(),
                        RecordRef.account(f.accountId()))))).toList();
    }

    static List<Point> adoption(AccountFacts f) {
        List<UsageMonth> u = f.usage();
        if (u.isEmpty()) {
            return List.of();
        }
        List<Point> out = new ArrayList<>();
        UsageMonth last = u.get(u.size() - 1);
        if (u.size() >= 4) {
            UsageMonth then = u.get(u.size() - 4);
            if (last.activeUsers() > then.activeUsers()) {
                out.add(point(f, String.format(Locale.ROOT, "Active users up from %d to %d since %s", then.activeUsers(),
                        last.activeUsers(), then.month()), "Usage rows of " + then.month() + " and " + last.month()));
            }
            if (last.featureAdoption() >= then.featureAdoption() + 0.05) {
                out.add(point(f, String.format(Locale.ROOT, "Feature adoption up from %.0f%% to %.0f%% since %s",
                        100 * then.featureAdoption(), 100 * last.featureAdoption(), then.month()),
                        "Usage rows of " + then.month() + " and " + last.month()));
            }
        }
        Double util = last.utilisation();
        if (util != null && util * 100 >= HIGH_UTILISATION_PERCENT) {
            out.add(point(f, String.format(Locale.ROOT, "%d of %d seats in use (%.0f%%)", last.activeUsers(),
                    last.seats(), 100 * util), "Usage row of " + last.month()));
        }
        return out;
    }

    private static Point point(AccountFacts f, String text, String evidence) {
        return new Point(Topic.ADOPTION, text, List.of(AccountEvidence.figure(Kind.USAGE, evidence, f.accountId())));
    }

    static List<Point> risks(AccountFacts f, AccountHealth health, RelationshipStrength.Result relationships) {
        List<Point> out = new ArrayList<>();
        Integer trend = health.trend();
        if (trend != null && trend <= -DROP_POINTS) {
            out.add(new Point(Topic.RISK, "Health down " + -trend + " points to " + health.score() + " in "
                    + AccountHealth.PERIOD_DAYS + " days", health.evidence()));
        } else if (health.score() != null && health.score() < 40) {
            out.add(new Point(Topic.RISK, "Health at risk: " + health.score(), health.evidence()));
        }
        LocalDate today = LocalDate.ofInstant(f.now(), f.zone());
        for (DealSummary d : f.openDeals()) {
            if (d.closeDate() != null && d.closeDate().isBefore(today)) {
                out.add(new Point(Topic.RISK, "Open deal '" + d.name() + "' is past its close date " + d.closeDate(),
                        List.of(new AccountEvidence("Deal " + d.name(), Kind.DEAL, d.id(), RecordRef.deal(d.id())))));
            }
        }
        relationships.contacts().stream().filter(c -> c.seniority().signsBudgets() && c.strength() != null
                && c.strength() < 30).limit(2).forEach(c -> out.add(new Point(Topic.RISK, c.name() + " ("
                + (c.seniority() == Seniority.UNKNOWN ? "" : c.seniority().label() + ", ") + "budget holder) has gone cold",
                c.evidence())));
        return out;
    }

    static List<Point> nextSteps(AccountFacts f) {
        List<AnalysedCall> withSteps = f.calls().stream().filter(c -> !c.nextSteps().isEmpty()).toList();
        if (withSteps.isEmpty()) {
            return List.of();
        }
        AnalysedCall call = withSteps.get(withSteps.size() - 1);
        RecordRef opens = call.dealId() != null ? RecordRef.deal(call.dealId()) : RecordRef.account(f.accountId());
        List<Point> out = new ArrayList<>();
        for (AnalysedCall.NextStep s : call.nextSteps()) {
            NextStepFollowUp.Outcome o = NextStepFollowUp.of(s.words(), call.at(), f.activities(), f.now());
            String state = switch (o.state()) {
                case DONE -> "done: " + describe(f, o.shownBy().orElseThrow());
                case PLANNED -> "planned: " + describe(f, o.shownBy().orElseThrow());
                case NO_SIGN -> "no sign it happened";
            };
            List<AccountEvidence> evidence = new ArrayList<>();
            evidence.add(new AccountEvidence("Said in the call of " + LocalDate.ofInstant(call.at(), f.zone())
                    + (s.due() == null ? "" : ", due " + s.due()), Kind.CALL, call.recordingId(), opens));
            o.shownBy().ifPresent(a -> evidence.add(new AccountEvidence(describe(f, a), Kind.ACTIVITY, a.id(),
                    a.dealId() != null ? RecordRef.deal(a.dealId()) : RecordRef.account(f.accountId()))));
            out.add(new Point(Topic.NEXT_STEP, "Next step \"" + s.words() + "\": " + state, evidence));
        }
        return out;
    }

    private static String describe(AccountFacts f, AccountActivity a) {
        return a.type().name().toLowerCase(Locale.ROOT) + " '" + a.subject() + "' on "
                + LocalDate.ofInstant(a.occurredAt(), f.zone());
    }
}
