package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How long a deal spent in one stage, replayed from its history: from the entry that moved it into the stage to
 * the entry that moved it out (or now, while it is still there); a deal that came back to a stage adds both stays.
 * A closed stage is where the deal ended, not a stay, so it is not timed.
 */
public record StageTime(DealStage stage, Duration time, boolean current) {

    /** The open stages the history passes through, in pipeline order. */
    static List<StageTime> of(List<DealChange> history, Instant now) {
        Map<DealStage, Duration> spent = new EnumMap<>(DealStage.class);
        DealStage current = null;
        Instant since = null;
        for (DealChange entry : history) {
            if (entry.getStage() != current) {
                add(spent, current, since, entry.getChangedAt());
                current = entry.getStage();
                since = entry.getChangedAt();
            }
        }
        add(spent, current, since, now);
        List<StageTime> out = new ArrayList<>();
        for (Map.Entry<DealStage, Duration> e : spent.entrySet()) {
            out.add(new StageTime(e.getKey(), e.getValue(), e.getKey() == current));
        }
        return out;
    }

    private static void add(Map<DealStage, Duration> spent, DealStage stage, Instant from, Instant to) {
        if (stage != null && !stage.isClosed() && from != null && to != null && to.isAfter(from)) {
            spent.merge(stage, Duration.between(from, to), Duration::plus);
        } else if (stage != null && !stage.isClosed()) {
            spent.putIfAbsent(stage, Duration.ZERO);
        }
    }

    /** "12 days", "1 day", "5 h", "under an hour". */
    static String describe(Duration d) {
        long days = d.toDays();
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = d.toHours();
        return hours >= 1 ? hours + " h" : "under an hour";
    }
}
