package com.nexuscrm.usecase;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.deal.DealRisk;
import com.nexuscrm.domain.deal.TaskDraft;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * "Create task" on a deal risk: the recommended action becomes an open task on the deal, through {@link LogActivity}
 * (so it is validated, linked to the deal's account and shows in Today). Due at 09:00 in the rep's zone on the day
 * the draft says (0 = today; a draft due today after 09:00 is due now, so it is not born overdue); the task's notes
 * carry the evidence and the recommendation.
 */
public final class ActOnDealRisk {
    static final LocalTime DUE_AT = LocalTime.of(9, 0);

    private final LogActivity logging;
    private final Clock clock;

    public ActOnDealRisk(LogActivity logging, Clock clock) {
        this.logging = logging;
        this.clock = clock;
    }

    public ActOnDealRisk(Workspace workspace, Clock clock) {
        this(new LogActivity(workspace, clock), clock);
    }

    public Activity createTask(UUID dealId, DealRisk risk, User by) {
        TaskDraft draft = risk.task();
        ZoneId zone = zone(by);
        java.time.Instant now = clock.instant();
        java.time.Instant due = LocalDate.ofInstant(now, zone).plusDays(draft.dueInDays()).atTime(DUE_AT)
                .atZone(zone).toInstant();
        if (due.isBefore(now)) {
            due = now;
        }
        String notes = risk.kind().label() + ": " + risk.evidence()
                + (risk.recommendation() == null ? "" : "\n" + risk.recommendation());
        LogActivity.Draft task = new LogActivity.Draft(ActivityType.TASK, draft.subject(), notes,
                RecordRef.deal(dealId), due, draft.priority(), null, null, null);
        return logging.log(task, by);
    }

    private ZoneId zone(User by) {
        try {
            return by.getTimeZone() == null || by.getTimeZone().isBlank() ? clock.getZone() : ZoneId.of(by.getTimeZone());
        } catch (java.time.DateTimeException unknown) {
            return clock.getZone();
        }
    }
}
