package com.nexuscrm.server;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket of mutations per user on this instance: a workstation flushing a long offline queue
 * (20 full batches) passes at once, a client pushing without pause is slowed to the refill rate so it
 * cannot hold the version counter's lock for everyone else. Answered 429 with when to try again.
 */
final class PushRateLimit {
    private final Clock clock;
    private final double capacity;
    private final double perSecond;
    /** The most keys kept: past it every bucket is dropped (full again), so many addresses cannot fill the memory. */
    static final int MAX_KEYS = 100_000;
    private final Map<Object, Bucket> buckets = new ConcurrentHashMap<>();

    PushRateLimit(Clock clock, int capacity, int perMinute) {
        this.clock = clock;
        this.capacity = capacity;
        this.perSecond = perMinute / 60.0;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /**
     * Takes {@code cost} from the bucket of {@code key} (a user's id; an address for the tracking links); returns 0 when
     * allowed, else the seconds to wait.
     */
    long take(Object key, int cost) {
        long now = clock.millis();
        if (buckets.size() >= MAX_KEYS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(key, u -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) / 1000.0 * perSecond);
            bucket.at = now;
            double needed = Math.min(Math.max(cost, 1), capacity);
            if (bucket.tokens >= needed) {
                bucket.tokens -= needed;
                return 0;
            }
            return (long) Math.ceil((needed - bucket.tokens) / perSecond);
        }
    }
}
