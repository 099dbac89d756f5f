package com.nexuscrm.ui.activity;

import com.nexuscrm.domain.campaign.PersonTouch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * A lead's or contact's campaign touches joining its paged timeline: all are read with the first page, and each is
 * shown once the activities loaded reach back to its time (all of them once the last page is in), so the rows stay
 * newest first whatever page is loaded next.
 */
final class TouchMerge {
    private final List<TimelineItem> waiting = new ArrayList<>();

    /** Starts again with these touches waiting (none for null). */
    void reset(List<PersonTouch> touches) {
        waiting.clear();
        if (touches != null) {
            touches.forEach(t -> waiting.add(TimelineItem.of(t)));
        }
    }

    /** Puts into {@code items} (newest first by {@code order}) every waiting touch the loaded rows reach. */
    void merge(List<TimelineItem> items, boolean more, Comparator<TimelineItem> order) {
        TimelineItem oldest = items.isEmpty() ? null : items.get(items.size() - 1);
        for (Iterator<TimelineItem> it = waiting.iterator(); it.hasNext(); ) {
            TimelineItem touch = it.next();
            if (!more || oldest != null && order.compare(touch, oldest) <= 0) {
                insert(items, touch, order);
                it.remove();
            }
        }
    }

    /** Puts {@code item} in its place among {@code items}, newest first. */
    static void insert(List<TimelineItem> items, TimelineItem item, Comparator<TimelineItem> order) {
        int at = 0;
        while (at < items.size() && order.compare(items.get(at), item) < 0) {
            at++;
        }
        items.add(at, item);
    }
}
