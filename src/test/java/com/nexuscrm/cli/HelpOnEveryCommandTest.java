package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code nexus CMD [SUB] --help} prints usage and exits 0 for every registered command, found by walking the tree. */
class HelpOnEveryCommandTest {

    @Test
    void everyRegisteredCommandAnswersHelpWithUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(NexusCommand.commandLine((folder, exit) -> { }), new ArrayList<>(), paths);
        assertTrue(paths.size() > 20, "the walk found only " + paths);
        assertTrue(paths.contains(List.of("eval", "replies")), "nexus eval replies is registered: " + paths);
        for (List<String> path : paths) {
            for (String flag : List.of("--help", "-h")) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                CommandLine cli = NexusCommand.commandLine((folder, exit) -> { throw new AssertionError("no window"); });
                cli.setOut(new PrintWriter(out, true));
                cli.setErr(new PrintWriter(err, true));
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                String shown = "nexus " + String.join(" ", args);
                assertEquals(0, cli.execute(args.toArray(String[]::new)), shown + ": " + err);
                assertTrue(out.toString().startsWith("Usage: nexus " + String.join(" ", path)), shown + " printed: " + out);
                assertEquals("", err.toString(), shown);
            }
        }
    }

    private static void collect(CommandLine line, List<String> path, List<List<String>> paths) {
        for (var entry : line.getSubcommands().entrySet()) {
            if (!entry.getValue().getCommandName().equals(entry.getKey())) {
                continue; // an alias
            }
            List<String> sub = new ArrayList<>(path);
            sub.add(entry.getKey());
            paths.add(sub);
            collect(entry.getValue(), sub, paths);
        }
    }
}
