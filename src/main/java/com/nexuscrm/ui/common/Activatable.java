package com.nexuscrm.ui.common;

/**
 * A screen model that works only while its screen is shown (follows a feed, polls, keeps a file open):
 * {@link ScreenLifecycle#whileShown(javafx.scene.Node, Activatable)} calls it from the view.
 */
public interface Activatable {
    /** The screen is showing: load and subscribe. */
    void activate();

    /** The screen left the window: unsubscribe and let go of what only the shown screen needs. */
    void deactivate();
}
