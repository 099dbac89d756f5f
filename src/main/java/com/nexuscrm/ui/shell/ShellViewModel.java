package com.nexuscrm.ui.shell;

import com.nexuscrm.sync.SyncStatus;
import com.nexuscrm.ui.common.LeaveGuard;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.sync.SyncFeed;
import com.nexuscrm.ui.sync.SyncSnapshot;
import com.nexuscrm.ui.sync.SyncStatusText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The workstation frame: which section shows, whether a workspace is open, and the status bar. */
public final class ShellViewModel {
    private final javafx.beans.property.ReadOnlyIntegerWrapper screens = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private final TaskExecutor tasks;
    private final SyncFeed feed;
    private final SyncStatusText text;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final BooleanProperty workspaceOpen = new SimpleBooleanProperty(false);
    private final StringProperty workspaceLabel = new SimpleStringProperty("No workspace open");
    private final ReadOnlyStringWrapper syncStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper syncDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SyncStatus.State> syncState = new ReadOnlyObjectWrapper<>(SyncStatus.State.NOT_CONNECTED);
    private final ReadOnlyIntegerWrapper conflicts = new ReadOnlyIntegerWrapper(0);
    private LeaveGuard leaveGuard = LeaveGuard.NONE;

    public ShellViewModel(TaskExecutor tasks, SyncFeed feed, SyncStatusText text) {
        this.tasks = tasks;
        this.feed = feed;
        this.text = text;
        feed.snapshotProperty().addListener((o, old, now) -> showSync(now));
    }

    /** Called once the workspace is unlocked: enables the sidebar and shows the inbox. */
    public void workspaceOpened(String label) {
        workspaceLabel.set(label);
        showSync(feed.current()); // a first snapshot equal to the initial one fires no change
        workspaceOpen.set(true);
        section.set(Section.LEADS);
    }

    /**
     * The workspace now belongs to someone else (connecting adopted the team server's user): new label,
     * and every screen built for the previous user is rebuilt the next time it shows.
     */
    public void identityChanged(String label) {
        workspaceLabel.set(label);
        screens.set(screens.get() + 1);
    }

    /** Bumped when screens built so far are out of date. */
    public javafx.beans.property.ReadOnlyIntegerProperty screensProperty() {
        return screens.getReadOnlyProperty();
    }

    private void showSync(SyncSnapshot snapshot) {
        syncState.set(snapshot.status().state());
        syncStatus.set(text.line(snapshot));
        syncDetails.set(text.details(snapshot));
        conflicts.set(snapshot.conflicts());
    }

    /** The status bar was clicked: the Sync inbox when conflicts wait, otherwise Settings → Team server. */
    public void openSyncDetails() {
        if (workspaceOpen.get()) {
            navigate(conflicts.get() > 0 ? Section.SYNC : Section.SETTINGS, () -> { });
        }
    }

    /** Asked before another section shows or the window closes (unsaved edits); set once a workspace is open. */
    public void setLeaveGuard(LeaveGuard guard) {
        leaveGuard = guard == null ? LeaveGuard.NONE : guard;
    }

    /** Shows {@code target} unless the screen being left keeps the user (Stay); {@code stay} then runs. */
    public void navigate(Section target, Runnable stay) {
        if (target != section.get()) {
            leaveGuard.leave(() -> section.set(target), stay);
        }
    }

    /** Before the window closes: runs {@code proceed} (now, or once unsaved edits are saved) or {@code stay}. */
    public void leave(Runnable proceed, Runnable stay) {
        leaveGuard.leave(proceed, stay);
    }

    public TaskExecutor tasks() { return tasks; }
    public ObjectProperty<Section> sectionProperty() { return section; }
    public BooleanProperty workspaceOpenProperty() { return workspaceOpen; }
    public StringProperty workspaceLabelProperty() { return workspaceLabel; }
    public ReadOnlyStringProperty syncStatusProperty() { return syncStatus.getReadOnlyProperty(); }
    public ReadOnlyStringProperty syncDetailsProperty() { return syncDetails.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<SyncStatus.State> syncStateProperty() { return syncState.getReadOnlyProperty(); }
    /** Open conflicts, for the Sync inbox's badge. */
    public ReadOnlyIntegerProperty conflictsProperty() { return conflicts.getReadOnlyProperty(); }
}
