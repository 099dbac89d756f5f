package com.nexuscrm.campaign;

import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Resumes enrolments paused until now (their later steps moved on by the pause), then turns active enrolments into
 * pending touches: when an enrolment's current step is due (its day offset after
 * enrolment) and has no touch yet, it checks the step's condition (skipping the step when it does not hold) and
 * schedules the step's touch in the recipient's next send window. A converted lead exits. A step whose touch was
 * sent but the enrolment not moved on (a crash between the two writes) is passed over here. Reads in bulk (the
 * active enrolments, their recipients, their touches' statuses) and adds the new touches in one call, so a store that
 * batches (the team server's) schedules 100,000 enrolments in a few round trips. The {@link TouchPlanner} picks the
 * channel of a step offering two (among those the person can receive) and the first try; with optimisation on,
 * {@link ThompsonPlanner} learns both.
 */
final class StepScheduler {
    private final CampaignPorts ports;
    private final RunnerSettings settings;
    private final VariantChooser variants;
    private final TouchPlanner planner;
    private final Map<String, Instant> earliest = new HashMap<>();

    StepScheduler(CampaignPorts ports, RunnerSettings settings, VariantChooser variants, TouchPlanner planner) {
        this.ports = ports;
        this.settings = settings;
        this.variants = variants;
        this.planner = planner;
    }

    /** Schedules every due step; returns how many touches were added. */
    int schedule(Instant now) {
        ports.enrolments().resumeDue(now);
        List<Enrolment> active = ports.enrolments().active();
        Map<UUID, Optional<CampaignPlan>> plans = new HashMap<>();
        Map<PersonRef, Recipient> recipients = ports.recipients().findAll(active.stream().map(Enrolment::person)
                .distinct().toList());
        Map<UUID, Map<Integer, TouchStatus>> statuses = ports.touches().statuses(active.stream().map(Enrolment::id).toList());
        List<ScheduledTouch> touches = new ArrayList<>();
        earliest.clear();
        if (planner.learns()) {
            planner.prepare(recipients.keySet());
        }
        for (Enrolment e : active) {
            Optional<CampaignPlan> plan = plans.computeIfAbsent(e.planId(), id -> ports.plans().find(id));
            Optional<Recipient> recipient = plan.isEmpty() ? Optional.empty() : reachable(e, recipients.get(e.person()));
            if (recipient.isPresent()) {
                next(e, plan.get(), recipient.get(), statuses.getOrDefault(e.id(), Map.of()), now).ifPresent(touches::add);
            }
        }
        return ports.touches().scheduleAll(touches);
    }

    /** The enrolment's recipient while it can still be reached; exits the enrolment when it is gone or converted. */
    private Optional<Recipient> reachable(Enrolment e, Recipient recipient) {
        if (recipient == null) {
            ports.enrolments().exit(e.id(), ExitReason.REMOVED);
            return Optional.empty();
        }
        if (LeadStatus.CONVERTED.name().equals(recipient.stage())) {
            ports.enrolments().exit(e.id(), ExitReason.CONVERTED);
            return Optional.empty();
        }
        return Optional.of(recipient);
    }

    /** The touch of the enrolment's due step, if one is due and its condition holds; moves past skipped steps. */
    private Optional<ScheduledTouch> next(Enrolment e, CampaignPlan plan, Recipient recipient,
                                          Map<Integer, TouchStatus> touched, Instant now) {
        int step = e.currentStep();
        while (step < plan.steps().size()) {
            TouchStatus existing = touched.get(step);
            if (existing != null && existing != TouchStatus.SENT) {
                return Optional.empty();
            }
            Step s = plan.step(step);
            Instant due = e.enrolledAt().plus(Duration.ofDays(s.dayOffset()));
            if (existing == null && due.isAfter(now)) {
                return Optional.empty();
            }
            if (existing == null && holds(s.condition(), e, step, recipient)) {
                return Optional.of(touch(e, plan, step, recipient, now));
            }
            step++;
            ports.enrolments().advance(e.id(), step, step >= plan.steps().size());
        }
        ports.enrolments().advance(e.id(), step, true);
        return Optional.empty();
    }

    private boolean holds(StepCondition condition, Enrolment e, int step, Recipient recipient) {
        return condition.holds(condition.needsEngagement() ? ports.touches().engagement(e.id(), step)
                : StepCondition.Engagement.NONE, recipient);
    }

    private ScheduledTouch touch(Enrolment e, CampaignPlan plan, int step, Recipient recipient, Instant now) {
        Step s = plan.step(step);
        String variant = variants.choose(e, step, s).variant();
        Channel channel = s.alternative() == null ? s.channel() : planner.channel(e, step, s, reachable(s, recipient));
        Instant from = planner.learns() ? earliest.computeIfAbsent(String.valueOf(plan.sender()), k -> underLimit(plan.sender(), now)) : now;
        Instant first = planner.firstTry(e, step, recipient, settings.window(), now, from);
        return ScheduledTouch.pending(e.id(), step, variant, channel, plan.sender(), recipient.address(channel), first);
    }

    /** The step's channels the person can receive: an address for it, not suppressed, consent where needed. */
    private List<Channel> reachable(Step s, Recipient recipient) {
        return s.channels().stream().filter(c -> recipient.address(c) != null && !recipient.address(c).isBlank()
                && ports.policy().blocked(recipient.ref().id(), recipient.address(c), c).isEmpty()).toList();
    }

    /** {@code now}, or the start of the sender's next day when it has reached today's daily limit. */
    private Instant underLimit(String sender, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.senderZone());
        Instant tomorrow = today.plusDays(1).atStartOfDay(settings.senderZone()).toInstant();
        return ports.touches().sentBy(sender, today.atStartOfDay(settings.senderZone()).toInstant(), tomorrow)
                >= settings.dailyLimitPerSender() ? tomorrow : now;
    }
}
