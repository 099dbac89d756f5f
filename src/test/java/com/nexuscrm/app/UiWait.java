package com.nexuscrm.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for a condition on the FX thread; on a timeout it saves a PNG of every window to target/. */
final class UiWait {
    private UiWait() { }

    /** Polls the condition on the FX thread; lookups that find nothing yet count as false. */
    static void until(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return condition.call();
                } catch (RuntimeException e) {
                    return false;
                }
            }).get());
        } catch (TimeoutException e) {
            for (Window window : WaitForAsyncUtils.asyncFx(() -> List.copyOf(Window.getWindows())).get()) {
                Screenshots.save(window.getScene(), Path.of("target", "ui-failure-" + System.nanoTime() + ".png"));
            }
            throw e;
        }
    }
}
