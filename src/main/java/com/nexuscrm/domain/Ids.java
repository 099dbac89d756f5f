package com.nexuscrm.domain;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/**
 * UUIDv7 ids (RFC 9562): 48 bits of Unix milliseconds, then random bits. Made by the client and never
 * remapped, so a record keeps its id from creation through every sync.
 */
public final class Ids {
    private static final Random RANDOM = new SecureRandom();
    /** The time and 12-bit counter of the last {@link #newId}: ids made in one process only ever grow. */
    private static long lastMillis;
    private static int lastCounter;

    private Ids() { }

    /**
     * A new id, greater than every id made before it in this process (RFC 9562, method 1: the 12 bits after the
     * version count up within a millisecond from a random start below 2,048, and a full counter borrows the next
     * millisecond). So records made in one instant keep their order, as a history sorted by time and id needs.
     */
    public static synchronized UUID newId() {
        long now = System.currentTimeMillis();
        if (now > lastMillis) {
            lastMillis = now;
            lastCounter = RANDOM.nextInt(0x800);
        } else if (++lastCounter > 0xFFF) {
            lastMillis++;
            lastCounter = 0;
        }
        long msb = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | lastCounter;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** A UUIDv7 for the given time from the given random source (seeded sources give reproducible ids). */
    public static UUID uuidV7(long epochMillis, Random random) {
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L | (random.nextInt() & 0x0FFF);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** Milliseconds encoded in a UUIDv7. */
    public static long timestampOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
