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

    /** One enrolment with the person it reaches, as the workstation knows them now. */
    public record HandedEnrolment(Enrolment enrolment, Recipient recipient) { }

    /**
     * What the hand-over changed, and the server's changes after the request's cursor: touches (status, attempts,
     * sent time, last error) and enrolments (step, status, exit); {@code cursor} is the next one to send. Also after
     * the cursor: {@code suppressions} the server made (an SMS STOP, an unsubscribe) and {@code tasks}, the voice and
     * LinkedIn steps the server reached, for the workstation's Today queue (each once, under its touch id).
     */
    public record Answer(int plansChanged, int enrolmentsAdded, int exitsApplied, int touchesCancelled,
                         List<ScheduledTouch> touches, List<EnrolmentState> enrolments, long cursor,
                         List<Suppression> suppressions, List<CampaignTask> tasks) {
        public Answer {
            suppressions = suppressions == null ? List.of() : suppressions;
            tasks = tasks == null ? List.of() : tasks;
        }

        /** An answer without server-made suppressions or tasks. */
        public Answer(int plansChanged, int enrolmentsAdded, int exitsApplied, int touchesCancelled,
                      List<ScheduledTouch> touches, List<EnrolmentState> enrolments, long cursor) {
            this(plansChanged, enrolmentsAdded, exitsApplied, touchesCancelled, touches, enrolments, cursor, List.of(), List.of());
        }

        /** How many server changes this answer carries (the workstation keeps asking while there are some). */
        public int changes() {
            return touches.size() + enrolments.size() + suppressions.size() + tasks.size();
        }
    }

    /** An enrolment's state on the server. */
    public record EnrolmentState(UUID id, int currentStep, EnrolmentStatus status, ExitReason exitReason) { }
}
