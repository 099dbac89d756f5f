package com.nexuscrm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** New ids only grow, even many in one millisecond, and stay valid UUIDv7s with the time they were made. */
class IdsTest {
    @Test
    void idsMadeInOneMillisecondKeepTheirOrder() {
        long before = System.currentTimeMillis();
        UUID last = Ids.newId();
        for (int i = 0; i < 20_000; i++) { // far more than 4,096 a millisecond: the counter borrows the next one
            UUID next = Ids.newId();
            assertTrue(Long.compareUnsigned(next.getMostSignificantBits(), last.getMostSignificantBits()) > 0,
                    last + " then " + next);
            assertTrue(next.compareTo(last) > 0, "Java's order agrees: " + last + " then " + next);
            assertEquals(7, next.version());
            assertEquals(2, next.variant());
            last = next;
        }
        assertTrue(Ids.timestampOf(last) >= before && Ids.timestampOf(last) <= System.currentTimeMillis() + 100,
                "the time stays the clock's: " + Ids.timestampOf(last));
    }
}
