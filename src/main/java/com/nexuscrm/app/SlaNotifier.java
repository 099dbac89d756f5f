package com.nexuscrm.app;

import com.nexuscrm.domain.routing.SlaEvent;
import com.nexuscrm.domain.routing.SlaFeed;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications for the signed-in user's SLA events: an urgent lead arrived, an answer is about to
 * be late, or a breach was escalated to them. Subscribed while a workspace is open; events come on the FX
 * thread. Other people's events are not shown.
 */
final class SlaNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlaNotifier.class);
    private final Runnable unsubscribe;

    SlaNotifier(SlaFeed feed, UUID me) {
        this.unsubscribe = feed.subscribe(events -> show(events, me));
    }

    private static void show(List<SlaEvent> events, UUID me) {
        List<SlaEvent> mine = events.stream().filter(e -> e.concerns(me)).toList();
        if (mine.isEmpty()) {
            return;
        }
        SlaEvent first = mine.get(0);
        String text = mine.size() == 1 ? first.message() : first.message() + " (and " + (mine.size() - 1) + " more)";
        try {
            Notifications n = Notifications.create().title(title(first.kind())).text(text)
                    .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(10));
            if (first.kind() == SlaEvent.Kind.URGENT_ARRIVED) {
                n.showInformation();
            } else {
                n.showWarning();
            }
        } catch (RuntimeException e) {
            // No window to anchor the popup (e.g. while the window closes): the Leads table still shows it.
            LOG.debug("SLA notification not shown: {}", e.toString());
        }
    }

    private static String title(SlaEvent.Kind kind) {
        return switch (kind) {
            case URGENT_ARRIVED -> "Urgent lead";
            case ABOUT_TO_BREACH -> "Response due soon";
            case BREACHED -> "Response overdue";
        };
    }

    @Override
    public void close() {
        unsubscribe.run();
    }
}
