package com.nexuscrm.app;

import picocli.CommandLine;

/**
 * Entry point of {@code nexus-crm.jar}. A class that does not extend {@code Application}, so JavaFX
 * starts from the class path; with no command it opens the workstation window.
 */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.setProperty("org.bytedeco.javacpp.cachedir",
                WorkspaceLocator.defaultFolder().resolveSibling("native-cache").toString());
        int code = NexusCommand.commandLine().execute(args);
        if (code != 0 || !NexusCommand.launchedWindow()) {
            System.exit(code);
        }
    }
}
