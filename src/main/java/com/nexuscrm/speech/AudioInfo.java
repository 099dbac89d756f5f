package com.nexuscrm.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.call.TranscriptionException;
import com.nexuscrm.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import java.util.concurrent.TimeUnit;

/**
 * What ffprobe says about an audio file: its first audio stream's codec, channels and sample rate, and the
 * duration its container announces. Unreadable files fail here with a message that names the file.
 */
public record AudioInfo(String codec, int channels, int sampleRate, double durationSeconds) {
    private static final ObjectMapper JSON = Json.mapper();

    public static AudioInfo probe(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new TranscriptionException(name + ": the file is missing. Check the path, or attach the recording again.");
            }
            if (Files.size(file) == 0) {
                throw new TranscriptionException(name + ": the file is empty (0 bytes). Attach the complete recording.");
            }
            List<String> command = new ArrayList<>(List.of(Ffmpeg.ffprobe().toString(), "-v", "error", "-select_streams", "a:0",
                    "-show_entries", "stream=codec_name,channels,sample_rate:format=duration", "-of", "json"));
            command.addAll(Ffmpeg.input(file));
            command.remove(command.size() - 2); // ffprobe takes the file without -i
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes()).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                LoggerFactory.getLogger(AudioInfo.class).info("ffprobe refused {}: {}", file, err);
                throw new TranscriptionException(name + " is not an audio file this app can read (it is in another format, or"
                        + " damaged beyond reading). Check that it is the call's recording and not another file renamed; supported: WAV, MP3,"
                        + " M4A/AAC, OGG/Opus, FLAC.");
            }
            JsonNode root = JSON.readTree(out);
            JsonNode streams = root.path("streams");
            if (!streams.isArray() || streams.isEmpty()) {
                throw new TranscriptionException(name + " has no audio track. Attach the call's audio file.");
            }
            JsonNode s = streams.get(0);
            double duration = root.path("format").path("duration").asDouble(-1);
            return new AudioInfo(s.path("codec_name").asText("?"), s.path("channels").asInt(1),
                    s.path("sample_rate").asInt(0), duration);
        } catch (IOException e) {
            throw new TranscriptionException(name + ": could not be read (" + com.nexuscrm.domain.FileProblems.reason(e)
                    + "). Check that the file is still there and readable, then attach it again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranscriptionException(name + ": reading was interrupted.", e);
        }
    }

    /** FFmpeg's first error line without the file path it repeats (for the log). */
    static String firstLine(String stderr, Path file) {
        String line = stderr.isBlank() ? "no details" : stderr.lines().filter(l -> !l.isBlank()).findFirst().orElse("no details");
        return line.replace(file.toString() + ": ", "").trim();
    }
}
