package com.nexuscrm.app;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.TaskReminders;
import java.util.List;
import javafx.geometry.Pos;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications for the signed-in rep's task reminders, as {@link SlaNotifier} does for SLA events:
 * subscribed while a workspace is open; reminders come on the FX thread.
 */
final class ReminderNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderNotifier.class);
    private final Runnable unsubscribe;

    ReminderNotifier(TaskReminders reminders, Formats formats) {
        this.unsubscribe = reminders.subscribe(due -> show(due, formats));
    }

    static String text(List<Activity> due, Formats formats) {
        Activity first = due.get(0);
        String when = first.getDueAt() == null ? "" : " (due " + formats.dayTime(first.getDueAt()) + ")";
        return first.getSubject() + when + (due.size() == 1 ? "" : " and " + (due.size() - 1) + " more");
    }

    private static void show(List<Activity> due, Formats formats) {
        try {
            Notifications.create().title(due.size() == 1 ? "Task reminder" : due.size() + " task reminders")
                    .text(text(due, formats)).position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(15))
                    .showInformation();
        } catch (RuntimeException e) {
            // No window to anchor the popup (e.g. while the window closes): the task still shows on its timeline.
            LOG.debug("Task reminder not shown: {}", e.toString());
        }
    }

    @Override
    public void close() {
        unsubscribe.run();
    }
}
