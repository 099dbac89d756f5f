package com.nexuscrm.app;

import com.nexuscrm.Main;
import com.nexuscrm.app.adapters.PrefsThemeSetting;
import com.nexuscrm.usecase.Passphrases;
import com.nexuscrm.usecase.SampleSeeding;
import com.nexuscrm.usecase.WorkspaceLocator;

import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import java.nio.file.Path;
import com.nexuscrm.ui.shell.CloseGuard;
import com.nexuscrm.ui.shell.ShellView;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The workstation window. It shows the shell first and does everything slow (opening the encrypted
 * store, loading 100k leads) behind it, so the first frame is as quick as a bare JavaFX window.
 */
public final class NexusApp extends Application {
    /** Command-line choices, set by {@link Main} before launch (JavaFX constructs this class itself). */
    public record Options(Path workspace, boolean exitAfterFirstFrame) { }

    private static volatile Options options = new Options(WorkspaceLocator.defaultFolder(), false);
    private AppContext context;

    /**
     * Opens the window and returns when it closes.
     *
     * @throws WindowUnavailable when GTK 3 or a display is missing (a sentence for the user; the toolkit's trace is logged)
     */
    public static void launch(Options chosen) {
        options = chosen;
        try {
            Application.launch(NexusApp.class);
        } catch (RuntimeException | Error e) {
            java.util.Optional<String> reason = WindowUnavailable.explain(e, System.getenv("DISPLAY"));
            if (reason.isEmpty()) {
                throw e;
            }
            LoggerFactory.getLogger(NexusApp.class).debug("the JavaFX toolkit did not start", e);
            throw new WindowUnavailable(reason.get(), e);
        }
    }

    @Override
    public void start(Stage stage) {
        PrefsThemeSetting theme = new PrefsThemeSetting();
        theme.apply();
        FxTaskExecutor tasks = new FxTaskExecutor();
        context = new AppContext(options.workspace(), tasks, new FxDialogService(stage), theme, SampleSeeding::seed);
        ShellView shell = new ShellView(context.shell(), context);
        CloseGuard.install(stage, context.shell());
        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getStylesheets().add(NexusApp.class.getResource("/css/app.css").toExternalForm());
        stage.setScene(scene);
        com.nexuscrm.ui.search.GlobalSearchPopup.install(scene, context::globalSearch);
        stage.setTitle("NexusCRM Workstation");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        FirstFrame.whenShown(scene, stage, uptime -> {
            if (options.exitAfterFirstFrame()) {
                FirstFrame.printAndExit(uptime);
            }
            Platform.runLater(() -> {
                shell.showGate();
                Passphrases.fromEnvironment().ifPresent(context::unlockWith);
            });
        });
        stage.show();
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
