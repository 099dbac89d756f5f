package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Question;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Questions from word patterns, since the recogniser gives no "?". A question starts with a question word ("what",
 * "how", "why" ...), an auxiliary before a pronoun ("do you", "is there", "can we" ...) or an open request
 * ("tell me about", "walk me through"), at the start of an utterance or after a discourse word ("so", "and",
 * "okay" ...) or a pause of {@value #SENTENCE_PAUSE} s; a question word before an auxiliary ("how much does") or an
 * auxiliary before "you"/"there" ("can you send") starts one anywhere, and a tag at the end ("... right", "... isn't
 * it", "does that make sense") makes the words before it one. It runs to the next question start or the end of the
 * utterance, at most {@value #MAX_WORDS} words.
 * A rep's question is a discovery question when it is open (question word or request) and about the customer's
 * situation: it names "you", "your", the team, the process, goals, challenges... and is not a pleasantry.
 */
final class QuestionDetector {
    static final int MAX_WORDS = 15;
    /** Seconds of silence between two words of one utterance that may separate sentences (turns, in mono). */
    static final double SENTENCE_PAUSE = 0.25;
    private static final Set<String> WH = Set.of("what", "what's", "how", "how's", "why", "when", "where", "who",
            "which", "whats", "hows");
    private static final Set<String> OPEN = Set.of("what", "what's", "whats", "how", "how's", "hows", "why");
    private static final Set<String> AUX = Set.of("do", "does", "did", "are", "is", "was", "were", "can", "could",
            "would", "will", "should", "have", "has", "shall", "may", "any");
    private static final Set<String> SUBJECTS = Set.of("you", "we", "they", "it", "i", "he", "she", "there", "that",
            "this", "your", "the", "anyone", "anybody", "someone", "everyone", "other");
    private static final Set<String> DISCOURSE = Set.of("so", "and", "okay", "ok", "great", "right", "well", "now",
            "also", "then", "alright", "yeah", "yes", "sure", "perfect", "cool", "thanks", "but", "oh", "um", "uh");
    private static final List<List<String>> REQUESTS = List.of(List.of("tell", "me"), List.of("walk", "me", "through"),
            List.of("help", "me", "understand"), List.of("can", "you", "tell", "me"), List.of("could", "you", "tell", "me"),
            List.of("can", "you", "walk", "me"), List.of("could", "you", "walk", "me"), List.of("describe"),
            List.of("can", "you", "describe"), List.of("could", "you", "describe"), List.of("can", "you", "explain"));
    private static final Set<String> SITUATION = Set.of("you", "your", "you're", "yours", "team", "teams", "company",
            "process", "processes", "currently", "today", "goal", "goals", "challenge", "challenges", "problem",
            "problems", "pain", "workflow", "business", "priority", "priorities", "success", "decision", "biggest",
            "approach", "handle", "manage", "situation", "plans");
    private static final List<String> PLEASANTRIES = List.of("how are you", "how's it going", "how is it going",
            "how are things", "how have you been", "how was your", "how's your day", "how is your day");

    /** Words after a question word that make it a question wherever it is said: "how much", "what do", "when can". */
    private static final Set<String> WH_FOLLOWERS = Set.of("do", "does", "did", "are", "is", "was", "were", "can",
            "could", "would", "will", "should", "have", "has", "many", "much", "long", "soon", "often", "else", "kind",
            "sort", "happens", "happened", "exactly", "about");
    /** Words before a question word that make it part of a statement: "i know how much", "that's what we do". */
    private static final Set<String> EMBEDDING = Set.of("know", "see", "understand", "wonder", "sure", "matter",
            "that's", "that", "is", "exactly", "care", "decide", "figure", "explain", "show", "what", "if", "whether",
            "i", "we", "they", "he", "she", "how", "and", "tell", "ask", "asked", "remember", "learn", "about");
    /** Utterance endings that turn a statement into a question: "you have ten reps right". */
    private static final List<List<String>> TAGS = List.of(List.of("right"), List.of("correct"), List.of("isn't", "it"),
            List.of("is", "that", "right"), List.of("don't", "you"), List.of("aren't", "you"), List.of("doesn't", "it"),
            List.of("wasn't", "it"), List.of("didn't", "you"), List.of("won't", "you"), List.of("can't", "you"),
            List.of("isn't", "that", "right"), List.of("does", "that", "make", "sense"), List.of("make", "sense"));
    private static final Set<String> AGREEING = Set.of("all", "that's", "you're", "exactly", "yeah", "yes", "okay",
            "alright", "it's", "thats");

    List<Question> find(List<Utterance> utterances) {
        List<Question> out = new ArrayList<>();
        for (Utterance u : utterances) {
            List<String> w = Spans.texts(u.words());
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < w.size(); i++) {
                if ((boundary(u, i) && startsQuestion(w, i) || startsAnywhere(w, i))
                        && (starts.isEmpty() || i > starts.get(starts.size() - 1) + 1)) {
                    starts.add(i);
                }
            }
            int tag = tagStart(w, starts);
            if (tag >= 0) {
                starts.add(tag);
            }
            for (int k = 0; k < starts.size(); k++) {
                int from = starts.get(k);
                int to = Math.min(k + 1 < starts.size() ? starts.get(k + 1) : w.size(), from + MAX_WORDS);
                boolean discovery = u.speaker() == Speaker.REP && isDiscovery(w.subList(from, to));
                out.add(new Question(Spans.evidence(u.words(), from, to), discovery));
            }
        }
        return out;
    }

    /** A sentence may start here: the utterance's start, after a discourse word or after a pause. */
    private static boolean boundary(Utterance u, int i) {
        return i == 0 || DISCOURSE.contains(u.words().get(i - 1).text())
                || u.words().get(i).start() - u.words().get(i - 1).end() >= SENTENCE_PAUSE;
    }

    /**
     * A question that needs no pause before it: a question word followed by an auxiliary or a quantity ("how much
     * does", "what do you"), or an auxiliary inverted before "you"/"there" ("can you send", "is there a limit"), unless
     * the words before make it part of a statement ("i know how much it is", "if you can").
     */
    private static boolean startsAnywhere(List<String> w, int i) {
        if (i + 1 >= w.size() || i > 0 && EMBEDDING.contains(w.get(i - 1))) {
            return false;
        }
        String word = w.get(i);
        String next = w.get(i + 1);
        return WH.contains(word) && WH_FOLLOWERS.contains(next)
                || AUX.contains(word) && !word.equals("any") && (next.equals("you") || next.equals("there"));
    }

    /**
     * Where a tag question starts ("you have about fifty reps right", "that works for you doesn't it"): after the last
     * question found in the utterance, at most {@value #MAX_WORDS} words back; -1 when the utterance ends otherwise, the
     * last question already runs to the end, or the tag only agrees ("that's right", "all right").
     */
    private static int tagStart(List<String> w, List<Integer> starts) {
        for (List<String> tag : TAGS) {
            int at = w.size() - tag.size();
            if (at >= 3 && w.subList(at, w.size()).equals(tag) && !AGREEING.contains(w.get(at - 1))) {
                int last = starts.isEmpty() ? -1 : starts.get(starts.size() - 1);
                if (last >= 0 && last + MAX_WORDS >= w.size()) {
                    return -1;
                }
                return Math.max(Math.max(0, w.size() - MAX_WORDS), last < 0 ? 0 : last + MAX_WORDS);
            }
        }
        return -1;
    }

    private static boolean startsQuestion(List<String> w, int i) {
        String word = w.get(i);
        if (WH.contains(word) || requestAt(w, i)) {
            return true;
        }
        return AUX.contains(word) && i + 1 < w.size() && SUBJECTS.contains(w.get(i + 1));
    }

    private static boolean requestAt(List<String> w, int i) {
        return REQUESTS.stream().anyMatch(r -> i + r.size() <= w.size() && w.subList(i, i + r.size()).equals(r));
    }

    static boolean isDiscovery(List<String> question) {
        String text = String.join(" ", question);
        boolean open = OPEN.contains(question.get(0)) || requestAt(question, 0);
        return open && question.stream().anyMatch(SITUATION::contains) && PLEASANTRIES.stream().noneMatch(p -> isPleasantry(text, p));
    }

    /** "how are you" (and "how are you doing today") is small talk; "how are you handling renewals" is not. */
    private static boolean isPleasantry(String question, String pleasantry) {
        if (!question.startsWith(pleasantry)) {
            return false;
        }
        List<String> rest = List.of(question.substring(pleasantry.length()).trim().split("\\s+"));
        return rest.get(0).isEmpty() || rest.size() <= 2 && List.of("doing", "today", "going", "been").contains(rest.get(0));
    }
}
