package com.nexuscrm.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.ActivityType;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EngagementTrendTest {

    @Test
    void anEmptyHistoryGivesZeroActivityMonthsWithoutUsageAndSaysSo() {
        EngagementTrend.Result r = EngagementTrend.of(new FactsBuilder().build(), 12);
        assertEquals(12, r.months().size());
        assertTrue(r.months().stream().allMatch(m -> m.activeUsers() == null && m.outbound() == 0));
        assertTrue(r.note().startsWith("Not enough data"));
    }

    @Test
    void eachMonthCountsOutreachAnswersCallsMeetingsAndUsage() {
        FactsBuilder b = new FactsBuilder().usage(10, 0.5, 6, 7);
        b.activity(ActivityType.EMAIL, "Hi", null, null, 1, null);          // June: outreach
        b.activity(ActivityType.CALL, "Call", null, null, 2, "Connected");  // June: outreach + two-way + call
        b.activity(ActivityType.MEETING, "QBR", null, null, 20, null);      // May 26: meeting held
        b.activity(ActivityType.EMAIL, "Re", null, null, 40, "Replied");    // May 6: two-way
        b.activity(ActivityType.MEETING, "Next", null, null, -3, null);     // future: not counted
        b.activity(ActivityType.EMAIL, "Old", null, null, 400, null);       // outside the window
        EngagementTrend.Result r = EngagementTrend.of(b.build(), 3);

        assertEquals(YearMonth.of(2026, 4), r.months().get(0).month());
        EngagementTrend.Month april = r.months().get(0);
        EngagementTrend.Month may = r.months().get(1);
        EngagementTrend.Month june = r.months().get(2);
        assertEquals(0, april.outbound());
        assertNull(april.activeUsers());
        assertEquals(0, may.outbound());
        assertEquals(2, may.inbound());
        assertEquals(1, may.meetings());
        assertEquals(6, may.activeUsers());
        assertEquals(2, june.outbound());
        assertEquals(1, june.inbound());
        assertEquals(1, june.calls());
        assertEquals(0, june.meetings());
        assertEquals(7, june.activeUsers());
        assertEquals("", r.note());
    }
}
