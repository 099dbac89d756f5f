package com.nexuscrm.conversation;

import com.nexuscrm.conversation.MeetingTranscript.Turn;
import com.nexuscrm.domain.call.TranscriptionException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain text transcript: "Speaker: text" lines, each optionally after a time ("[00:01:02] Anna: ..." or
 * "00:01:02 Anna: ..."), a time on its own line that dates the lines under it (Google Meet's export), or a
 * "Speaker  0:03" heading over paragraphs (Otter). A line without a label continues the turn above it; lines above
 * the first speaker (a title, the attendees) are left out. Turns between two known times share the time between
 * them by their length; turns after the last known time are timed at 150 words a minute.
 */
final class PlainTurns {
    static final double WORDS_PER_SECOND = 2.5;
    private static final double GAP = 0.3;
    private static final String CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?";
    private static final Pattern STAMPED = Pattern.compile("^[\\[(]?(" + CLOCK + ")[\\])]?\\s*(?:[-–|]\\s*)?(.*)$");
    private static final Pattern HEADING = Pattern.compile("^(.{1,60}?)\\s+[\\[(]?(" + CLOCK + ")[\\])]?\\s*$");
    private static final Pattern BAD_STAMP = Pattern.compile("^[\\[(]\\s*\\d[^\\])]*:[^\\])]*[\\])].*");

    /** A turn as read, before times are known: its start is null when the line gave none. */
    private record Draft(String speaker, Double start, StringBuilder text, int line) { }

    private PlainTurns() { }

    static MeetingTranscript read(String name, List<String> lines, List<String> readWarnings) {
        SpeakerLabels labels = new SpeakerLabels(lines.stream().map(PlainTurns::withoutTime).toList());
        List<Draft> drafts = new ArrayList<>();
        Double pendingTime = null;
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            Double time = null;
            Matcher stamped = STAMPED.matcher(line);
            if (stamped.matches()) {
                time = seconds(name, i + 1, stamped.group(1));
                line = stamped.group(2).strip();
            } else if (BAD_STAMP.matcher(line).matches()) {
                throw MeetingTranscriptReader.problem(name, i + 1, "'" + SubtitleCues.shorten(line.substring(0, line.indexOf(
                        line.charAt(0) == '[' ? ']' : ')') + 1)) + "' is not a time. Write times as [01:02] or [00:01:02].");
            }
            if (line.isEmpty()) {
                pendingTime = time; // a time on its own line dates the next speaker's line
                continue;
            }
            Matcher heading = time == null ? HEADING.matcher(line) : null;
            SpeakerLabels.Labelled label = labels.split(line);
            if (heading != null && heading.matches() && label == null && SpeakerLabels.looksLikeName(heading.group(1).strip())) {
                drafts.add(new Draft(heading.group(1).strip(), seconds(name, i + 1, heading.group(2)), new StringBuilder(), i + 1));
            } else if (label != null) {
                Double start = time != null ? time : pendingTime;
                pendingTime = null;
                drafts.add(new Draft(label.speaker(), start, new StringBuilder(label.text()), i + 1));
            } else if (!drafts.isEmpty()) {
                Draft last = drafts.get(drafts.size() - 1);
                last.text().append(last.text().isEmpty() ? "" : " ").append(line);
            } else {
                skipped++;
            }
        }
        List<String> warnings = new ArrayList<>(readWarnings);
        drafts.removeIf(d -> d.text().toString().isBlank());
        if (drafts.isEmpty()) {
            throw new TranscriptionException(name + " names no speakers: no line starts with 'Name: '. Write each turn as"
                    + " 'Anna Smith: what she said' (optionally after a time, as in [00:01:02]), or attach the meeting"
                    + " tool's .vtt or .srt file.");
        }
        if (skipped > 0) {
            warnings.add(skipped + (skipped == 1 ? " line" : " lines") + " above the first speaker left out.");
        }
        return new MeetingTranscript(name, "Text", timed(name, drafts, warnings), warnings);
    }

    private static String withoutTime(String line) {
        Matcher m = STAMPED.matcher(line.strip());
        return m.matches() ? m.group(2) : line;
    }

    /** Times for every turn: known times are kept, the turns between them share the time between. */
    private static List<Turn> timed(String name, List<Draft> drafts, List<String> warnings) {
        List<Turn> out = new ArrayList<>();
        long untimed = drafts.stream().filter(d -> d.start() == null).count();
        int i = 0;
        double at = drafts.get(0).start() == null ? 0 : drafts.get(0).start();
        while (i < drafts.size()) {
            int next = i + 1;
            while (next < drafts.size() && drafts.get(next).start() == null) {
                next++;
            }
            double from = drafts.get(i).start() == null ? at : drafts.get(i).start();
            double natural = 0;
            for (int k = i; k < next; k++) {
                natural += length(drafts.get(k));
            }
            double scale = 1;
            if (next < drafts.size()) {
                double until = drafts.get(next).start();
                if (until < from) {
                    throw MeetingTranscriptReader.problem(name, drafts.get(next).line(), "its time comes before the time of line "
                            + drafts.get(i).line() + ". Lines must be in time order.");
                }
                scale = (until - from) / natural;
            }
            for (int k = i; k < next; k++) {
                Draft d = drafts.get(k);
                double span = length(d) * scale;
                out.add(new Turn(d.speaker(), from, from + Math.max(0, span - GAP * scale), d.text().toString(), d.line()));
                from += span;
            }
            at = from;
            i = next;
        }
        if (untimed > 0) {
            warnings.add(untimed == drafts.size() ? "The file gives no times; they are estimated at 150 words a minute."
                    : untimed + " of " + drafts.size() + " turns give no time; theirs are estimated from the times around them.");
        }
        return out;
    }

    private static double length(Draft d) {
        return Math.max(1, Tokens.of(d.text().toString()).size()) / WORDS_PER_SECOND + GAP;
    }

    private static double seconds(String name, int line, String clock) {
        String[] parts = clock.replace(',', '.').split(":");
        double s = Double.parseDouble(parts[parts.length - 1]);
        int minutes = Integer.parseInt(parts[parts.length - 2]);
        if (s >= 60 || parts.length == 3 && minutes > 59) {
            throw MeetingTranscriptReader.problem(name, line, "'" + clock + "' is not a time: minutes and seconds go up to 59.");
        }
        s += minutes * 60;
        if (parts.length == 3) {
            s += Integer.parseInt(parts[0]) * 3600;
        }
        return s;
    }
}
