package com.nexuscrm.domain.call;

/** A moment or length of a call as people read it: "0:07", "4:05", "1:02:03". */
public final class CallClock {
    private CallClock() { }

    /** Whole seconds, rounded down. */
    public static String format(double seconds) {
        long s = (long) Math.floor(Math.max(0, seconds));
        long h = s / 3600;
        long m = s % 3600 / 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s % 60) : String.format("%d:%02d", m, s % 60);
    }
}
