package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.Main;
import com.nexuscrm.usecase.Passphrases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code nexus ...} as a user does: the real entry point in a child JVM, the passphrase from the environment. */
final class NexusProcess {
    /** Exit code, standard output as lines, standard error as text. */
    record Run(int exit, List<String> out, String err) { }

    private NexusProcess() { }

    static Run run(Path scratch, String passphrase, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(Passphrases.ENV, passphrase);
        Path out = scratch.resolve("out.txt");
        Path err = scratch.resolve("err.txt");
        Process child = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the command finished");
        return new Run(child.exitValue(), Files.readAllLines(out), Files.readString(err, StandardCharsets.UTF_8));
    }
}
