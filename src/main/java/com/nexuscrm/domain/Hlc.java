package com.nexuscrm.domain;

import java.util.function.LongSupplier;

/**
 * Hybrid logical clock. A value packs physical milliseconds in the high 48 bits and a logical counter in
 * the low 16, so values compare as plain longs, never go backwards on one machine, and order causally
 * related events across machines even when wall clocks disagree. Used for display and tie-breaks only:
 * the server's version decides the order of changes.
 */
public final class Hlc {
    private static final int LOGICAL_BITS = 16;
    private static final long LOGICAL_MASK = (1L << LOGICAL_BITS) - 1;

    private final LongSupplier wallClock;
    private long last;

    public Hlc(LongSupplier wallClock) {
        this.wallClock = wallClock;
    }

    public static Hlc system() {
        return new Hlc(System::currentTimeMillis);
    }

    /** The next value for a local event. */
    public synchronized long now() {
        long physical = wallClock.getAsLong() << LOGICAL_BITS;
        last = physical > last ? physical : last + 1;
        return last;
    }

    /** Merges a value received from another node, returning the value for the receive event. */
    public synchronized long receive(long remote) {
        long physical = wallClock.getAsLong() << LOGICAL_BITS;
        last = Math.max(Math.max(physical, remote), last) + 1;
        return last;
    }

    /** The first value at the given physical time: for records stamped outside a clock, e.g. sample data. */
    public static long atMillis(long epochMillis) {
        return epochMillis << LOGICAL_BITS;
    }

    public static long millisOf(long hlc) {
        return hlc >>> LOGICAL_BITS;
    }

    public static int logicalOf(long hlc) {
        return (int) (hlc & LOGICAL_MASK);
    }
}
