package com.nexuscrm.app;

import com.nexuscrm.ui.common.FxDialogService;
import com.nexuscrm.ui.common.FxTaskExecutor;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The workstation window. It shows the shell first and does everything slow (opening the encrypted
 * store, loading 100k leads) behind it, so the first frame is as quick as a bare JavaFX window.
 */
public final class NexusApp extends Application {
    /** Command-line choices, set by {@link Main} before launch (JavaFX constructs this class itself). */
    record Options(Path workspace, boolean exitAfterFirstFrame) { }

    static volatile Options options = new Options(WorkspaceLocator.defaultFolder(), false);
    private AppContext context;

    @Override
    public void start(Stage stage) {
        PrefsThemeSetting theme = new PrefsThemeSetting();
        theme.apply();
        FxTaskExecutor tasks = new FxTaskExecutor();
        context = new AppContext(options.workspace(), tasks, new FxDialogService(stage), theme, SampleSeeding::seed);
        Scene scene = new Scene(context.load("ShellView"), 1280, 800);
        scene.getStylesheets().add(NexusApp.class.getResource("/css/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("NexusCRM Workstation");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        if (options.exitAfterFirstFrame()) {
            FirstFrame.whenShown(scene, stage, FirstFrame::printAndExit);
        }
        stage.show();
        Passphrases.fromEnvironment().ifPresent(context::unlockWith);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
