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

    /**
     * Creates the workspace at the gate: the given choice ({@code #choice-empty} or {@code #choice-sample}) and
     * passphrase, and returns once the gate has made way for the workspace. Building the real sample takes tens of
     * seconds on a busy 2-core machine, so the bound is one only a hung build reaches; a refusal at the gate fails at
     * once with its text.
     */
    static void create(org.testfx.api.FxRobot robot, String choice, String passphrase) throws Exception {
        robot.clickOn(choice);
        robot.clickOn("#passphrase").write(passphrase);
        robot.clickOn("#confirmation").write(passphrase);
        robot.clickOn("#gate-submit");
        java.util.concurrent.atomic.AtomicReference<String> refused = new java.util.concurrent.atomic.AtomicReference<>("");
        UiWait.until(180, () -> {
            refused.set(robot.lookup("#gate-error").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText()).orElse(""));
            return !refused.get().isBlank()
                    || robot.lookup("#gate-submit").tryQuery().map(n -> n.getScene() == null || !n.isVisible()).orElse(true);
        });
        if (!refused.get().isBlank()) {
            throw new AssertionError("the gate refused: " + refused.get());
        }
    }

    static void close(AppContext context) throws Exception {
        WaitForAsyncUtils.asyncFx(context::close).get();
    }
}
