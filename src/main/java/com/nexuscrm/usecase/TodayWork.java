package com.nexuscrm.usecase;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.OpenDeal;
import com.nexuscrm.domain.routing.SlaStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A rep's work queue for one day in the rep's time zone, section by section, each in the order to work it.
 * A record shows in one section only (a lead about to breach is not also in "call first"; a deal closing this
 * week is not also "gone quiet").
 */
public record TodayWork(LocalDate day, ZoneId zone, List<DueTask> tasks, List<SlaRisk> slaRisks, List<LeadRow> callFirst,
                        List<Activity> meetings, List<OpenDeal> closingThisWeek, List<QuietDeal> goneQuiet) {
    /** An open task due today, or {@code overdue}: due on an earlier day. */
    public record DueTask(Activity task, boolean overdue) { }

    /** A New lead of the rep, unanswered, whose first-response SLA is breached or about to be. */
    public record SlaRisk(Lead lead, SlaStatus status) { }

    /** An open deal nobody has worked for {@code daysQuiet} days. */
    public record QuietDeal(OpenDeal deal, long daysQuiet) { }

    public static TodayWork empty(LocalDate day, ZoneId zone) {
        return new TodayWork(day, zone, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
