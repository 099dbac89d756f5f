package com.nexuscrm.sample;

import com.nexuscrm.domain.Ids;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * The fixed "now" of a sample workspace and the ids stamped relative to it. Using a reference instant
 * instead of the wall clock is what makes a seed reproduce the same records and ids on every run.
 */
final class SampleClock {
    private final Instant now;
    private final Random idRandom;

    SampleClock(Instant now, Random idRandom) {
        this.now = now;
        this.idRandom = idRandom;
    }

    Instant now() { return now; }

    LocalDate today() { return LocalDate.ofInstant(now, ZoneOffset.UTC); }

    Instant daysAgo(double days) {
        return now.minusMillis((long) (days * Duration.ofDays(1).toMillis()));
    }

    static Instant plusDays(Instant from, double days) {
        return from.plusMillis((long) (days * Duration.ofDays(1).toMillis()));
    }

    static double daysBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / (double) Duration.ofDays(1).toMillis();
    }

    /** A UUIDv7 for a record created at the given moment. */
    UUID id(Instant createdAt) {
        return Ids.uuidV7(createdAt.toEpochMilli(), idRandom);
    }

    /** The earlier of the moment and now: nothing in a sample happens in the future except due dates. */
    Instant notAfterNow(Instant moment) {
        return moment.isAfter(now) ? now : moment;
    }
}
