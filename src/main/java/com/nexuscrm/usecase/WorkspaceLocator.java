package com.nexuscrm.usecase;

import java.nio.file.Path;
import java.util.Locale;

/** The default workspace folder: the operating system's per-user data folder. */
public final class WorkspaceLocator {
    private WorkspaceLocator() { }

    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("NexusCRM/workspace");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/NexusCRM/workspace");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("nexuscrm/workspace");
    }
}
