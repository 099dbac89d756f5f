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

    private Ids() { }

    public static UUID newId() {
        return uuidV7(System.currentTimeMillis(), RANDOM);
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
