package com.nexuscrm.app;


import com.nexuscrm.testing.FakeSync;
import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import com.nexuscrm.ui.shell.CloseGuard;
import com.nexuscrm.ui.shell.ShellView;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real window for screen tests: the app's wiring on a workspace folder, with a scripted sync, at the gate. */
final class ScreenWindow {
    private ScreenWindow() { }

    static AppContext open(Stage window, Path workspace, com.nexuscrm.usecase.CreateWorkspace.Seeder seeder) {
        AppContext context = new AppContext(workspace, new FxTaskExecutor(), new FxDialogService(window), new MemoryTheme(),
                seeder, store -> new SyncLauncher.Running(new FakeSync(), () -> { }));
        ShellView shell = new ShellView(context.shell(), context);
        CloseGuard.install(window, context.shell());
        window.setScene(new Scene(shell.root(), 1280, 800));
        com.nexuscrm.ui.search.GlobalSearchPopup.install(window.getScene(), context::globalSearch); // as NexusApp does
        window.show();
        shell.showGate();
        return context;
    }

    /** Creates the workspace at the gate: the given choice ({@code #choice-empty} or {@code #choice-sample}) and passphrase. */
    static void create(org.testfx.api.FxRobot robot, String choice, String passphrase) {
        robot.clickOn(choice);
        robot.clickOn("#passphrase").write(passphrase);
        robot.clickOn("#confirmation").write(passphrase);
        robot.clickOn("#gate-submit");
    }

    static void close(AppContext context) throws Exception {
        WaitForAsyncUtils.asyncFx(context::close).get();
    }
}
