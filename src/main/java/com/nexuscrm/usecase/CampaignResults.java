package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.OptimisationReport;
import com.nexuscrm.campaign.ThompsonVariants;
import com.nexuscrm.domain.campaign.TouchOutcome;
import java.time.ZoneId;
import com.nexuscrm.domain.campaign.ArmReport;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentCounts;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.domain.campaign.TouchTally;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Campaigns screen's figures, read through the campaign ports: every plan with its enrolment counts and reply
 * rate, one plan's steps with per-step and per-variant results, and its enrolments with the next touch due. A reply
 * rate is replies over touches sent (a touch not sent yet counts for neither); none sent gives no rate (null).
 */
public final class CampaignResults {
    /** Where a campaign is: nobody enrolled yet, someone still running, or everyone through or out. */
    public enum Status {
        DRAFT("Draft"), RUNNING("Running"), FINISHED("Finished");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() { return label; }
    }

    /** One campaign in the list. */
    public record Summary(CampaignPlan plan, Status status, List<Channel> channels, EnrolmentCounts counts, int sent,
                          int replied) {
        public Double replyRate() { return rate(replied, sent); }
    }

    /**
     * One variant of one step: its template, what its touches got, and for a step with several variants what the
     * variant test has learnt (the posterior reply rate with its 90% interval; {@code leading}: the best posterior
     * mean, which Thompson sampling sends most often); {@code learnt} is null for a step with one variant.
     */
    public record VariantResult(int stepIndex, Template template, int sent, int replied, ArmReport learnt,
                                boolean leading) {
        public Double replyRate() { return rate(replied, sent); }
    }

    /** One step (index from 0) with its variants' results added up. */
    public record StepResult(int index, Step step, List<VariantResult> variants) {
        public int sent() { return variants.stream().mapToInt(VariantResult::sent).sum(); }

        public int replied() { return variants.stream().mapToInt(VariantResult::replied).sum(); }

        public Double replyRate() { return rate(replied(), sent()); }
    }

    /** One enrolment with the person's name and, while it runs, when its next touch is due (null when none). */
    public record EnrolmentLine(Enrolment enrolment, String person, Instant nextTouchDue, Integer nextStep) { }

    private final CampaignPorts ports;

    public CampaignResults(CampaignPorts ports) {
        this.ports = ports;
    }

    /**
     * What the optimiser has learnt for one campaign over all its recipients ({@link OptimisationReport}): each send hour
     * (in the recipient's zone), offered channel and variant with its posterior reply rate and the best one's uplift; none
     * before its touches are sent. The reads: every sent touch, its people's zones, the tallies.
     */
    public List<OptimisationReport.Section> optimisation(java.util.UUID planId) {
        CampaignPlan plan = ports.plans().find(planId).orElseThrow(() -> new IllegalStateException(
                "This campaign is no longer there; refresh the list."));
        List<TouchOutcome> outcomes = ports.touches().outcomes().stream().filter(o -> o.planId().equals(planId)).toList();
        Map<PersonRef, ZoneId> zones = new HashMap<>();
        ports.recipients().findAll(outcomes.stream().map(TouchOutcome::person).distinct().toList())
                .forEach((person, r) -> zones.put(person, r.zone()));
        return OptimisationReport.of(plan, outcomes, zones, ports.touches().tallies());
    }

    /** Replies over sent; null when nothing was sent. */
    public static Double rate(int replied, int sent) {
        return sent == 0 ? null : (double) replied / sent;
    }

