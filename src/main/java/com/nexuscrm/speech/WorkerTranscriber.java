package com.nexuscrm.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Threads;
import com.nexuscrm.domain.call.Transcriber;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.domain.call.TranscriptionOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs each transcription in a child JVM ({@code nexus transcribe-worker}, the same jar and class path) so
 * that a native crash in Vosk ends only the child: the job then fails with the reason, and the app and the
 * recording carry on. Cancel asks the child to stop, then kills it if it does not.
 */
public final class WorkerTranscriber implements Transcriber {
    private static final String MAIN = "com.nexuscrm.Main";
    private final List<String> jvmOptions;

    /** @param jvmOptions extra options for the child JVM, e.g. {@code -Xmx768m} */
    public WorkerTranscriber(List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    public WorkerTranscriber() {
        this(List.of("-Xmx768m"));
    }

    @Override
    public Transcript transcribe(Path audio, TranscriptionOptions options, Progress progress) {
        VoskModel.checkFolder(options.modelDir());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN, "transcribe-worker",
                "--model", options.modelDir().toAbsolutePath().toString(),
                "--rep-channel", options.repChannel().name().toLowerCase(),
                "--threads", String.valueOf(options.threads())));
        if (!options.spokenNames().isEmpty()) {
            command.addAll(List.of("--listen-for", String.join(",", options.spokenNames())));
        }
        command.add(audio.toAbsolutePath().toString());
        Process child;
        Path errLog;
        try {
            errLog = Files.createTempFile("nexus-transcribe-", ".log");
            child = new ProcessBuilder(command).redirectError(errLog.toFile()).start();
        } catch (IOException e) {
            throw new TranscriptionException("Could not start the speech worker: " + e.getMessage(), e);
        }
        String name = audio.getFileName().toString();
        Thread watcher = cancelWatcher(child, progress);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode msg = parse(line);
                if (msg == null) {
                    continue;
                }
                if (msg.has("progress")) {
                    progress.update(msg.get("progress").asLong(), msg.path("total").asLong(), "Transcribing " + name);
                } else if (msg.has("transcript")) {
                    return TranscriptCodec.JSON.treeToValue(msg.get("transcript"), Transcript.class);
                } else if (msg.has("error")) {
                    throw new TranscriptionException(msg.get("error").asText());
                } else if (msg.has("cancelled")) {
                    throw new Progress.CancelledException();
                }
            }
            child.waitFor(10, TimeUnit.SECONDS);
            if (progress.isCancelled()) {
                throw new Progress.CancelledException();
            }
            throw new TranscriptionException("The speech worker stopped unexpectedly while transcribing " + name + " ("
                    + exitReason(child) + lastLine(errLog) + "). The recording is kept; try again, or choose another"
                    + " speech model in Settings → Calls if it keeps failing.");
        } catch (IOException e) {
            throw new TranscriptionException("Lost contact with the speech worker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Progress.CancelledException();
        } finally {
            watcher.interrupt();
            child.destroyForcibly();
            try {
                Files.deleteIfExists(errLog);
            } catch (IOException ignored) {
                // a temp file
            }
        }
    }

    /** Polls the progress's cancel flag; tells the child to stop, and kills it if it has not after 3 s. */
    private static Thread cancelWatcher(Process child, Progress progress) {
        return Threads.startDaemon("transcribe-cancel", () -> {
            try {
                while (child.isAlive() && !progress.isCancelled()) {
                    Thread.sleep(100);
                }
                if (child.isAlive()) {
                    try (OutputStream out = child.getOutputStream()) {
                        out.write("cancel\n".getBytes(StandardCharsets.UTF_8));
                    } catch (IOException ignored) {
                        // already gone
                    }
                    if (!child.waitFor(3, TimeUnit.SECONDS)) {
                        child.destroyForcibly();
                    }
                }
            } catch (InterruptedException ignored) {
                // finished
            }
        });
    }

    private static JsonNode parse(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        try {
            return TranscriptCodec.JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    private static String exitReason(Process child) {
        if (child.isAlive()) {
            return "it did not answer";
        }
        int code = child.exitValue();
        if (code > 128) {
            int signal = code - 128;
            return "it ended on signal " + signal + (signal == 6 || signal == 11 ? ", a crash in native code" : signal == 9 ? ", killed" : "");
        }
        return "exit code " + code;
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
