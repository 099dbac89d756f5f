package com.nexuscrm.ui.common;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The one activate/deactivate lifecycle of screens: a view is "shown" when its node enters a scene (the
 * shell puts a section's view into the content area) and "removed" when it leaves it. Each call adds one
 * listener to {@code node.sceneProperty()}; it reacts to changes only, so call it from the view's
 * {@code initialize}, before the view is placed.
 */
public final class ScreenLifecycle {
    private ScreenLifecycle() {
    }

    /** Activates {@code screen} each time the node is shown and deactivates it each time it is removed. */
    public static void whileShown(Node node, Activatable screen) {
        whileShown(node, screen::activate, screen::deactivate);
    }

    /** Runs {@code shown} each time the node enters a scene and {@code removed} each time it leaves it. */
    public static void whileShown(Node node, Runnable shown, Runnable removed) {
        listen(node, scene -> shown.run(), removed);
    }

    /** Runs {@code shown} each time the node enters a scene (a reload or refresh on showing). */
    public static void whenShown(Node node, Runnable shown) {
        listen(node, scene -> shown.run(), () -> { });
    }

    /** Gives the scene to {@code shown} each time the node enters one (accelerators, focus). */
    public static void whenShownIn(Node node, Consumer<Scene> shown) {
        listen(node, shown, () -> { });
    }

    /** Runs {@code removed} each time the node leaves its scene (releases what only a shown view holds). */
    public static void whenRemoved(Node node, Runnable removed) {
        listen(node, scene -> { }, removed);
    }

    private static void listen(Node node, Consumer<Scene> shown, Runnable removed) {
        node.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                shown.accept(scene);
            } else {
                removed.run();
            }
        });
    }
}
