package com.nexuscrm.domain.account;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.deal.Touchpoint;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The account's engagement month by month, for charts: the rep's outreach (calls and emails), the customer's side
 * (replies, connected calls, meetings held), calls, meetings held, and product usage. Months with no usage row have
 * null usage (no usage recorded is not zero users); activity counts are real zeros.
 */
public final class EngagementTrend {
    public static final int DEFAULT_MONTHS = 12;

    /** One month of the series. */
    public record Month(YearMonth month, int outbound, int inbound, int calls, int meetings, Integer activeUsers,
                        Integer seats, Integer sessions) { }

    /** The series, oldest month first; {@code note} says when there is nothing to chart. */
    public record Result(List<Month> months, String note) {
        public Result {
            months = List.copyOf(months);
        }
    }

    private EngagementTrend() { }

    /** The last {@code months} months up to the facts' now. */
    public static Result of(AccountFacts f, int months) {
        YearMonth last = YearMonth.from(LocalDate.ofInstant(f.now(), f.zone()));
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, int[]> counts = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, new int[4]);
        }
        boolean any = false;
        for (AccountFacts.Read r : f.reads()) {
            int[] c = counts.get(YearMonth.from(LocalDate.ofInstant(r.activity().occurredAt(), f.zone())));
            if (c == null || r.activity().occurredAt().isAfter(f.now())) {
                continue;
            }
            Touchpoint t = r.touch();
            any |= t.customerFacing();
            c[0] += t.outreach() ? 1 : 0;
            c[1] += t.twoWay() ? 1 : 0;
            c[2] += t.type() == ActivityType.CALL ? 1 : 0;
            c[3] += t.kind() == Touchpoint.Kind.MEETING_HELD ? 1 : 0;
        }
        Map<YearMonth, UsageMonth> usage = new LinkedHashMap<>();
        f.usage().forEach(u -> usage.put(YearMonth.from(u.month()), u));
        List<Month> out = new ArrayList<>();
        for (Map.Entry<YearMonth, int[]> e : counts.entrySet()) {
            UsageMonth u = usage.get(e.getKey());
            any |= u != null;
            int[] c = e.getValue();
            out.add(new Month(e.getKey(), c[0], c[1], c[2], c[3], u == null ? null : u.activeUsers(),
                    u == null ? null : u.seats(), u == null ? null : u.sessions()));
        }
        return new Result(out, any ? "" : "Not enough data: no activity or usage in the last " + months + " months.");
    }
}
