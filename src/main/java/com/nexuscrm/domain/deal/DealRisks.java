package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.TaskPriority;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The explicit warnings about an open deal, each a small rule over {@link DealFacts} that explains itself: the
 * evidence names the numbers it used, and the recommendation comes with a task ready to create. Pure: it reads
 * and writes nothing. Closed deals have no risks. The rules (thresholds in {@link RiskSettings}):
 * <ul>
 *   <li><b>Gone quiet</b>: nothing from the customer (reply, connected call, meeting held) for at least
 *       {@code quietDays} days, or never since a deal at least that old was opened; high from twice that; low when a
 *       meeting is booked ahead.</li>
 *   <li><b>Single-threaded</b>: one person engaged in {@code engagedDays} days, or nobody engaged and at most one
 *       person on the deal.</li>
 *   <li><b>No economic buyer</b>: from Qualification on, nobody in the buying group has that role; high from
 *       Proposal on.</li>
 *   <li><b>Stalled</b>: longer in the stage than the workspace's 75th percentile for it; high above twice that.</li>
 *   <li><b>Close date pushed</b>: moved to a later date {@code pushLimit} times or more; high from one more.</li>
 *   <li><b>Close date passed</b>: the close date is before today and the deal is still open.</li>
 *   <li><b>Negative last call</b>: the last analysed call's sentiment below {@code negativeSentiment}.</li>
 *   <li><b>Competitor mentioned</b> on the last analysed call.</li>
 *   <li><b>Amount far above usual</b>: above {@code amountMultiple} times the owner's median won deal, once they have
 *       won {@code minWonDeals}.</li>
 *   <li>Data warnings: a stage the team's list no longer offers, no amount (or zero), no close date.</li>
 * </ul>
 */
public final class DealRisks {
    private final RiskSettings settings;
    private final List<Function<DealFacts, Optional<DealRisk>>> rules = List.of(this::goneQuiet,
            this::singleThreaded, this::noEconomicBuyer, this::stalled, this::closeDatePushed, this::closeDatePassed,
            this::negativeCall, this::competitor, this::amountUnusual, this::stageUnlisted, this::noAmount,
            this::noCloseDate);

    public DealRisks(RiskSettings settings) {
        this.settings = settings;
    }

    public DealRisks() {
        this(RiskSettings.DEFAULTS);
    }

    /** Every risk that applies, most severe first (customer risks before data warnings of the same severity). */
    public List<DealRisk> assess(DealFacts f) {
        if (!f.open()) {
            return List.of();
        }
        List<DealRisk> risks = new ArrayList<>();
        for (Function<DealFacts, Optional<DealRisk>> rule : rules) {
            rule.apply(f).ifPresent(risks::add);
        }
        risks.sort(Comparator.comparing(DealRisk::severity).thenComparing(r -> r.kind().dataWarning()));
        return risks;
    }

    Optional<DealRisk> goneQuiet(DealFacts f) {
        Optional<Quiet> quiet = quiet(f);
        if (quiet.isEmpty() || quiet.get().days() < settings.quietDays()) {
            return Optional.empty();
        }
        String evidence = quiet.get().evidence();
        RiskSeverity severity = quiet.get().days() >= 2L * settings.quietDays() ? RiskSeverity.HIGH : RiskSeverity.MEDIUM;
        Optional<Touchpoint> booked = f.touchpoints().stream()
                .filter(t -> t.kind() == Touchpoint.Kind.MEETING_PLANNED).findFirst();
        if (booked.isPresent()) {
            severity = RiskSeverity.LOW;
            evidence += " A meeting is booked for " + Wording.date(booked.get().at(), f.zone(), f.today()) + ".";
        }
        String who = contactToCall(f);
        return Optional.of(new DealRisk(RiskKind.GONE_QUIET, severity, evidence,
                "Re-engage: call " + who + " with a reason to talk (news, a case study, a question about their plan).",
                new TaskDraft("Re-engage " + who + " on " + f.name(), 1, TaskPriority.HIGH)));
    }

