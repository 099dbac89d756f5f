package com.nexuscrm.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.routing.Segments;
import org.junit.jupiter.api.Test;

/** Routing reads a lead's segment from its employee count with the same bands and names as the sample's teams. */
class SegmentBandsTest {
    @Test
    void routingSegmentsMatchTheSampleSegments() {
        for (int employees : new int[] {0, 1, 199, 200, 1_999, 2_000, 250_000}) {
            assertEquals(Segment.of(employees).label(), Segments.of(employees).orElseThrow(), employees + " employees");
        }
    }
}
