package com.nexuscrm.ui.deals;

import java.util.Set;

/**
 * One entry of a deal's history as the History tab lists it: when, who, and the stage, amount, close date and
 * forecast category right after the change; {@code changed} names the values that differ from the entry before.
 */
public record DealHistoryRow(String when, String who, String stage, String amount, String closeDate, String forecast,
                             Set<Column> changed) {
    /** The columns that can change from one entry to the next. */
    public enum Column { STAGE, AMOUNT, CLOSE_DATE, FORECAST }

    public DealHistoryRow {
        changed = Set.copyOf(changed);
    }

    public boolean changed(Column column) {
        return changed.contains(column);
    }
}