    private record Quiet(long days, String evidence) { }

    /** How long the customer has been silent, in words; empty when that cannot be told (no reply, no creation time). */
    private static Optional<Quiet> quiet(DealFacts f) {
        Touchpoint last = f.lastTwoWay();
        if (last != null) {
            long days = f.daysSince(last.at());
            return Optional.of(new Quiet(days, "No reply from the customer for " + Wording.days(days) + "; last: "
                    + last.noun() + " on " + Wording.date(last.at(), f.zone(), f.today()) + "."));
        }
        if (f.createdAt() == null) {
            return Optional.empty();
        }
        if (f.touchpointsFrom() != null && f.createdAt().isBefore(f.touchpointsFrom())) {
            long days = f.daysSince(f.touchpointsFrom());
            return Optional.of(new Quiet(days, "No reply from the customer in the last " + Wording.days(days)
                    + " (the deal was opened " + Wording.date(f.createdAt(), f.zone(), f.today()) + ")."));
        }
        long days = f.daysSince(f.createdAt());
        return Optional.of(new Quiet(days, "No reply from the customer since the deal was opened "
                + Wording.days(days) + " ago."));
    }

    Optional<DealRisk> singleThreaded(DealFacts f) {
        Set<UUID> engaged = f.engaged(settings.engagedDays());
        int people = f.people().size();
        String evidence;
        if (engaged.size() == 1) {
            UUID only = engaged.iterator().next();
            String name = only == null || f.person(only) == null ? "one person" : f.person(only).displayName();
            evidence = "Only " + name + " has taken part in the last " + Wording.days(settings.engagedDays())
                    + "; " + (people == 0 ? "nobody is named in the buying group"
                    : (people == 1 ? "1 person is" : people + " people are") + " on the deal") + ".";
        } else if (engaged.isEmpty() && people <= 1) {
            evidence = people == 0 ? "Nobody from the customer is on the deal yet."
                    : "Only " + f.people().get(0).displayName() + " is on the deal, and nobody has taken part in the last "
                    + Wording.days(settings.engagedDays()) + ".";
        } else {
            return Optional.empty();
        }
        String via = f.people().isEmpty() ? "your contact" : f.people().get(0).displayName();
        return Optional.of(new DealRisk(RiskKind.SINGLE_THREADED, RiskSeverity.MEDIUM, evidence,
                "Multi-thread: ask " + via + " to bring in the other people who decide (budget, technical, legal).",
                new TaskDraft("Ask " + via + " for an introduction to other stakeholders", 3, TaskPriority.NORMAL)));
    }

    Optional<DealRisk> noEconomicBuyer(DealFacts f) {
        if (f.stage() == null || f.stage().ordinal() < DealStage.QUALIFICATION.ordinal()
                || f.people().stream().anyMatch(p -> p.role() == DealRole.ECONOMIC_BUYER)) {
            return Optional.empty();
        }
        boolean late = f.stage().ordinal() >= DealStage.PROPOSAL.ordinal();
        Optional<BuyingGroupMember> senior = f.people().stream()
                .filter(p -> p.seniority() != Seniority.UNKNOWN).min(Comparator.comparing(BuyingGroupMember::seniority));
        String evidence = f.people().isEmpty()
                ? "No economic buyer: nobody from the customer is named on the deal, and it is in " + f.stageLabel() + "."
                : "No economic buyer in a buying group of " + f.people().size() + " in " + f.stageLabel() + "; "
                + senior.map(p -> "the most senior person is " + p.displayName() + " (" + p.title() + ").")
                        .orElse("nobody's title shows their seniority.");
        String ask = f.people().stream().filter(p -> p.role() == DealRole.CHAMPION).findFirst()
                .or(() -> f.people().stream().findFirst()).map(BuyingGroupMember::displayName).orElse("your contact");
        return Optional.of(new DealRisk(RiskKind.NO_ECONOMIC_BUYER, late ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
                evidence, "Find out who signs off the budget and get a meeting with them.",
                new TaskDraft("Ask " + ask + " who signs off the budget", 2, late ? TaskPriority.HIGH : TaskPriority.NORMAL)));
    }

