package com.nexuscrm.campaign;

import com.nexuscrm.scoring.TextStems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features of one e-mail reply for {@link ReplyClassifier}, on the part its sender wrote ({@link ReplyText}):
 * words, rough stems, adjacent stem pairs, words under a negation, the first words, the length, and marks an e-mail
 * carries whatever its words: an address in the text (a referral names one), a question mark, a person's name in
 * the middle of a sentence, a date; and cue groups, families of words that say the same thing ("vacation", "leave",
 * "holiday" are all away), so that a phrasing never seen in training still lights the cue.
 */
final class ReplyFeatures {
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "without", "cannot", "nor");
    private static final int NEGATION_SCOPE = 3;
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][a-z]+\\b");
    private static final Set<String> NOT_NAMES = Set.of("I", "I'm", "I'll", "I've", "I'd", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Q1", "Q2", "Q3", "Q4", "Zoom", "Outlook", "Google",
            "Linux", "Spanish", "French", "English", "Salesforce", "Pipedrive", "Zoho", "Teams", "Thanks", "Thank");
    /** Cue name to its stems (a member of four letters or more also covers the stems it starts). */
    private static final Map<String, Set<String>> CUES = Map.ofEntries(
            Map.entry("away", Set.of("away", "vacation", "holiday", "leave", "ooo", "office", "travell", "travel", "offsite",
                    "return", "back", "unavailable", "annual", "maternity", "paternity", "sick", "medical", "limited",
                    "access", "auto", "automatic", "desk", "country", "trip", "closed")),
            Map.entry("date", Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                    "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "<number>", "week", "end")),
            Map.entry("later", Set.of("later", "month", "quarter", "year", "next", "until", "after", "revisit", "reconnect",
                    "again", "wait", "busy", "priorit", "fiscal", "budget", "spring", "summer", "fall", "autumn", "winter",
                    "q1", "q2", "q3", "q4", "now", "yet", "time", "timing", "hold", "park", "freez", "premature", "soon",
                    "delay", "push", "capacity", "postpon", "new")),
            Map.entry("stop", Set.of("unsubscrib", "unsub", "remov", "opt", "stop", "list", "mailing", "spam", "delet",
                    "erase", "off", "subscription", "newsletter", "discontinu", "consent", "anymore", "further", "database",
                    "distribution", "sequence", "sending", "communication")),
            Map.entry("refer", Set.of("contact", "reach", "speak", "talk", "colleague", "manager", "head", "director", "vp",
                    "cfo", "ceo", "cto", "cio", "coo", "boss", "team", "department", "person", "forward", "cc", "cc'd", "copi",
                    "loop", "pass", "successor", "replacement", "handl", "responsibl", "decision", "decid", "right", "wrong",
                    "owner", "own", "lead", "email", "<email>", "introduc", "redirect", "instead", "sent", "her", "him", "she", "he")),
            Map.entry("decline", Set.of("interest", "thank", "need", "fit", "already", "happy", "satisfied", "set", "pass",
                    "decline", "no", "nope", "good", "fine", "stick", "chosen", "current", "relevant", "match", "won't")),
            Map.entry("meet", Set.of("call", "meet", "meeting", "demo", "chat", "schedul", "book", "invite", "calendar", "slot",
                    "free", "available", "talk", "discuss", "walkthrough", "zoom", "yes", "sure", "absolutely", "keen", "love",
                    "glad", "happy", "interested", "explore", "learn", "show")),
            Map.entry("ask", Set.of("what", "how", "which", "where", "who", "why", "when", "does", "do", "is", "are", "can",
                    "could", "price", "pricing", "cost", "support", "integrat", "api", "plan", "tier", "seat", "contract",
                    "data", "secure", "security", "gdpr", "sso", "export", "trial", "free", "user")));

    private ReplyFeatures() {
    }

    /** The features of a reply as written (its quoted part may still be in it; it is cut off first). */
    static List<String> of(String reply) {
        String text = ReplyText.written(reply);
        List<String> words = ReplyText.words(text);
        Set<String> out = new LinkedHashSet<>();
        out.add("bias");
        List<String> stems = new ArrayList<>();
        int negatedUntil = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String stem = TextStems.stem(word);
            stems.add(stem);
            out.add("w:" + word);
            out.add("s:" + stem);
            if (i <= negatedUntil) {
                out.add("n:" + stem);
            }
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                negatedUntil = i + NEGATION_SCOPE;
                out.add("c:negation");
            }
            if (i > 0) {
                out.add("b:" + stems.get(i - 1) + "_" + stem);
            }
        }
        addCues(stems, out);
        addMarks(text, words, out);
        return List.copyOf(out);
    }

    private static void addCues(List<String> stems, Set<String> out) {
        for (String stem : stems) {
            CUES.forEach((cue, members) -> {
                if (TextStems.matchesCue(members, stem)) {
                    out.add("c:" + cue);
                }
            });
        }
    }

    /** Marks of the text as a whole: an address, a question, a name, where it starts and how long it is. */
    private static void addMarks(String text, List<String> words, Set<String> out) {
        if (ReplyText.ADDRESS.matcher(text).find()) {
            out.add("m:address");
        }
        if (text.contains("?")) {
            out.add("m:question");
            out.add(text.strip().endsWith("?") ? "m:ends-question" : "m:question-inside");
        }
        if (text.contains("!")) {
            out.add("m:exclaim");
        }
        if (namesSomeone(text)) {
            out.add("m:name");
        }
        if (!words.isEmpty()) {
            out.add("first:" + TextStems.stem(words.get(0)));
            if (words.size() > 1) {
                out.add("first2:" + TextStems.stem(words.get(0)) + "_" + TextStems.stem(words.get(1)));
            }
        }
        int n = words.size();
        out.add("len:" + (n <= 2 ? "1-2" : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+"));
    }

    /** Whether a capitalised word that is no sentence's first word, no day, month or product appears ("Maria"). */
    private static boolean namesSomeone(String text) {
        return CAPITALISED.matcher(text).results().anyMatch(m -> {
            String before = text.substring(0, m.start()).stripTrailing();
            return !before.isEmpty() && ".!?:\n".indexOf(before.charAt(before.length() - 1)) < 0
                    && !NOT_NAMES.contains(m.group());
        });
    }
}
