package com.nexuscrm.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus [--workspace DIR]} opens the window; subcommands work headless on a workspace. */
@Command(name = "nexus", mixinStandardHelpOptions = true, version = "NexusCRM Workstation 0.1",
        description = "Offline-first sales workstation. With no command, opens the window.",
        subcommands = {InitCommand.class, SampleCommand.class, ImportCommand.class, ExportCommand.class, BenchCommand.class,
            ServerCommand.class, SyncCommand.class, TrainCommand.class, EvalCommand.class,
            RouteCommand.class, EnrichCommand.class, TranscribeCommand.class, TranscribeWorkerCommand.class})
final class NexusCommand implements Callable<Integer> {
    private static volatile boolean launched;

    @Option(names = "--workspace", description = "Workspace folder (default: ${DEFAULT-VALUE})")
    Path workspace = WorkspaceLocator.defaultFolder();

    @Option(names = "--exit-after-first-frame", description = "Print first-frame-ms=N (JVM uptime) and exit")
    boolean exitAfterFirstFrame;

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NexusCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return cli;
    }

    static boolean launchedWindow() {
        return launched;
    }

    @Override
    public Integer call() {
        launched = true;
        NexusApp.launch(new NexusApp.Options(workspace, exitAfterFirstFrame));
        return 0;
    }
}
