package com.nexuscrm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the window without GTK 3 or without a display prints one sentence that says what to install or do, and
 * exits 1, instead of JavaFX's stack trace. The child JVM is the real entry point; GTK is made unloadable by putting
 * an empty {@code libgtk-3.so.0} first on the library path, which is how a machine without the package fails.
 */
class WindowUnavailableTest {
    @TempDir
    Path dir;

    @Test
    void theToolkitsFailuresBecomeSentences() {
        RuntimeException gtk = new RuntimeException(new UnsupportedOperationException("Unable to load glass GTK library."));
        assertEquals(Optional.of(WindowUnavailable.NEEDS_GTK), WindowUnavailable.explain(gtk, ":0"));
        assertTrue(WindowUnavailable.NEEDS_GTK.contains("libgtk-3-0"));
        String display = WindowUnavailable.explain(new UnsupportedOperationException("Unable to open DISPLAY"), null).orElseThrow();
        assertTrue(display.contains("DISPLAY is not set"), display);
        assertEquals(Optional.empty(), WindowUnavailable.explain(new IllegalStateException("a bug"), ":0"),
                "an unknown failure is not dressed up");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutGtkTheWindowSaysWhichPackageToInstall() throws Exception {
        String display = System.getenv("DISPLAY");
        Assumptions.assumeTrue(display != null && !display.isBlank(),
                "skipped: JavaFX opens the display before it loads GTK, so this needs an X display (DISPLAY)");
        Path libs = Files.createDirectories(dir.resolve("libs"));
        Files.write(libs.resolve("libgtk-3.so.0"), new byte[0]);
        Run run = window(List.of("LD_LIBRARY_PATH", libs.toString(), "DISPLAY", display));
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(WindowUnavailable.NEEDS_GTK), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheWindowSaysSo() throws Exception {
        Run run = window(List.of());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("The window needs a graphical display and none could be opened (DISPLAY is not set)"),
                run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    private record Run(int exit, String err) { }

    private Run window(List<String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--workspace", dir.resolve("ws").toString());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("NEXUS_PASSPHRASE");
        for (int i = 0; i < env.size(); i += 2) {
            builder.environment().put(env.get(i), env.get(i + 1));
        }
        Path err = dir.resolve("err.txt");
        Process child = builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the window process ended");
        return new Run(child.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }
}
