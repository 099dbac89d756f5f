package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.ActionItem;
import com.nexuscrm.domain.call.Utterance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Commitments and next steps: a commitment opener ("i'll", "we will", "let's", "let me", "i'm going to", "can we"
 * ...) followed within two words by an action verb (send, schedule, follow, book, call ...). The item runs to its due
 * phrase when one follows within {@value #MAX_WORDS} words ("by friday", "next week", "end of the month", "on the
 * fifteenth": {@link DueDates}, which also gives its date from the day of the call), otherwise to the end of the
 * utterance, at most {@value #MAX_WORDS} words.
 */
final class ActionItemDetector {
    static final int MAX_WORDS = 12;
    private static final List<List<String>> OPENERS = List.of(List.of("i'll"), List.of("i", "will"), List.of("we'll"),
            List.of("we", "will"), List.of("let's"), List.of("lets"), List.of("let", "me"), List.of("i'm", "going", "to"),
            List.of("we're", "going", "to"), List.of("i", "am", "going", "to"), List.of("we", "are", "going", "to"),
            List.of("can", "we"), List.of("i", "can"), List.of("we", "can"), List.of("you'll"), List.of("you", "will"));
    private static final Set<String> ACTIONS = Set.of("send", "follow", "schedule", "set", "book", "call", "email",
            "share", "get", "put", "loop", "introduce", "review", "prepare", "draft", "circle", "check", "talk", "meet",
            "demo", "sign", "reach", "forward", "ping", "confirm", "arrange", "organize", "organise");
    List<ActionItem> find(List<Utterance> utterances, LocalDate callDate) {
        List<ActionItem> out = new ArrayList<>();
        for (Utterance u : utterances) {
            List<String> w = Spans.texts(u.words());
            for (int i = 0; i < w.size(); i++) {
                int opener = openerLength(w, i);
                if (opener > 0 && hasActionAfter(w, i + opener)) {
                    int limit = Math.min(w.size(), i + MAX_WORDS);
                    DueDates.Due due = DueDates.find(w, i + opener, limit, callDate);
                    int end = due == null ? limit : due.end();
                    out.add(due == null ? new ActionItem(Spans.evidence(u.words(), i, end), null)
                            : new ActionItem(Spans.evidence(u.words(), i, end), due.phrase(), due.date()));
                    i = end - 1;
                }
            }
        }
        return out;
    }

    private static int openerLength(List<String> w, int i) {
        return OPENERS.stream().filter(o -> i + o.size() <= w.size() && w.subList(i, i + o.size()).equals(o))
                .mapToInt(List::size).max().orElse(0);
    }

    private static boolean hasActionAfter(List<String> w, int from) {
        for (int j = from; j < Math.min(w.size(), from + 3); j++) {
            if (ACTIONS.contains(w.get(j))) {
                return true;
            }
        }
        return false;
    }

}
