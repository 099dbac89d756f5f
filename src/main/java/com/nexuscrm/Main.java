package com.nexuscrm;

import com.nexuscrm.app.ClassWarmer;
import com.nexuscrm.app.NexusApp;
import com.nexuscrm.app.WindowUnavailable;
import com.nexuscrm.cli.NexusCommand;
import com.nexuscrm.usecase.WorkspaceLocator;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of {@code nexus-crm.jar}. A class that does not extend {@code Application}, so JavaFX
 * starts from the class path; with no command it opens the workstation window.
 *
 * <p>Opening the window skips picocli when the arguments are only the window's own options: its
 * reflective setup costs a quarter of a second before the first frame. Anything else (commands,
 * {@code --help}, mistakes) goes through picocli.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.setProperty("org.bytedeco.javacpp.cachedir",
                WorkspaceLocator.defaultFolder().resolveSibling("native-cache").toString());
        Optional<NexusApp.Options> window = windowOptions(List.of(args));
        if (window.isPresent()) {
            ClassWarmer.start();
            try {
                NexusApp.launch(window.get());
            } catch (WindowUnavailable e) {
                System.err.println(e.getMessage());
                System.exit(1);
            }
            return;
        }
        int code = NexusCommand.commandLine((folder, exitAfterFirstFrame) ->
                NexusApp.launch(new NexusApp.Options(folder, exitAfterFirstFrame))).execute(args);
        if (code != 0 || !NexusCommand.launchedWindow()) {
            System.exit(code);
        }
    }

    /** The window's options when the arguments hold nothing else; empty otherwise. */
    static Optional<NexusApp.Options> windowOptions(List<String> args) {
        Path workspace = WorkspaceLocator.defaultFolder();
        boolean exitAfterFirstFrame = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--exit-after-first-frame")) {
                exitAfterFirstFrame = true;
            } else if (arg.equals("--workspace") && i + 1 < args.size()) {
                workspace = Path.of(args.get(++i));
            } else if (arg.startsWith("--workspace=")) {
                workspace = Path.of(arg.substring("--workspace=".length()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new NexusApp.Options(workspace, exitAfterFirstFrame));
    }
}
