package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.FieldError;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The team's SLA settings (business hours, holidays and escalation, as a Salesforce or HubSpot admin sets them):
 * the days the team works; the working hours of a rep who has none of their own; the team's holidays, on which SLA
 * time does not run; how much of an SLA left makes a lead "about to breach" (a share, so a 5-minute and a 4-hour
 * rule both warn in time); and whether a breach goes to the manager, and how many business minutes after the due
 * time. {@link #DEFAULT} is how the workstation behaved before the team could set it.
 */
public record SlaPolicy(Set<DayOfWeek> workdays, int startHour, int endHour, SortedSet<LocalDate> holidays,
                        int warningPercent, boolean escalate, int escalateAfterMinutes) {
    public static final int MAX_HOLIDAYS = 400;
    public static final int MAX_ESCALATION_DELAY = 7 * 24 * 60;
    public static final Set<DayOfWeek> WEEKDAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    /** Monday to Friday, 09:00 to 17:00, no holidays, warn at a fifth of the SLA left, escalate at the breach. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(WEEKDAYS, BusinessCalendar.DEFAULT_START,
            BusinessCalendar.DEFAULT_END, new TreeSet<>(), 20, true, 0);

    public SlaPolicy {
        workdays = workdays == null || workdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(workdays));
        holidays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(holidays == null ? Set.of() : holidays));
    }

    /** Every broken rule, named by the field as the editor labels it; empty when the policy may be saved. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (workdays.isEmpty()) {
            errors.add(new FieldError("Working days", "choose at least one day; SLA time only runs on working days"));
        }
        if (startHour < 0 || startHour > 23) {
            errors.add(new FieldError("Working hours, from", "give an hour from 0 to 23, not " + startHour));
        }
        if (endHour < 1 || endHour > 24) {
            errors.add(new FieldError("Working hours, to", "give an hour from 1 to 24, not " + endHour));
        } else if (startHour >= endHour) {
            errors.add(new FieldError("Working hours", "the day must end after it starts (" + startHour + " to " + endHour + ")"));
        }
        if (holidays.size() > MAX_HOLIDAYS) {
            errors.add(new FieldError("Holidays", "at most " + MAX_HOLIDAYS + " dates; remove past years' holidays"));
        }
        if (warningPercent < 1 || warningPercent > 90) {
            errors.add(new FieldError("Warn when left", "give a share of the SLA from 1 to 90 percent, not " + warningPercent));
        }
        if (escalateAfterMinutes < 0 || escalateAfterMinutes > MAX_ESCALATION_DELAY) {
            errors.add(new FieldError("Escalate after", "give 0 to " + MAX_ESCALATION_DELAY + " minutes after the due time, not "
                    + escalateAfterMinutes));
        }
        return errors;
    }

    /** Whether SLA time runs on that day: a working day of the team that is not one of its holidays. */
    public boolean works(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** How much business time left counts as "about to breach" for an SLA of this length: the share, at least a minute. */
    public Duration warning(Duration sla) {
        Duration share = sla.multipliedBy(warningPercent).dividedBy(100);
        return share.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : share;
    }

    /** "Mon–Fri", "Mon, Wed, Fri", "Sun–Thu", "every day": the working days as a person writes them. */
    public String describeDays() {
        if (workdays.isEmpty()) {
            return "no days";
        }
        if (workdays.size() == 7) {
            return "every day";
        }
        // A run may wrap past Sunday (Sun–Thu): it starts at the one working day whose day before is not one.
        List<DayOfWeek> starts = workdays.stream().filter(d -> !workdays.contains(d.minus(1))).sorted().toList();
        if (starts.size() == 1 && workdays.size() > 2) {
            return shortName(starts.get(0)) + "–" + shortName(starts.get(0).plus(workdays.size() - 1));
        }
        return String.join(", ", EnumSet.copyOf(workdays).stream().map(SlaPolicy::shortName).toList());
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }
}
