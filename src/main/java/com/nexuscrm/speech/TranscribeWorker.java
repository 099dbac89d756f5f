package com.nexuscrm.speech;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Threads;
import com.nexuscrm.domain.call.RepChannel;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.TranscriptionException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body of {@code nexus transcribe-worker}: transcribes one file and speaks a line protocol on stdout,
 * one JSON object per line: {@code {"progress":done,"total":total}} while it works, then either
 * {@code {"transcript":{...}}} or {@code {"error":"message"}}. A line {@code cancel} on stdin stops it.
 * It runs in its own JVM because a native crash in Vosk ends the process that hosts it.
 */
public final class TranscribeWorker {
    private TranscribeWorker() { }

    public static int run(Path modelDir, RepChannel repChannel, int threads, List<String> spokenNames, Path file,
                          PrintStream out) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Threads.startDaemon("worker-stdin", () -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.trim().equals("cancel")) {
                        cancelled.set(true);
                    }
                }
            } catch (IOException ignored) {
                // the app went away; the worker finishes and its output is ignored
            }
        });
        Progress progress = new Progress() {
            private long last = -1; // the first update (0 of the total) is always sent

            @Override
            public synchronized void update(long done, long total, String message) {
                if (done != last) {
                    last = done;
                    emit(out, TranscriptCodec.JSON.createObjectNode().put("progress", done).put("total", total));
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        try (VoskModel model = VoskModel.load(modelDir)) {
            Transcript t = new SpeechPipeline(model, spokenNames).transcribe(file, repChannel, threads, progress);
            ObjectNode line = TranscriptCodec.JSON.createObjectNode();
            line.set("transcript", TranscriptCodec.JSON.valueToTree(t));
            emit(out, line);
            return 0;
        } catch (TranscriptionException e) {
            emit(out, TranscriptCodec.JSON.createObjectNode().put("error", e.getMessage()));
            return 2;
        } catch (Progress.CancelledException e) {
            emit(out, TranscriptCodec.JSON.createObjectNode().put("cancelled", true));
            return 3;
        }
    }

    private static synchronized void emit(PrintStream out, ObjectNode line) {
        out.println(line.toString());
        out.flush();
    }
}
