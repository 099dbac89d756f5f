package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Touches left SENDING by a crash (claimed longer than {@link #STALE_AFTER} ago), each settled without ever sending
 * twice. A text is posted again with the same touch id as Idempotency-Key ({@link TouchDispatcher#repost}): a gateway
 * that already took it answers the first message; a voice or LinkedIn task is queued again under the same id
 * ({@link TaskChannel}: nothing more is queued). An email is looked up by its Message-ID in the mailbox
 * ({@link SentCopies}: the Sent folders and INBOX over IMAP): found, it is SENT; not found, or no mailbox is set up, it is
 * UNKNOWN ("sent status unknown"), for a person to review, and never resent; a mailbox that cannot be read leaves it
 * SENDING for the next run.
 */
public final class SendingReconciler {
    /** How long a touch may stay SENDING before it is taken for interrupted. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(SendingReconciler.class);

    /** Where copies of sent emails can be found by Message-ID. */
    public interface SentCopies {
        /** True when a message with this Message-ID is in the mailbox; throws IllegalStateException when it cannot be read. */
        boolean holds(String messageId);
    }

    /** What one run settled: confirmed sent (found), posted again, marked for review, left for the next run. */
    public record Outcome(int confirmed, int reposted, int review, int unchecked) {
        public static final Outcome NONE = new Outcome(0, 0, 0, 0);
    }

    private final CampaignPorts ports;
    private final TouchDispatcher dispatcher;
    private final SentCopies copies;
    private final Duration staleAfter;
    private final int batch;

    SendingReconciler(CampaignPorts ports, TouchDispatcher dispatcher, SentCopies copies, Duration staleAfter, int batch) {
        this.ports = ports;
        this.dispatcher = dispatcher;
        this.copies = copies;
        this.staleAfter = staleAfter;
        this.batch = batch;
    }

    Outcome reconcile(Instant now) {
        int confirmed = 0;
        int reposted = 0;
        int review = 0;
        int unchecked = 0;
        for (ScheduledTouch t : ports.touches().stuckSending(now.minus(staleAfter), batch)) {
            if (t.channel() != Channel.EMAIL) {
                RunReport report = dispatcher.repost(t, now);
                reposted += report.sent();
                review += report.sent() + report.retried() + report.failed() == 0 ? 1 : 0;
            } else if (copies != null) {
                try {
                    if (copies.holds(t.messageId())) {
                        ports.touches().markSent(t.id(), now);
                        ports.enrolments().find(t.enrolmentId()).flatMap(e -> ports.plans().find(e.planId())).ifPresent(plan ->
                                ports.enrolments().advance(t.enrolmentId(), t.stepIndex() + 1, t.stepIndex() + 1 >= plan.steps().size()));
                        confirmed++;
                    } else {
                        ports.touches().markUnknown(t.id(), "Sent status unknown: the send was interrupted and no copy with"
                                + " Message-ID " + t.messageId() + " is in the mailbox. Not resent; check with the recipient"
                                + " or resend by hand.");
                        review++;
                    }
                } catch (IllegalStateException e) {
                    LOG.warn("Cannot check the mailbox for touch {}; it stays SENDING until the next run: {}", t.id(), e.getMessage());
                    unchecked++;
                }
            } else {
                ports.touches().markUnknown(t.id(), "Sent status unknown: the send was interrupted and no IMAP mailbox is set"
                        + " up to look for its copy. Not resent; check and resend by hand.");
                review++;
            }
        }
        Outcome outcome = new Outcome(confirmed, reposted, review, unchecked);
        if (!outcome.equals(Outcome.NONE)) {
            LOG.info("Interrupted sends settled: {}", outcome);
        }
        return outcome;
    }
}
