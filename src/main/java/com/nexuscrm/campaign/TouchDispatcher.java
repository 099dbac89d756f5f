package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Template;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Sends due touches. A touch of a paused enrolment waits until it resumes. Each one is checked (enrolment still active, recipient not suppressed, their send window open,
 * the sender under the daily limit), claimed PENDING → SENDING in one conditional update, sent with its derived
 * Message-ID, then marked SENT. A transient failure puts it back to PENDING with one more attempt and backoff; a
 * permanent one fails it and exits the enrolment. A touch left SENDING by a crash is never sent again by this path:
 * {@link SendingReconciler} decides, and {@link #repost} is its way for a provider that deduplicates by the touch id.
 */
final class TouchDispatcher {
    private final CampaignPorts ports;
    private final RunnerSettings settings;
    private final Map<com.nexuscrm.domain.campaign.Channel, OutboundChannel> channels;

    TouchDispatcher(CampaignPorts ports, RunnerSettings settings,
                    Map<com.nexuscrm.domain.campaign.Channel, OutboundChannel> channels) {
        this.ports = ports;
        this.settings = settings;
        this.channels = Map.copyOf(channels);
    }

    RunReport dispatch(Instant now) {
        RunReport report = RunReport.NONE;
        for (ScheduledTouch t : ports.touches().due(now, settings.batch())) {
            report = report.plus(dispatchOne(t, now));
        }
        return report;
    }

    private RunReport dispatchOne(ScheduledTouch t, Instant now) {
        Optional<Instant> paused = ports.enrolments().pausedUntil(t.enrolmentId());
        if (paused.isPresent()) {
            Instant until = paused.get().isAfter(now) ? paused.get() : now.plus(settings.backoff().max());
            ports.touches().postpone(t.id(), until, "the enrolment is paused until " + paused.get());
            return new RunReport(0, 0, 0, 1, 0, 0);
        }
        Optional<Enrolment> enrolment = ports.enrolments().find(t.enrolmentId()).filter(Enrolment::active);
        Optional<CampaignPlan> plan = enrolment.flatMap(e -> ports.plans().find(e.planId()));
        Optional<Recipient> recipient = enrolment.flatMap(e -> ports.recipients().find(e.person()));
        if (plan.isEmpty() || recipient.isEmpty()) {
            enrolment.ifPresent(e -> ports.enrolments().exit(e.id(), ExitReason.REMOVED));
            ports.touches().cancelPending(t.enrolmentId(), "the enrolment, its campaign or its recipient is gone");
            return new RunReport(0, 0, 0, 0, 0, 1);
        }
        Optional<String> blocked = ports.policy().blocked(recipient.get().ref().id(), t.address(), t.channel());
        if (blocked.isPresent()) {
            ports.enrolments().exit(t.enrolmentId(), ExitReason.SUPPRESSED);
            ports.touches().cancelPending(t.enrolmentId(), blocked.get());
            return new RunReport(0, 0, 0, 0, 0, 1);
        }
        Optional<Instant> later = notNow(t, recipient.get(), now);
        if (later.isPresent()) {
            return new RunReport(0, 0, 0, 1, 0, 0);
        }
        if (!ports.touches().claim(t.id(), now)) {
            return RunReport.NONE;
        }
        return send(t, plan.get(), recipient.get(), now);
    }

    /**
     * Posts a touch left SENDING again exactly as before (same touch id, so the same Idempotency-Key at the SMS gateway,
     * which answers the first message instead of sending a second), then marks it as {@link #dispatch} would. A touch
     * whose enrolment ended, whose recipient is now blocked or whose channel is gone is not posted: it is marked UNKNOWN.
     */
    RunReport repost(ScheduledTouch t, Instant now) {
        Optional<Enrolment> enrolment = ports.enrolments().find(t.enrolmentId()).filter(Enrolment::active);
        Optional<CampaignPlan> plan = enrolment.flatMap(e -> ports.plans().find(e.planId()));
        Optional<Recipient> recipient = enrolment.flatMap(e -> ports.recipients().find(e.person()));
        Optional<String> blocked = recipient.flatMap(r -> ports.policy().blocked(r.ref().id(), t.address(), t.channel()));
        if (plan.isEmpty() || recipient.isEmpty() || blocked.isPresent() || !channels.containsKey(t.channel())) {
            ports.touches().markUnknown(t.id(), "Sent status unknown after an interrupted send; not posted again because "
                    + blocked.orElse(plan.isEmpty() || recipient.isEmpty() ? "the enrolment ended or its recipient is gone"
                    : "no " + t.channel().label() + " channel is set up") + ". Check it and resend by hand if needed.");
            return RunReport.NONE;
        }
        return send(t, plan.get(), recipient.get(), now);
    }

    /** When the touch must wait (quiet hours, the sender's daily limit, no channel), postpones it and says until when. */
    private Optional<Instant> notNow(ScheduledTouch t, Recipient recipient, Instant now) {
        if (!settings.window().isOpen(now, recipient.zone())) {
            Instant next = settings.window().nextOpen(now, recipient.zone());
            ports.touches().postpone(t.id(), next, "outside the recipient's send window");
            return Optional.of(next);
        }
        LocalDate today = LocalDate.ofInstant(now, settings.senderZone());
        Instant tomorrow = today.plusDays(1).atStartOfDay(settings.senderZone()).toInstant();
        Instant start = today.atStartOfDay(settings.senderZone()).toInstant();
        if (ports.touches().sentBy(t.sender(), start, tomorrow) >= settings.dailyLimitPerSender()) {
            Instant next = settings.window().nextOpen(tomorrow, recipient.zone());
            ports.touches().postpone(t.id(), next, "the sender's daily limit of " + settings.dailyLimitPerSender() + " is reached");
            return Optional.of(next);
        }
        if (!channels.containsKey(t.channel())) {
            Instant next = now.plus(settings.backoff().max());
            ports.touches().postpone(t.id(), next, "no " + t.channel().label() + " channel is set up");
            return Optional.of(next);
        }
        return Optional.empty();
    }

    private RunReport send(ScheduledTouch t, CampaignPlan plan, Recipient recipient, Instant now) {
        Template variant = plan.step(t.stepIndex()).variant(t.variant());
        Map<String, String> values = new java.util.HashMap<>(recipient.mergeValues());
        values.put("senderName", plan.senderName());
        Template.Rendered text = variant.render(values);
        OutboundMessage message = new OutboundMessage(t.id(), t.messageId(), plan.sender(), plan.senderName(), t.address(),
                text.subject(), text.body());
        try {
            channels.get(t.channel()).send(message);
        } catch (SendFailure failure) {
            return failed(t, failure, now);
        }
        ports.touches().markSent(t.id(), now);
        int next = t.stepIndex() + 1;
        ports.enrolments().advance(t.enrolmentId(), next, next >= plan.steps().size());
        return new RunReport(0, 1, 0, 0, 0, 0);
    }

    private RunReport failed(ScheduledTouch t, SendFailure failure, Instant now) {
        if (failure.permanent()) {
            ports.touches().fail(t.id(), failure.getMessage());
            ports.enrolments().exit(t.enrolmentId(), ExitReason.BOUNCED);
            return new RunReport(0, 0, 0, 0, 1, 0);
        }
        ports.touches().retryLater(t.id(), now.plus(settings.backoff().after(t.attempts() + 1)), failure.getMessage());
        return new RunReport(0, 0, 1, 0, 0, 0);
    }
}
