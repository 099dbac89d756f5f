package com.nexuscrm.app;

import java.lang.management.ManagementFactory;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Reports JVM uptime at the first pulse after the window is showing. The app and the hello-world
 * baseline measure with this same code, so their ratio compares like with like.
 */
final class FirstFrame {
    private FirstFrame() { }

    static void whenShown(Scene scene, Window window, java.util.function.LongConsumer uptimeMillis) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (window.isShowing()) {
                scene.removePostLayoutPulseListener(listener[0]);
                uptimeMillis.accept(ManagementFactory.getRuntimeMXBean().getUptime());
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    static void printAndExit(long millis) {
        System.out.println("first-frame-ms=" + millis);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
