package com.nexuscrm.ui.team;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The periods a manager reviews calls over. */
public enum CoachingPeriod {
    LAST_30_DAYS("Last 30 days"), LAST_90_DAYS("Last 90 days"), THIS_QUARTER("This quarter");

    /** [{@code from}, {@code to}) */
    public record Range(Instant from, Instant to) { }

    private final String label;

    CoachingPeriod(String label) {
        this.label = label;
    }

    /** The period ending {@code now}; a quarter starts on its first day at midnight in {@code zone}. */
    public Range range(Instant now, ZoneId zone) {
        Instant from = switch (this) {
            case LAST_30_DAYS -> now.minus(Duration.ofDays(30));
            case LAST_90_DAYS -> now.minus(Duration.ofDays(90));
            case THIS_QUARTER -> {
                LocalDate today = LocalDate.ofInstant(now, zone);
                yield today.withMonth(today.getMonthValue() - (today.getMonthValue() - 1) % 3).withDayOfMonth(1)
                        .atStartOfDay(zone).toInstant();
            }
        };
        return new Range(from, now);
    }

    @Override
    public String toString() {
        return label;
    }
}
