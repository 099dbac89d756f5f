package com.nexuscrm.app;

import com.nexuscrm.domain.Threads;
import java.util.List;

/**
 * Loads (without initialising) the classes the first frame needs on the second core while the JavaFX
 * toolkit starts on the first. Loading is only reading and verifying bytecode, so it is safe before
 * the toolkit exists; it takes that work off the FX thread's path to the first frame.
 */
public final class ClassWarmer {
    private static final List<String> CLASSES = List.of(
            "javafx.scene.control.TableView",
            "javafx.scene.control.skin.TableViewSkin", "javafx.scene.control.ToggleButton",
            "javafx.scene.control.skin.ToggleButtonSkin", "javafx.scene.control.PasswordField",
            "javafx.scene.control.skin.TextFieldSkin", "javafx.scene.control.RadioButton",
            "javafx.scene.control.skin.RadioButtonSkin", "javafx.scene.control.ProgressBar",
            "javafx.scene.control.skin.ProgressBarSkin", "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.skin.LabelSkin", "javafx.scene.control.Separator",
            "javafx.scene.control.skin.SeparatorSkin", "javafx.css.CssParser",
            "atlantafx.base.theme.PrimerLight", "atlantafx.base.theme.PrimerDark",
            "org.kordamp.ikonli.javafx.FontIcon", "org.kordamp.ikonli.feather.Feather",
            "org.kordamp.ikonli.feather.FeatherIkonHandler", "com.nexuscrm.ui.shell.ShellView",
            "com.nexuscrm.ui.shell.ShellViewModel", "com.nexuscrm.ui.shell.StatusBar",
            "com.nexuscrm.app.AppContext", "com.nexuscrm.app.WorkspaceOpening", "com.nexuscrm.app.ScreenWiring",
            "com.nexuscrm.app.RecordViewFactories", "com.nexuscrm.app.SettingsViewFactories",
            "com.nexuscrm.ui.common.FxTaskExecutor");

    private ClassWarmer() { }

    public static void start() {
        Threads.startDaemon("class-warmer", () -> {
            ClassLoader loader = ClassWarmer.class.getClassLoader();
            for (String name : CLASSES) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // a renamed class only loses its head start
                }
            }
        });
    }
}