    /** Every plan by name with its counts, in three reads (plans, enrolment counts, touch tallies). */
    public List<Summary> summaries() {
        Map<UUID, EnrolmentCounts> counts = ports.enrolments().countsByPlan().stream()
                .collect(Collectors.toMap(EnrolmentCounts::planId, Function.identity()));
        Map<UUID, List<TouchTally>> tallies = ports.touches().tallies().stream()
                .collect(Collectors.groupingBy(TouchTally::planId));
        return ports.plans().all().stream().map(plan -> {
            EnrolmentCounts c = counts.getOrDefault(plan.id(), EnrolmentCounts.none(plan.id()));
            List<TouchTally> t = tallies.getOrDefault(plan.id(), List.of());
            Status status = c.enrolled() == 0 ? Status.DRAFT : c.active() > 0 ? Status.RUNNING : Status.FINISHED;
            List<Channel> channels = plan.steps().stream().map(Step::channel).distinct().toList();
            return new Summary(plan, status, channels, c, t.stream().mapToInt(TouchTally::sent).sum(),
                    t.stream().mapToInt(TouchTally::replied).sum());
        }).sorted(Comparator.comparing((Summary s) -> s.plan().name(), String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Optional<CampaignPlan> plan(UUID planId) {
        return ports.plans().find(planId);
    }

    /** The plan's steps in order, each variant with its sent and replied touches. */
    public List<StepResult> steps(CampaignPlan plan) {
        List<TouchTally> tallies = ports.touches().tallies().stream().filter(t -> t.planId().equals(plan.id())).toList();
        List<StepResult> steps = new ArrayList<>();
        for (int i = 0; i < plan.steps().size(); i++) {
            int index = i;
            Step step = plan.step(i);
            DimensionReport learnt = step.variants().size() < 2 ? null
                    : new ThompsonVariants(tallies, OptimisationSettings.on()).report(plan.id(), i, step);
            List<VariantResult> variants = new ArrayList<>();
            for (int v = 0; v < step.variants().size(); v++) {
                Template template = step.variants().get(v);
                List<TouchTally> mine = tallies.stream().filter(t -> t.stepIndex() == index
                        && t.variant().equals(template.variant())).toList();
                variants.add(new VariantResult(index, template, mine.stream().mapToInt(TouchTally::sent).sum(),
                        mine.stream().mapToInt(TouchTally::replied).sum(), learnt == null ? null : learnt.arms().get(v),
                        learnt != null && learnt.best() == v));
            }
            steps.add(new StepResult(i, plan.step(i), variants));
        }
        return steps;
    }

    /** The plan's enrolments, newest first, with names read in bulk and the next touch due of those running. */
    public List<EnrolmentLine> enrolments(CampaignPlan plan) {
        List<Enrolment> enrolments = ports.enrolments().forPlan(plan.id());
        Map<PersonRef, String> names = ports.recipients().names(enrolments.stream().map(Enrolment::person).toList());
        Map<UUID, List<ScheduledTouch>> touches = ports.touches().forPlan(plan.id()).stream()
                .collect(Collectors.groupingBy(ScheduledTouch::enrolmentId));
        return enrolments.stream().map(e -> {
            Integer next = e.active() && e.currentStep() < plan.steps().size() ? e.currentStep() : null;
            Instant due = next == null ? null : nextDue(e, plan, touches.getOrDefault(e.id(), List.of()));
            String name = names.getOrDefault(e.person(), "(" + e.person().kind().name().toLowerCase() + " no longer in the workspace)");
            return new EnrolmentLine(e, name, due, next);
        }).sorted(Comparator.comparing((EnrolmentLine l) -> l.enrolment().enrolledAt()).reversed()).toList();
    }

    /** A waiting touch's next attempt; else when the current step falls due after enrolment. */
    private static Instant nextDue(Enrolment e, CampaignPlan plan, List<ScheduledTouch> touches) {
        return touches.stream().filter(t -> t.stepIndex() == e.currentStep()
                        && (t.status() == TouchStatus.PENDING || t.status() == TouchStatus.SENDING))
                .map(ScheduledTouch::nextAttemptAt).findFirst()
                .orElse(e.enrolledAt().plus(Duration.ofDays(plan.step(e.currentStep()).dayOffset())));
    }
}
