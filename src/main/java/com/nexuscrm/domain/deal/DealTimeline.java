package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What one deal's history (oldest first) says: when it entered its current stage, how often its close date moved out. */
public final class DealTimeline {
    /** One move of the close date to a later date. */
    public record Push(LocalDate from, LocalDate to) { }

    private DealTimeline() { }

    /**
     * When the deal entered {@code stage}: the start of the last run of history entries in that stage. Empty when
     * the history is empty or its last entry is in another stage (the history is behind the deal: never guessed).
     */
    public static Optional<Instant> stageEnteredAt(List<DealChange> history, DealStage stage) {
        if (history.isEmpty() || history.get(history.size() - 1).getStage() != stage) {
            return Optional.empty();
        }
        Instant entered = null;
        for (int i = history.size() - 1; i >= 0 && history.get(i).getStage() == stage; i--) {
            entered = history.get(i).getChangedAt();
        }
        return Optional.ofNullable(entered);
    }

    /** The close-date moves to a later date, in order: each entry's close date after the one before it. */
    public static List<Push> pushes(List<DealChange> history) {
        List<Push> pushes = new java.util.ArrayList<>();
        LocalDate before = null;
        for (DealChange c : history) {
            LocalDate date = c.getCloseDate();
            if (date != null && before != null && date.isAfter(before)) {
                pushes.add(new Push(before, date));
            }
            before = date == null ? before : date;
        }
        return pushes;
    }
}
