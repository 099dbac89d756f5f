package com.nexuscrm.domain.campaign;

import java.time.DayOfWeek;

/**
 * How send times (in the recipient's time zone) are grouped into bandit arms. {@link #HOUR_OF_WEEK} has 168
 * buckets; {@link #BLOCKS} has 12 (six 4-hour blocks, 00-04 to 20-24, on weekdays and at weekends), which a
 * segment of a few hundred leads can learn: every bucket is tried often enough to tell 3% from 5%.
 */
public enum SendTimeGrid {
    BLOCKS(12), HOUR_OF_WEEK(168);

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private final int size;

    SendTimeGrid(int size) {
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** The bucket holding a send at {@code hour} (0-23) on {@code day}. */
    public int bucketOf(DayOfWeek day, int hour) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("An hour of the day is 0 to 23, not " + hour + ".");
        }
        return switch (this) {
            case BLOCKS -> (isWeekend(day) ? 6 : 0) + hour / 4;
            case HOUR_OF_WEEK -> (day.getValue() - 1) * 24 + hour;
        };
    }

    /** The hour of day (0-23) a bucket starts at. */
    public int startHour(int bucket) {
        check(bucket);
        return this == BLOCKS ? (bucket % 6) * 4 : bucket % 24;
    }

    /** True when the bucket lies at the weekend. */
    public boolean weekend(int bucket) {
        check(bucket);
        return this == BLOCKS ? bucket >= 6 : bucket / 24 >= 5;
    }

    /** The bucket in words: "weekday 08-12" or "Tue 10:00". */
    public String label(int bucket) {
        check(bucket);
        int hour = startHour(bucket);
        return this == BLOCKS ? String.format("%s %02d-%02d", weekend(bucket) ? "weekend" : "weekday", hour, hour + 4)
                : String.format("%s %02d:00", DAYS[bucket / 24], hour);
    }

    private void check(int bucket) {
        if (bucket < 0 || bucket >= size) {
            throw new IllegalArgumentException("Send-time bucket " + bucket + " is outside 0.." + (size - 1) + ".");
        }
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
