package com.nexuscrm.cli;

import com.nexuscrm.cli.bench.BenchCommand;
import com.nexuscrm.usecase.WorkspaceLocator;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus [--workspace DIR]} opens the window; subcommands work headless on a workspace. */
@Command(name = "nexus", mixinStandardHelpOptions = true, version = "NexusCRM Workstation 0.1",
        description = "Offline-first sales workstation. With no command, opens the window.",
        subcommands = {InitCommand.class, SampleCommand.class, ImportCommand.class, ExportCommand.class, BenchCommand.class,
            ServerCommand.class, SyncCommand.class, TrainCommand.class, EvalCommand.class,
            RouteCommand.class, EnrichCommand.class, SearchCommand.class, IndexCommand.class, AttachCommand.class,
            TranscribeCommand.class, TranscribeWorkerCommand.class, AnalyzeCommand.class, ForecastCommand.class,
            BacktestCommand.class, BriefCommand.class, SimulateCommand.class})
public final class NexusCommand implements Callable<Integer> {
    private static volatile boolean launched;
    private final BiConsumer<Path, Boolean> openWindow;

    @Option(names = "--workspace", description = "Workspace folder (default: ${DEFAULT-VALUE})")
    Path workspace = WorkspaceLocator.defaultFolder();

    @Option(names = "--exit-after-first-frame", description = "Print first-frame-ms=N (JVM uptime) and exit")
    boolean exitAfterFirstFrame;

    /**
     * The command line; with no subcommand it opens the window through {@code openWindow}
     * (workspace folder, exit after the first frame), which {@code Main} supplies.
     */
    public static CommandLine commandLine(BiConsumer<Path, Boolean> openWindow) {
        CommandLine cli = new CommandLine(new NexusCommand(openWindow));
        addHelpOptions(cli, cli.getCommandSpec().version());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            String message = e.getMessage();
            if (message == null || message.isBlank()) { // a bug, not a sentence: say so and keep the detail in the log
                org.slf4j.LoggerFactory.getLogger(NexusCommand.class).warn("nexus {} failed", line.getCommandName(), e);
                message = "nexus " + line.getCommandName() + " stopped on an unexpected " + e.getClass().getSimpleName()
                        + " (a bug; the details are above). Nothing more was done; please report it with those lines.";
            }
            line.getErr().println("error: " + message);
            return 1;
        });
        return cli;
    }

    /**
     * Gives every command under {@code line} {@code -h/--help} and {@code -V/--version}, so {@code nexus CMD --help}
     * prints usage and exits 0 even where a command has required options; a new command needs nothing for it.
     */
    private static void addHelpOptions(CommandLine line, String[] version) {
        for (CommandLine sub : line.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (!spec.mixinStandardHelpOptions()) {
                spec.mixinStandardHelpOptions(true);
            }
            if (spec.version().length == 0) {
                spec.version(version);
            }
            addHelpOptions(sub, version);
        }
    }

    public static boolean launchedWindow() {
        return launched;
    }

    private NexusCommand(BiConsumer<Path, Boolean> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        launched = true;
        openWindow.accept(workspace, exitAfterFirstFrame);
        return 0;
    }
}
