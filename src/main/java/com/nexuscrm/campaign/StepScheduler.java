package com.nexuscrm.campaign;

import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Resumes enrolments paused until now (their later steps moved on by the pause), then turns active enrolments into
 * pending touches: when an enrolment's current step is due (its day offset after
 * enrolment) and has no touch yet, it checks the step's condition (skipping the step when it does not hold) and
 * schedules the step's touch in the recipient's next send window. A converted lead exits. A step whose touch was
 * sent but the enrolment not moved on (a crash between the two writes) is passed over here.
 */
final class StepScheduler {
    private final CampaignPorts ports;
    private final RunnerSettings settings;
    private final VariantChooser variants;

    StepScheduler(CampaignPorts ports, RunnerSettings settings, VariantChooser variants) {
        this.ports = ports;
        this.settings = settings;
        this.variants = variants;
    }

    /** Schedules every due step; returns how many touches were added. */
    int schedule(Instant now) {
        ports.enrolments().resumeDue(now);
        Map<UUID, Optional<CampaignPlan>> plans = new HashMap<>();
        int added = 0;
        for (Enrolment e : ports.enrolments().active()) {
            Optional<CampaignPlan> plan = plans.computeIfAbsent(e.planId(), id -> ports.plans().find(id));
            if (plan.isPresent() && scheduleOne(e, plan.get(), now)) {
                added++;
            }
        }
        return added;
    }

    /** The enrolment's recipient while it can still be reached; exits the enrolment when it is gone or converted. */
    private Optional<Recipient> reachable(Enrolment e) {
        Optional<Recipient> recipient = ports.recipients().find(e.person());
        if (recipient.isEmpty()) {
            ports.enrolments().exit(e.id(), ExitReason.REMOVED);
        } else if (LeadStatus.CONVERTED.name().equals(recipient.get().stage())) {
            ports.enrolments().exit(e.id(), ExitReason.CONVERTED);
            return Optional.empty();
        }
        return recipient;
    }

    private boolean scheduleOne(Enrolment e, CampaignPlan plan, Instant now) {
        Optional<Recipient> recipient = reachable(e);
        if (recipient.isEmpty()) {
            return false;
        }
        int step = e.currentStep();
        while (step < plan.steps().size()) {
            Optional<TouchStatus> existing = touchStatus(e, step);
            if (existing.isPresent() && existing.get() != TouchStatus.SENT) {
                return false;
            }
            Step s = plan.step(step);
            Instant due = e.enrolledAt().plus(Duration.ofDays(s.dayOffset()));
            if (existing.isEmpty() && due.isAfter(now)) {
                return false;
            }
            if (existing.isEmpty() && s.condition().holds(ports.touches().engagement(e.id(), step), recipient.get())) {
                return add(e, plan, step, recipient.get(), now);
            }
            step++;
            ports.enrolments().advance(e.id(), step, step >= plan.steps().size());
        }
        ports.enrolments().advance(e.id(), step, true);
        return false;
    }

    /** The status of the enrolment's touch for this step, if it has one. */
    private Optional<TouchStatus> touchStatus(Enrolment e, int step) {
        return ports.touches().forEnrolment(e.id()).stream().filter(t -> t.stepIndex() == step)
                .map(ScheduledTouch::status).findFirst();
    }

    private boolean add(Enrolment e, CampaignPlan plan, int step, Recipient recipient, Instant now) {
        Step s = plan.step(step);
        String variant = variants.choose(e, step, s).variant();
        Instant first = settings.window().nextOpen(now, recipient.zone());
        return ports.touches().schedule(ScheduledTouch.pending(e.id(), step, variant, s.channel(), plan.sender(),
                recipient.address(s.channel()), first));
    }
}
