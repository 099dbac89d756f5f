package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.TranscriptionException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a meeting tool's transcript: WebVTT (Zoom, Teams, Meet's captions), SubRip, or plain "Speaker: text" lines.
 * The format is told by the content, not the extension: a file that starts with WEBVTT is WebVTT, one whose first
 * lines hold a cue time ("00:00:01,000 --> ...") is SubRip, anything else plain text. Every problem is a
 * {@link TranscriptionException} naming the file (and the line, when one is at fault) and what to do.
 */
public final class MeetingTranscriptReader {
    /** The extensions the file choosers offer; any text file is read, whatever its name. */
    public static final Set<String> EXTENSIONS = Set.of("vtt", "srt", "txt");

    private MeetingTranscriptReader() { }

    /** More words than about sixteen hours of talk: not one meeting, and slow to analyse on the rep's machine. */
    static final int MAX_WORDS = 150_000;

    public static MeetingTranscript read(Path file) {
        TranscriptText.Read text = TranscriptText.of(file);
        return parse(String.valueOf(file.getFileName()), text.text(), text.warnings());
    }

    /** Parses {@code text}, the content of a file called {@code name}. */
    public static MeetingTranscript parse(String name, String text) {
        return parse(name, text, List.of());
    }

    private static MeetingTranscript parse(String name, String text, List<String> warnings) {
        MeetingTranscript read = parseFormat(name, text, warnings);
        int words = read.speakers().stream().mapToInt(MeetingTranscript.SpeakerShare::words).sum();
        if (words > MAX_WORDS) {
            throw new TranscriptionException(name + " has " + words + " words; the workstation analyses transcripts of up to "
                    + MAX_WORDS + " words (about sixteen hours of talk). Split it into its meetings.");
        }
        return read;
    }

    private static MeetingTranscript parseFormat(String name, String text, List<String> warnings) {
        List<String> lines = Arrays.asList(text.split("\r\n|\r|\n", -1));
        String first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElse("").strip().replace("\uFEFF", "");
        if (first.startsWith("WEBVTT")) {
            return SubtitleCues.read(name, lines, true, warnings);
        }
        boolean srt = lines.stream().filter(l -> !l.isBlank()).limit(4).anyMatch(SubtitleCues::isTiming);
        if (srt) {
            return SubtitleCues.read(name, lines, false, warnings);
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".vtt")) {
            throw problem(name, 1, "a WebVTT file starts with the line WEBVTT. Export the transcript again from the meeting tool.");
        }
        return PlainTurns.read(name, lines, warnings);
    }

    /** A problem at a line of the file: "meeting.vtt, line 12: ...". */
    static TranscriptionException problem(String name, int line, String what) {
        return new TranscriptionException(name + ", line " + line + ": " + what);
    }

    /** Whether a file name has a transcript extension (a call imported from a transcript has no audio). */
    public static boolean isTranscriptFile(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
