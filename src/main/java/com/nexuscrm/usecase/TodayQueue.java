package com.nexuscrm.usecase;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.OpenDeal;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.BusinessCalendar;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.domain.routing.SlaRepository;
import com.nexuscrm.domain.routing.SlaState;
import com.nexuscrm.domain.routing.SlaStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Builds a rep's work queue for today, in the rep's own time zone (their calendar's; unset falls back to
 * this computer's): open tasks due today or overdue, leads whose SLA is breached or about to be, New leads to
 * call first by score, today's meetings, deals closing this week and deals gone quiet. Reads only; several
 * small queries, none per row.
 */
public final class TodayQueue {
    /**
     * An open deal with no activity for this many days has gone quiet. Two weeks: the sample's deals are
     * worked about weekly (calls at most once a week), so two missed weeks is a deal drifting, not a pause.
     */
    public static final int QUIET_DAYS = 14;
    /** Unanswered leads with this much business time left or less are "about to breach" (or at risk by the SLA's own 20% rule). */
    public static final Duration BREACH_HORIZON = Duration.ofHours(1);
    /** Breaches older than this are left to the inbox and the manager's report: the queue is for today's work. */
    public static final Duration BREACH_LOOKBACK = Duration.ofDays(7);
    static final int TASK_LIMIT = 200;
    static final int CALL_FIRST_LIMIT = 10;
    static final int DEAL_LIMIT = 15;

    private final ActivityRepository activities;
    private final LeadRepository leads;
    private final DealRepository deals;
    private final SlaRepository sla;
    private final Supplier<SlaClock> slaClocks;
    private final Clock clock;
    private final ZoneId fallbackZone;

    /**
     * @param slaClocks the SLA clock over the directory as it is now (reads the store)
     * @param fallbackZone the zone of a rep whose own is unset or unknown
     */
    public TodayQueue(ActivityRepository activities, LeadRepository leads, DealRepository deals, SlaRepository sla,
                      Supplier<SlaClock> slaClocks, Clock clock, ZoneId fallbackZone) {
        this.activities = activities;
        this.leads = leads;
        this.deals = deals;
        this.sla = sla;
        this.slaClocks = slaClocks;
        this.clock = clock;
        this.fallbackZone = fallbackZone;
    }

    /** The rep's zone: where "today" and "this week" are counted. */
    public ZoneId zoneOf(User rep) {
        return BusinessCalendar.of(rep, fallbackZone).zone();
    }

    /** The queue as it stands now. Reads the store: not on the FX thread. */
    public TodayWork build(User rep) {
        Instant now = clock.instant();
        ZoneId zone = zoneOf(rep);
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant startOfDay = today.atStartOfDay(zone).toInstant();
        Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<TodayWork.SlaRisk> risks = slaRisks(rep.getId(), now);
        Set<UUID> atRisk = new HashSet<>();
        risks.forEach(r -> atRisk.add(r.lead().getId()));
        List<LeadRow> callFirst = leads.callFirst(rep.getId(), CALL_FIRST_LIMIT + atRisk.size()).stream()
                .filter(l -> !atRisk.contains(l.id())).limit(CALL_FIRST_LIMIT).toList();
        List<OpenDeal> open = deals.openDeals(rep.getId(), now);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<OpenDeal> closing = open.stream().filter(d -> inWeek(d, monday)).limit(DEAL_LIMIT).toList();
        return new TodayWork(today, zone, tasks(rep.getId(), endOfDay, startOfDay, zone), risks, callFirst,
                activities.scheduled(rep.getId(), ActivityType.MEETING, startOfDay, endOfDay), closing,
                quiet(open, now, monday));
    }

    /** Overdue days first; within a day high priority before normal before low, then by due time. */
    private List<TodayWork.DueTask> tasks(UUID rep, Instant endOfDay, Instant startOfDay, ZoneId zone) {
        Comparator<Activity> order = Comparator.comparing((Activity a) -> a.getDueAt().atZone(zone).toLocalDate())
                .thenComparing(a -> a.getPriority() == null ? TaskPriority.NORMAL : a.getPriority())
                .thenComparing(Activity::getDueAt).thenComparing(Activity::getId);
        return activities.openTasks(rep, endOfDay, TASK_LIMIT).stream().filter(a -> a.getDueAt() != null)
                .sorted(order).map(a -> new TodayWork.DueTask(a, a.getDueAt().isBefore(startOfDay))).toList();
    }

    /** Breached (in the last week) or within the horizon, most urgent first: breached longest ago, then least time left. */
    private List<TodayWork.SlaRisk> slaRisks(UUID rep, Instant now) {
        SlaClock slaClock = slaClocks.get();
        return sla.waitingForResponse(now.minus(BREACH_LOOKBACK)).stream().filter(l -> rep.equals(l.getOwnerId()))
                .map(l -> new TodayWork.SlaRisk(l, slaClock.status(l, now))).filter(r -> aboutToBreach(r.status()))
                .sorted(Comparator.comparing((TodayWork.SlaRisk r) -> r.status().left())
                        .thenComparing(r -> r.lead().getSlaDueAt()).thenComparing(r -> r.lead().getId()))
                .toList();
    }

    static boolean aboutToBreach(SlaStatus status) {
        return status.state() == SlaState.BREACHED || status.state() == SlaState.AT_RISK
                || status.state() == SlaState.ON_TRACK && status.left().compareTo(BREACH_HORIZON) <= 0;
    }

    private static boolean inWeek(OpenDeal d, LocalDate monday) {
        LocalDate close = d.deal().getCloseDate();
        return close != null && !close.isBefore(monday) && close.isBefore(monday.plusDays(7));
    }

    /** Open deals (not closing this week) quiet for {@link #QUIET_DAYS} days or more, the longest quiet first. */
    private static List<TodayWork.QuietDeal> quiet(List<OpenDeal> open, Instant now, LocalDate monday) {
        return open.stream().filter(d -> !inWeek(d, monday) && d.quietSince() != null)
                .map(d -> new TodayWork.QuietDeal(d, ChronoUnit.DAYS.between(d.quietSince(), now)))
                .filter(q -> q.daysQuiet() >= QUIET_DAYS)
                .sorted(Comparator.comparingLong(TodayWork.QuietDeal::daysQuiet).reversed()
                        .thenComparing(q -> q.deal().deal().getId()))
                .limit(DEAL_LIMIT).toList();
    }
}