    Optional<DealRisk> stalled(DealFacts f) {
        if (f.stageEnteredAt() == null || f.stageNorm() == null) {
            return Optional.empty();
        }
        Duration in = Duration.between(f.stageEnteredAt(), f.now());
        if (in.compareTo(f.stageNorm()) <= 0) {
            return Optional.empty();
        }
        long days = in.toDays();
        long norm = f.stageNorm().toDays();
        String evidence = "In " + f.stageLabel() + " for " + Wording.days(days) + "; 75% of deals leave "
                + f.stageLabel() + " within " + Wording.days(norm) + " (" + f.stageNormStays() + " past stays).";
        RiskSeverity severity = in.compareTo(f.stageNorm().multipliedBy(2)) > 0 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM;
        return Optional.of(new DealRisk(RiskKind.STALLED, severity, evidence,
                "Agree the next step and its date with the customer, or re-qualify the deal.",
                new TaskDraft("Agree a dated next step for " + f.name(), 1, TaskPriority.HIGH)));
    }

    Optional<DealRisk> closeDatePushed(DealFacts f) {
        int pushes = f.closeDatePushes().size();
        if (pushes < settings.pushLimit()) {
            return Optional.empty();
        }
        LocalDate first = f.closeDatePushes().get(0).from();
        LocalDate last = f.closeDatePushes().get(pushes - 1).to();
        String evidence = "Close date pushed " + Wording.times(pushes) + ", from " + Wording.date(first, f.today())
                + " to " + Wording.date(last, f.today()) + " (+" + Wording.days(first.until(last, java.time.temporal.ChronoUnit.DAYS)) + ").";
        return Optional.of(new DealRisk(RiskKind.CLOSE_DATE_PUSHED,
                pushes > settings.pushLimit() ? RiskSeverity.HIGH : RiskSeverity.MEDIUM, evidence,
                "Re-check the timeline with the buyer: what has to happen, and by whom, before they sign?",
                new TaskDraft("Confirm the signing timeline for " + f.name(), 2, TaskPriority.HIGH)));
    }

    Optional<DealRisk> closeDatePassed(DealFacts f) {
        if (f.closeDate() == null || !f.closeDate().isBefore(f.today())) {
            return Optional.empty();
        }
        long days = f.closeDate().until(f.today(), java.time.temporal.ChronoUnit.DAYS);
        return Optional.of(new DealRisk(RiskKind.CLOSE_DATE_PASSED, RiskSeverity.HIGH,
                "The close date, " + Wording.date(f.closeDate(), f.today()) + ", passed " + Wording.days(days)
                        + " ago and the deal is still open.",
                "Set a close date the customer has agreed to, or close the deal as lost.",
                new TaskDraft("Update the close date of " + f.name(), 0, TaskPriority.HIGH)));
    }

    Optional<DealRisk> negativeCall(DealFacts f) {
        Double s = f.lastCallSentiment();
        if (s == null || s >= settings.negativeSentiment()) {
            return Optional.empty();
        }
        String when = f.lastCallAt() == null ? "" : " (" + Wording.date(f.lastCallAt(), f.zone(), f.today()) + ")";
        String objections = blank(f.lastCallObjections()) ? "" : "; objections: " + f.lastCallObjections().strip();
        return Optional.of(new DealRisk(RiskKind.NEGATIVE_CALL, s < -0.5 ? RiskSeverity.HIGH : RiskSeverity.MEDIUM,
                "The last call" + when + " was negative: sentiment " + Wording.twoDecimals(s) + objections + ".",
                "Follow up on what worried them" + (objections.isEmpty() ? "" : " (" + f.lastCallObjections().strip() + ")")
                        + " before the next step.",
                new TaskDraft("Follow up on the concerns from the last call", 1, TaskPriority.HIGH)));
    }

