package com.nexuscrm.ui.workspace;

import com.nexuscrm.domain.Progress;
import java.net.URI;

/** What the first-run and unlock screens need from the app: find, open or create the workspace. */
public interface WorkspaceAccess {
    /** The workspace folder, for display. */
    String location();

    boolean exists();

    /** Opens the existing workspace; throws with a user-facing message on a wrong passphrase and the like. */
    void open(char[] passphrase, Progress progress);

    /** Creates the workspace, filled with the sample data when {@code sample} is true. */
    void create(char[] passphrase, boolean sample, Progress progress);

    /**
     * Connects the workspace just opened to a team server and runs the first sync; throws a
     * {@code SyncException} with a user-facing message (see {@code SyncControl.connect}).
     */
    void connect(URI server, String email, char[] password, Progress progress);

    /** Whether the open workspace keeps a team server link (a first sync cut short leaves it in place). */
    boolean linked();
}
