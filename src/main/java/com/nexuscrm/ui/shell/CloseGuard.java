package com.nexuscrm.ui.shell;

import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The window's close button asks the shell first: with unsaved edits the user chooses Save (the window closes once
 * they are stored), Discard (it closes) or Stay (it stays open).
 */
public final class CloseGuard {
    private CloseGuard() { }

    public static void install(Window window, ShellViewModel shell) {
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            boolean[] asking = {true};
            boolean[] closeNow = {false};
            shell.leave(() -> {
                if (asking[0]) {
                    closeNow[0] = true;
                } else {
                    window.hide(); // saved after the question: close as the user asked
                }
            }, () -> { });
            asking[0] = false;
            if (!closeNow[0]) {
                event.consume();
            }
        });
    }
}
