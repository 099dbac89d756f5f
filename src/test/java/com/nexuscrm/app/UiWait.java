package com.nexuscrm.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition on the FX thread; on a timeout it saves a PNG of every window to target/. */
final class UiWait {
    private UiWait() { }

    /**
     * Clicks what {@code query} finds once it is drawn in a window: a table's cells come after its items and are
     * recycled as rows redraw, so a lookup by text can meet a cell that has just left the scene.
     */
    static void clickShown(org.testfx.api.FxRobot robot, String query) throws Exception {
        AtomicReference<javafx.geometry.Point2D> where = new AtomicReference<>();
        // Found and measured in one step on the FX thread, so the cell cannot be recycled in between.
        until(() -> {
            Optional<javafx.scene.Node> shown = robot.lookup(query)
                    .match((javafx.scene.Node n) -> n.isVisible() && n.getScene() != null).tryQuery();
            if (shown.isEmpty()) {
                return false;
            }
            javafx.geometry.Bounds bounds = shown.get().localToScreen(shown.get().getBoundsInLocal());
            if (bounds == null) {
                return false;
            }
            where.set(new javafx.geometry.Point2D(bounds.getCenterX(), bounds.getCenterY()));
            return true;
        });
        robot.clickOn(where.get());
    }

    /**
     * Polls the condition on the FX thread; lookups that find nothing yet count as false. An error dialog
     * that opens while the condition is still false ends the wait at once, with the dialog's text: the screen
     * will not get there, and its reason is the useful failure (not a timeout 30 seconds later).
     */
    static void until(Callable<Boolean> condition) throws Exception {
        until(30, condition);
    }

    /** As {@link #until(Callable)} with a longer wait, for real work such as training a model on a busy machine. */
    static void until(int seconds, Callable<Boolean> condition) throws Exception {
        AtomicReference<String> error = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                try {
                    if (condition.call()) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    // not there yet
                }
                errorDialog().ifPresent(error::set);
                return error.get() != null;
            }).get());
        } catch (TimeoutException e) {
            saveWindows();
            throw e;
        }
        if (error.get() != null) {
            saveWindows();
            throw new AssertionError("An error dialog opened while waiting: " + error.get());
        }
    }

    /** The header and text of an open error alert, if one is showing. */
    private static Optional<String> errorDialog() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane
                    && pane.getStyleClass().contains("error")) {
                return Optional.of(((Stage) window).getTitle() + ": " + pane.getContentText());
            }
        }
        return Optional.empty();
    }

    private static void saveWindows() throws Exception {
        for (Window window : WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get()) {
            Screenshots.save(window.getScene(), Path.of("target", "ui-failure-" + System.nanoTime() + ".png"));
        }
    }
}
