package com.nexuscrm.conversation;

import com.nexuscrm.conversation.MeetingTranscript.Turn;
import com.nexuscrm.domain.call.TranscriptionException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads WebVTT (Zoom: "Name: text" in the cue; Teams: {@code <v Name>text</v>} voice tags) and SubRip (.srt)
 * cues into speaker turns. A cue's time is shared among its speakers by the length of what each said. A cue that
 * names nobody continues the speaker before it; cues before the first named speaker are left out, with a warning.
 */
final class SubtitleCues {
    private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s+-->\\s+(\\S+)(?:\\s.*)?$");
    private static final Pattern TIME = Pattern.compile("^(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?$");
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?\\s+([^>]+)>");
    private static final Pattern TAG = Pattern.compile("</?[^>]*>");

    private final String name;
    private final List<String> lines;
    private final boolean webVtt;
    private final SpeakerLabels labels;
    private final List<Turn> turns = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private String current;
    private int unnamed;
    private int dropped;

    private SubtitleCues(String name, List<String> lines, boolean webVtt) {
        this.name = name;
        this.lines = lines;
        this.webVtt = webVtt;
        this.labels = new SpeakerLabels(lines);
    }

    /** Whether {@code line} is a cue timing line ("00:00:01.000 --> 00:00:04.000"), well formed or not. */
    static boolean isTiming(String line) {
        return TIMING.matcher(line).matches();
    }

    static MeetingTranscript read(String name, List<String> lines, boolean webVtt, List<String> warnings) {
        SubtitleCues cues = new SubtitleCues(name, lines, webVtt);
        cues.warnings.addAll(warnings);
        cues.readBlocks();
        return cues.result();
    }

    private void readBlocks() {
        int i = webVtt ? skipBlock(0) : 0; // the WEBVTT header and anything under it
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            String first = lines.get(i).strip();
            if (webVtt && (first.startsWith("NOTE") || first.equals("STYLE") || first.equals("REGION"))) {
                i = skipBlock(i);
                continue;
            }
            int timing = isTiming(first) ? i : i + 1 < lines.size() && isTiming(lines.get(i + 1)) ? i + 1 : -1;
            if (timing < 0) {
                throw MeetingTranscriptReader.problem(name, i + 1, "'" + shorten(first) + "' is not a cue: a cue starts with"
                        + " its time, as in 00:01:02.500 --> 00:01:05.000, then the words on the next lines.");
            }
            int end = skipBlock(timing);
            cue(timing, lines.subList(timing + 1, end));
            i = end;
        }
    }

    private int skipBlock(int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private void cue(int timingLine, List<String> text) {
        Matcher m = TIMING.matcher(lines.get(timingLine).strip());
        m.matches();
        double start = seconds(m.group(1), timingLine);
        double end = seconds(m.group(2), timingLine);
        if (end < start) {
            throw MeetingTranscriptReader.problem(name, timingLine + 1, "the cue ends (" + m.group(2) + ") before it starts ("
                    + m.group(1) + "). Fix the times or export the transcript again.");
        }
        List<String[]> parts = speakers(text);
        double weight = parts.stream().mapToDouble(p -> p[1].length() + 1).sum();
        double at = start;
        for (String[] p : parts) {
            double to = at + (end - start) * (p[1].length() + 1) / weight;
            if (p[0] == null) {
                dropped++;
            } else {
                turns.add(new Turn(p[0], at, to, p[1], timingLine + 1));
            }
            at = to;
        }
    }

    /** The cue's text as (speaker, words) parts; a part whose speaker is not known yet has a null speaker. */
    private List<String[]> speakers(List<String> text) {
        List<String[]> parts = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        boolean named = false;
        for (String raw : text) {
            Matcher voice = VOICE.matcher(raw);
            int from = 0;
            while (voice.find()) {
                add(parts, words, raw.substring(from, voice.start()));
                flush(parts, words);
                current = clean(voice.group(1));
                named = true;
                from = voice.end();
            }
            String rest = clean(raw.substring(from));
            SpeakerLabels.Labelled label = from == 0 ? labels.split(rest) : null;
            if (label != null) {
                flush(parts, words);
                current = label.speaker();
                named = true;
                rest = label.text();
            }
            add(parts, words, rest);
        }
        flush(parts, words);
        if (!named && !parts.isEmpty() && current != null) {
            unnamed++;
        }
        return parts;
    }

    private void add(List<String[]> parts, StringBuilder words, String text) {
        String t = clean(text);
        if (!t.isEmpty()) {
            words.append(words.isEmpty() ? "" : " ").append(t);
        }
    }

    private void flush(List<String[]> parts, StringBuilder words) {
        if (!words.isEmpty()) {
            parts.add(new String[] {current, words.toString()});
            words.setLength(0);
        }
    }

    private static String clean(String text) {
        return TAG.matcher(text).replaceAll("").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", " ").replace("&lrm;", "").replace("&rlm;", "").strip();
    }

    private double seconds(String time, int line) {
        Matcher m = TIME.matcher(time);
        if (!m.matches() || Integer.parseInt(m.group(2)) > 59 && m.group(1) != null || Integer.parseInt(m.group(3)) > 59) {
            throw MeetingTranscriptReader.problem(name, line + 1, "'" + shorten(time) + "' is not a time. Cue times look like "
                    + (webVtt ? "00:01:02.500" : "00:01:02,500") + "; fix the line or export the transcript again.");
        }
        double s = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
        if (m.group(1) != null) {
            s += Integer.parseInt(m.group(1)) * 3600;
        }
        if (m.group(4) != null) {
            s += Integer.parseInt(m.group(4)) / Math.pow(10, m.group(4).length());
        }
        return s;
    }

    private MeetingTranscript result() {
        String format = webVtt ? "WebVTT" : "SubRip";
        if (turns.isEmpty()) {
            throw new TranscriptionException(dropped == 0
                    ? name + " has no cues with words. Export the transcript again from the meeting tool."
                    : name + " names no speakers: none of its cues starts with 'Name:' or a <v Name> voice tag. Turn on"
                      + " speaker names in the meeting tool's transcript settings and export it again.");
        }
        if (unnamed > 0) {
            warnings.add(unnamed + (unnamed == 1 ? " cue names" : " cues name") + " no speaker; given to the speaker before.");
        }
        if (dropped > 0) {
            warnings.add(dropped + (dropped == 1 ? " cue" : " cues") + " before the first named speaker left out.");
        }
        return new MeetingTranscript(name, format, turns, warnings);
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
