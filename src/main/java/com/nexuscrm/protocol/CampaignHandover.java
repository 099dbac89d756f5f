package com.nexuscrm.protocol;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignTask;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Suppression;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /campaigns/handover}: a linked workstation's campaign plans, enrolments (each with the recipient data
 * the server sends with, and its local exit if a reply or meeting ended it), suppressions and consents; the server
 * stores them idempotently and answers with its touch and enrolment changes after {@code cursor} (docs/sync.md).
 */
public record CampaignHandover(List<CampaignPlan> plans, List<HandedEnrolment> enrolments, List<Suppression> suppressions,
                               List<Consent> consents, long cursor) {
    /** Most plans, enrolments, suppressions and consents one hand-over may carry (send more in several). */
    public static final int MAX_PLANS = 200;
    public static final int MAX_ENROLMENTS = 2_000;
    public static final int MAX_ENTRIES = 5_000;

    public CampaignHandover {
        plans = plans == null ? List.of() : plans;
        enrolments = enrolments == null ? List.of() : enrolments;
        suppressions = suppressions == null ? List.of() : suppressions;
        consents = consents == null ? List.of() : consents;
    }

    /**
     * One enrolment with the person it reaches, as the workstation knows them now; a PAUSED one (the next best action
     * after an out-of-office reply) with when it was paused and the date the server resumes it.
     */
    public record HandedEnrolment(Enrolment enrolment, Recipient recipient, Instant pausedAt, Instant resumeAt) {
        /** An enrolment that is not paused. */
        public HandedEnrolment(Enrolment enrolment, Recipient recipient) {
            this(enrolment, recipient, null, null);
        }
    }

    /**
     * What the hand-over changed, and the server's changes after the request's cursor: touches (status, attempts,
     * sent time, last error), enrolments (step, status, exit) and the replies the server read from the team's mailbox;
     * {@code cursor} is the next one to send. Also after the cursor: {@code suppressions} the server made (an SMS STOP,
     * an unsubscribe) and {@code tasks}, the voice and LinkedIn steps the server reached, for the workstation's Today
     * queue (each once, under its touch id).
     */
    public record Answer(int plansChanged, int enrolmentsAdded, int exitsApplied, int touchesCancelled,
                         List<ScheduledTouch> touches, List<EnrolmentState> enrolments, long cursor, List<Reply> replies,
                         List<Suppression> suppressions, List<CampaignTask> tasks) {
        public Answer {
            replies = replies == null ? List.of() : replies;
            suppressions = suppressions == null ? List.of() : suppressions;
            tasks = tasks == null ? List.of() : tasks;
        }

        /** An answer without replies, server-made suppressions or tasks. */
        public Answer(int plansChanged, int enrolmentsAdded, int exitsApplied, int touchesCancelled,
                      List<ScheduledTouch> touches, List<EnrolmentState> enrolments, long cursor) {
            this(plansChanged, enrolmentsAdded, exitsApplied, touchesCancelled, touches, enrolments, cursor, List.of(),
                    List.of(), List.of());
        }

        /** How many server changes this answer carries (the workstation keeps asking while there are some). */
        public int changes() {
            return touches.size() + enrolments.size() + replies.size() + suppressions.size() + tasks.size();
        }
    }

    /**
     * A reply to one of the team's touches, read by the server from the team's campaign mailbox: its key (the mail's
     * Message-ID, or the touch and the text's hash; one per team), the touch and enrolment, who sent it, the subject,
     * the text (at most {@link #REPLY_TEXT} characters) and when it was received. The workstation's next best action
     * acts on it once, whatever number of times it comes.
     */
    public record Reply(String key, UUID touchId, UUID enrolmentId, String from, String subject, String text,
                        Instant receivedAt) { }

    /** The longest reply text kept and mirrored. */
    public static final int REPLY_TEXT = 4_000;

    /** An enrolment's state on the server. */
    public record EnrolmentState(UUID id, int currentStep, EnrolmentStatus status, ExitReason exitReason) { }
}
