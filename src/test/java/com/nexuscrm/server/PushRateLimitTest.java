package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PushRateLimitTest {
    @Test
    void aLongOfflineQueuePassesThenAClientPushingWithoutPauseWaitsForTheRefill() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T09:00:00Z"));
        PushRateLimit limit = new PushRateLimit(clock, 20_000, 20_000);
        UUID rep = Ids.newId();
        for (int batch = 0; batch < 40; batch++) {
            assertEquals(0, limit.take(rep, 500), "20,000 queued mutations go through at once");
        }
        assertEquals(2, limit.take(rep, 500), "the 41st batch waits for 500 tokens at 333 a second");
        assertEquals(0, limit.take(Ids.newId(), 500), "another user is not slowed");
        clock.advance(Duration.ofSeconds(2));
        assertEquals(0, limit.take(rep, 500));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(0, limit.take(rep, 20_000), "the bucket refills to its burst, no further");
        assertEquals(60, limit.take(rep, 1_000_000), "a request larger than the burst waits for a full bucket");
    }
}
