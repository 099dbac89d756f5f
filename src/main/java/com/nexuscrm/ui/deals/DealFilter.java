package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealStage;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/** The section's filters: whose deals, one stage, closing this month or quarter, and a search text. */
public record DealFilter(Scope scope, DealStage stage, Closing closing, String search) {
    /** Whose deals the section shows. */
    public enum Scope {
        TEAM("Team's deals"), MINE("My deals");

        private final String label;

        Scope(String label) { this.label = label; }

        @Override
        public String toString() { return label; }
    }

    /** When the deals close (by their close date). */
    public enum Closing {
        ANY("Any close date"), THIS_MONTH("Closing this month"), THIS_QUARTER("Closing this quarter");

        private final String label;

        Closing(String label) { this.label = label; }

        @Override
        public String toString() { return label; }
    }

    public static DealFilter none() {
        return new DealFilter(Scope.TEAM, null, Closing.ANY, "");
    }

    public boolean isNone() {
        return equals(none());
    }

    /** The deals that pass, for this user on this day. */
    public Predicate<DealLine> predicate(UUID me, LocalDate today) {
        String q = search == null ? "" : search.toLowerCase(Locale.ROOT).strip();
        return line -> (scope != Scope.MINE || (me != null && me.equals(line.ownerId())))
                && (stage == null || stage == line.stage())
                && closes(line.closeDate(), today)
                && (q.isEmpty() || line.searchText().contains(q));
    }

    private boolean closes(LocalDate date, LocalDate today) {
        return switch (closing == null ? Closing.ANY : closing) {
            case ANY -> true;
            case THIS_MONTH -> date != null && date.getYear() == today.getYear() && date.getMonth() == today.getMonth();
            case THIS_QUARTER -> date != null && date.getYear() == today.getYear()
                    && date.get(IsoFields.QUARTER_OF_YEAR) == today.get(IsoFields.QUARTER_OF_YEAR);
        };
    }
}
