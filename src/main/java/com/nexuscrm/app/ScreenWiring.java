package com.nexuscrm.app;

import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.ui.common.ViewLoader;
import java.util.function.Supplier;

/**
 * What the window's view factories share: the task runner, dialogs, the loader for nested views and windows, and
 * the open workspace's session and shared screen models (both suppliers throw before a workspace is open).
 */
record ScreenWiring(TaskExecutor tasks, DialogService dialogs, ViewLoader views,
                    Supplier<WorkspaceSession> session, Supplier<SessionScreens> screens) {

    WorkspaceSession requireSession() { return session.get(); }

    SessionScreens requireScreens() { return screens.get(); }
}
