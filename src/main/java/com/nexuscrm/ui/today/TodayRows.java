package com.nexuscrm.ui.today;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.OpenDeal;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.TodayWork;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the queue into the Today list's rows, section by section: what each thing is and why it is there. */
final class TodayRows {
    private final Formats formats;

    /** {@code formats} in the rep's zone, so times read as the day the queue was counted in. */
    TodayRows(Formats formats) {
        this.formats = formats;
    }

    Map<TodayRow.Group, List<TodayRow>> of(TodayWork work) {
        Map<TodayRow.Group, List<TodayRow>> groups = new EnumMap<>(TodayRow.Group.class);
        groups.put(TodayRow.Group.TASKS, work.tasks().stream().map(this::task).toList());
        groups.put(TodayRow.Group.SLA, work.slaRisks().stream().map(this::slaRisk).toList());
        groups.put(TodayRow.Group.CALL_FIRST, work.callFirst().stream().map(this::callFirst).toList());
        groups.put(TodayRow.Group.MEETINGS, work.meetings().stream().map(this::meeting).toList());
        List<TodayRow> deals = new ArrayList<>();
        work.closingThisWeek().forEach(d -> deals.add(closing(d)));
        work.goneQuiet().forEach(q -> deals.add(quiet(q)));
        groups.put(TodayRow.Group.DEALS, deals);
        return groups;
    }

    private TodayRow task(TodayWork.DueTask due) {
        Activity task = due.task();
        RecordRef on = recordOf(task);
        String when = due.overdue() ? "Overdue since " + formats.dayMonthTime(due.task().getDueAt())
                : "Due today " + formats.time(due.task().getDueAt());
        TaskPriority priority = task.getPriority() == null ? TaskPriority.NORMAL : task.getPriority();
        return TodayRow.task(task.getSubject(), join(when, priority.label() + " priority",
                on == null ? "no record" : "on a " + on.kind().label().toLowerCase()), on, task.getId(), due.overdue());
    }

    private TodayRow slaRisk(TodayWork.SlaRisk risk) {
        Lead lead = risk.lead();
        String name = join(lead.getFirstName() == null ? lead.getLastName() : lead.getFirstName() + " " + lead.getLastName(),
                lead.getCompany());
        return TodayRow.item(TodayRow.Group.SLA, name, join("SLA: " + risk.status().text(), score(lead.getScore())),
                RecordRef.lead(lead.getId()), true);
    }

    private TodayRow callFirst(LeadRow lead) {
        return TodayRow.item(TodayRow.Group.CALL_FIRST, join(lead.fullName(), lead.title(), lead.company()),
                join(score(lead.score()), lead.createdAt() == null ? null : "New since " + formats.day(lead.createdAt())),
                RecordRef.lead(lead.id()), false);
    }

    private TodayRow meeting(Activity meeting) {
        String time = formats.time(meeting.getOccurredAt());
        if (meeting.getDurationSeconds() != null && meeting.getDurationSeconds() > 0) {
            time += "–" + formats.time(meeting.getOccurredAt().plusSeconds(meeting.getDurationSeconds()));
        }
        return TodayRow.item(TodayRow.Group.MEETINGS, meeting.getSubject(), join("Today " + time,
                meeting.getDurationSeconds() == null ? null : Formats.shortDuration(Duration.ofSeconds(meeting.getDurationSeconds()))),
                recordOf(meeting), false);
    }

    private TodayRow closing(OpenDeal open) {
        Deal deal = open.deal();
        String day = deal.getCloseDate().getDayOfWeek().getDisplayName(TextStyle.SHORT, formats.locale());
        return TodayRow.item(TodayRow.Group.DEALS, deal.getName(), join("Closes " + day + " " + formats.day(deal.getCloseDate()),
                stage(deal), formats.money(deal.getCurrency(), deal.getAmount())), RecordRef.deal(deal.getId()), true);
    }

    private TodayRow quiet(TodayWork.QuietDeal quiet) {
        Deal deal = quiet.deal().deal();
        String since = quiet.deal().lastWorkedAt() == null ? "never worked" : "last worked " + formats.day(quiet.deal().lastWorkedAt());
        return TodayRow.item(TodayRow.Group.DEALS, deal.getName(), join("Quiet for " + formats.count(quiet.daysQuiet()) + " days ("
                + since + ")", stage(deal), formats.money(deal.getCurrency(), deal.getAmount())), RecordRef.deal(deal.getId()), false);
    }

    /** The record an activity opens: its lead, else its deal, contact or account; null when on none. */
    static RecordRef recordOf(Activity a) {
        if (a.getLeadId() != null) {
            return RecordRef.lead(a.getLeadId());
        }
        if (a.getDealId() != null) {
            return RecordRef.deal(a.getDealId());
        }
        if (a.getContactId() != null) {
            return RecordRef.contact(a.getContactId());
        }
        return a.getAccountId() == null ? null : RecordRef.account(a.getAccountId());
    }

    private static String stage(Deal deal) {
        return deal.getStage() == null ? null : deal.getStage().label();
    }

    private String score(Integer score) {
        return score == null ? "Not scored" : "Score " + score;
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
    }

}