    Optional<DealRisk> competitor(DealFacts f) {
        if (blank(f.lastCallCompetitors())) {
            return Optional.empty();
        }
        String names = f.lastCallCompetitors().strip();
        String when = f.lastCallAt() == null ? "" : " (" + Wording.date(f.lastCallAt(), f.zone(), f.today()) + ")";
        return Optional.of(new DealRisk(RiskKind.COMPETITOR, RiskSeverity.MEDIUM,
                names + " came up on the last call" + when + ".",
                "Find out where they stand with " + names + " and send a comparison that answers it.",
                new TaskDraft("Send a comparison with " + names, 2, TaskPriority.NORMAL)));
    }

    Optional<DealRisk> amountUnusual(DealFacts f) {
        BigDecimal median = f.repMedianWon();
        if (f.amount() == null || median == null || median.signum() <= 0
                || f.repWonAmounts().size() < settings.minWonDeals()) {
            return Optional.empty();
        }
        BigDecimal ratio = f.amount().divide(median, MathContext.DECIMAL64);
        if (ratio.compareTo(BigDecimal.valueOf(settings.amountMultiple())) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new DealRisk(RiskKind.AMOUNT_UNUSUAL, RiskSeverity.MEDIUM,
                Wording.money(f.amount(), f.currency()) + " is " + Wording.oneDecimal(ratio.doubleValue())
                        + "\u00d7 the owner's median won deal (" + Wording.money(median, f.currency()) + " over "
                        + f.repWonAmounts().size() + " won deals).",
                "Check the scope and budget with the buyer and review the deal with your manager.",
                new TaskDraft("Review the size of " + f.name() + " with your manager", 3, TaskPriority.NORMAL)));
    }

    Optional<DealRisk> stageUnlisted(DealFacts f) {
        if (f.stage() != null && f.stageListed()) {
            return Optional.empty();
        }
        String stage = f.stage() == null ? "The deal has no stage" : "The stage '" + f.stageLabel() + "'"
                + " is no longer in the team's deal-stage list";
        return Optional.of(new DealRisk(RiskKind.STAGE_UNLISTED, RiskSeverity.LOW, stage + ".",
                "Move the deal to one of the team's current stages.",
                new TaskDraft("Move " + f.name() + " to a current stage", 1, TaskPriority.LOW)));
    }

    Optional<DealRisk> noAmount(DealFacts f) {
        if (f.amount() != null && f.amount().signum() != 0) {
            return Optional.empty();
        }
        return Optional.of(new DealRisk(RiskKind.NO_AMOUNT, RiskSeverity.LOW,
                f.amount() == null ? "The deal has no amount, so forecasts count it as zero."
                        : "The deal's amount is zero, so forecasts count nothing for it.", "Enter the amount (or its line items).",
                new TaskDraft("Enter the amount of " + f.name(), 1, TaskPriority.LOW)));
    }

    Optional<DealRisk> noCloseDate(DealFacts f) {
        return f.closeDate() != null ? Optional.empty() : Optional.of(new DealRisk(RiskKind.NO_CLOSE_DATE,
                RiskSeverity.LOW, "The deal has no close date, so no forecast period counts it.",
                "Agree an expected close date with the customer and enter it.",
                new TaskDraft("Enter the close date of " + f.name(), 1, TaskPriority.LOW)));
    }

    /** Whom to call: the champion, else the economic buyer, else the first person on the deal. */
    private static String contactToCall(DealFacts f) {
        return f.people().stream().filter(p -> p.role() == DealRole.CHAMPION).findFirst()
                .or(() -> f.people().stream().filter(p -> p.role() == DealRole.ECONOMIC_BUYER).findFirst())
                .or(() -> f.people().stream().findFirst()).map(BuyingGroupMember::displayName).orElse("the customer");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
