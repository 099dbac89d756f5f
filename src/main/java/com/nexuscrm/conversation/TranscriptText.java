package com.nexuscrm.conversation;

import com.nexuscrm.domain.FileProblems;
import com.nexuscrm.domain.call.TranscriptionException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A transcript file's text, refused with a reason when it cannot be one: missing, empty, too big, or binary.
 * UTF-8 (with or without a byte order mark) and UTF-16 with a mark are read; other bytes as Windows-1252,
 * which is what Notepad wrote for years, with a warning.
 */
final class TranscriptText {
    /** An eight-hour meeting is about 1 MB of WebVTT; anything much bigger is not a meeting transcript. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** The decoded text and what the user should know about how it was read. */
    record Read(String text, List<String> warnings) { }

    private TranscriptText() { }

    static Read of(Path file) {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new TranscriptionException("Cannot read " + name + ": it is a folder. Choose a .vtt, .srt or .txt transcript.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new TranscriptionException(String.format(Locale.ROOT, "%s is %.1f MB; the workstation reads transcripts"
                        + " up to %d MB (an eight-hour meeting is about 1 MB). Check that it is a transcript, or split it.",
                        name, size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TranscriptionException("Cannot read " + name + ": " + FileProblems.reason(e) + ".", e);
        }
        return decode(name, bytes);
    }

    static Read decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new TranscriptionException(name + " is empty. Export the transcript again from the meeting tool.");
        }
        String text;
        List<String> warnings = List.of();
        if (starts(bytes, 0xFE, 0xFF) || starts(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, StandardCharsets.UTF_16);
        } else {
            int nul = indexOf(bytes, (byte) 0);
            if (nul >= 0) {
                throw binary(name, "byte " + nul + " is a zero byte");
            }
            int skip = starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            try {
                text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, Charset.forName("windows-1252"));
                warnings = List.of(name + " is not UTF-8; it was read as Windows-1252. Check names with accents.");
            }
        }
        long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0 && control * 100 > text.length()) {
            throw binary(name, control + " control characters");
        }
        if (text.isBlank()) {
            throw new TranscriptionException(name + " has only blank lines. Export the transcript again from the meeting tool.");
        }
        return new Read(text, warnings);
    }

    private static TranscriptionException binary(String name, String evidence) {
        return new TranscriptionException(name + " is not a text file (" + evidence + "). Attach the meeting's transcript"
                + " as WebVTT (.vtt), SubRip (.srt) or plain text (.txt), not the recording or a document.");
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
