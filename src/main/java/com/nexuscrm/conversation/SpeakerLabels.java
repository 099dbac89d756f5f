package com.nexuscrm.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "Name: text" speaker labels, as Zoom writes them into cues and people write them in notes, without taking
 * "Note: the price" for a speaker: a label is at most five words with no sentence punctuation, and it either looks
 * like a name (capitalised words, "Speaker 2", "Anna (Guest)") or labels at least two lines of the file.
 */
final class SpeakerLabels {
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:-\\s*)?([^:\\s][^:]{0,59}?)\\s*:(?:\\s+(.*)|\\s*)$");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "der", "van", "von", "la", "le",
            "bin", "al", "dos", "das", "y", "ten", "ter");
    /** Labels of a transcript's heading, not of a speaker ("Attendees: Dana, Marcus"). */
    private static final Set<String> HEADINGS = Set.of("attendees", "participants", "date", "time", "subject", "title",
            "meeting", "agenda", "location", "duration", "notes", "summary", "transcript", "action items", "host",
            "recording", "topic", "organizer", "organiser", "to", "from", "cc", "re", "note", "kind", "language");

    /** A line split into its speaker label and what they said. */
    record Labelled(String speaker, String text) { }

    private final Map<String, Integer> counts = new HashMap<>();

    /** Labels are judged against every line of the file: one that recurs is a speaker even if it is lowercase. */
    SpeakerLabels(List<String> lines) {
        for (String line : lines) {
            String label = candidate(line);
            if (label != null) {
                counts.merge(label, 1, Integer::sum);
            }
        }
    }

    /** The speaker and text of {@code line}, or null when it does not start with a speaker label. */
    Labelled split(String line) {
        Matcher m = LABEL.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String label = clean(m.group(1));
        if (label == null || HEADINGS.contains(label.toLowerCase(java.util.Locale.ROOT)) || !(looksLikeName(label) || counts.getOrDefault(label, 0) >= 2)) {
            return null;
        }
        return new Labelled(label, m.group(2) == null ? "" : m.group(2).strip());
    }

    private static String candidate(String line) {
        Matcher m = LABEL.matcher(line);
        return m.matches() ? clean(m.group(1)) : null;
    }

    private static String clean(String label) {
        String s = label.strip().replaceAll("\\s+", " ");
        if (s.isEmpty() || s.split(" ").length > 5 || s.matches(".*[?!;,\"“”<>\\[\\]{}=/\\\\].*") || s.matches("[0-9 .]+")
                || s.startsWith("http")) {
            return null;
        }
        return s;
    }

    /** "Anna Smith", "Jean de la Fontaine", "Speaker 2", "Bob (Guest)", "Ana O'Neil". */
    static boolean looksLikeName(String label) {
        String[] words = label.split(" ");
        if (!Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        for (String w : words) {
            String bare = w.replaceAll("^[(']+|[)'.]+$", "");
            if (bare.isEmpty()) {
                return false;
            }
            int first = bare.codePointAt(0);
            if (!(Character.isUpperCase(first) || Character.isDigit(first) || PARTICLES.contains(bare))) {
                return false;
            }
        }
        return true;
    }
}
