package com.nexuscrm.cli.bench;

import com.nexuscrm.cli.WorkspaceOption;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Cold start to first frame of the workstation against a bare JavaFX window, alternating fresh JVMs
 * with identical flags. The workspace is only opened after the first frame, as for a user.
 */
@Command(name = "startup", description = "First frame of the app vs a hello-world JavaFX window (median of N runs).")
final class StartupBench implements Callable<Integer> {
    /** The baseline's launcher, started in a JVM of its own (the command line never loads the window's classes). */
    private static final String HELLO_FX = "com.nexuscrm.app.HelloFx$Launcher";
    /** The workstation's entry point, in a fresh JVM as a user starts it. */
    private static final String WORKSTATION = "com.nexuscrm.Main";

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--runs", defaultValue = "5")
    int runs;

    @Override
    public Integer call() throws Exception {
        long[] hello = new long[runs];
        long[] app = new long[runs];
        for (int i = 0; i < runs; i++) {
            hello[i] = firstFrame(List.of(HELLO_FX));
            app[i] = firstFrame(List.of(WORKSTATION, "--workspace", workspace.folder.toString(),
                    "--exit-after-first-frame"));
            System.out.printf("run %d: hello-world %d ms, workstation %d ms%n", i + 1, hello[i], app[i]);
        }
        double h = BenchCommand.median(hello);
        double a = BenchCommand.median(app);
        System.out.printf("startup: hello-world median %.0f ms, workstation median %.0f ms, ratio %.2f (target <= 1.50)%n",
                h, a, a / h);
        return 0;
    }

    private static long firstFrame(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("first-frame-ms=")) {
                    result = line.substring("first-frame-ms=".length()).trim();
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (result == null) {
            throw new IllegalStateException("No first-frame-ms from " + mainAndArgs.get(0)
                    + " (exit " + process.exitValue() + "). Is a display available (DISPLAY, e.g. Xvfb)?");
        }
        return Long.parseLong(result);
    }
}
