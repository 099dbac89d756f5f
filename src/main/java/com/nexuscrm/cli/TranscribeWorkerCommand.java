package com.nexuscrm.cli;

import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.speech.TranscribeWorker;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus transcribe-worker}: the child process that runs Vosk for the app (see {@link TranscribeWorker}). */
@Command(name = "transcribe-worker", hidden = true, description = "Internal: transcribes one file for the app, speaking JSON lines.")
final class TranscribeWorkerCommand implements Callable<Integer> {
    @Option(names = "--model", required = true) Path model;
    @Option(names = "--rep-channel", defaultValue = "left") String repChannel;
    @Option(names = "--threads", defaultValue = "1") int threads;
    @Option(names = "--listen-for", split = ",", description = "Names said as several words to listen for in a second pass")
    List<String> listenFor = List.of();
    @Parameters(index = "0") Path file;

    @Override
    public Integer call() {
        return TranscribeWorker.run(model, RepChannel.valueOf(repChannel.toUpperCase()), threads, listenFor, file, System.out);
    }
}
