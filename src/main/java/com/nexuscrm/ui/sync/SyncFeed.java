package com.nexuscrm.ui.sync;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The latest {@link SyncSnapshot}, on the FX thread, shared by the status bar, Settings and the Sync
 * inbox. The app publishes it (sync listeners run on the sync thread, so the app marshals them here);
 * a screen that changed something asks for a fresh one with {@link #refresh()}.
 */
public final class SyncFeed {
    private final ReadOnlyObjectWrapper<SyncSnapshot> snapshot = new ReadOnlyObjectWrapper<>(SyncSnapshot.initial());
    private volatile Runnable refresher = () -> { };

    /** Call on the FX thread. */
    public void publish(SyncSnapshot next) {
        snapshot.set(next);
    }

    /** How {@link #refresh()} reaches the app: it reads the counts off the FX thread and publishes. */
    public void setRefresher(Runnable refresher) {
        this.refresher = refresher;
    }

    public void refresh() {
        refresher.run();
    }

    public SyncSnapshot current() {
        return snapshot.get();
    }

    public ReadOnlyObjectProperty<SyncSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }
}
