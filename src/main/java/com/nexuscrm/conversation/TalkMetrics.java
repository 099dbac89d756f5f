package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.Interactivity;
import com.nexuscrm.domain.call.Patience;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.SpokenWord;
import com.nexuscrm.domain.call.Utterance;
import java.util.ArrayList;
import java.util.List;

/**
 * Turn-taking figures from the utterances: talk time, monologues, speaker switches and the rep's pause before
 * answering. A monologue is a run of one side's utterances with no utterance of the other side in between.
 */
final class TalkMetrics {
    /** How many words a monologue's evidence quotes before "...". */
    static final int QUOTE_WORDS = 12;
    private final List<Utterance> utterances;

    TalkMetrics(List<Utterance> utterances) {
        this.utterances = utterances;
    }

    double talkSeconds(Speaker side) {
        return utterances.stream().filter(u -> u.speaker() == side).mapToDouble(Utterance::seconds).sum();
    }

    int words(Speaker side) {
        return utterances.stream().filter(u -> u.speaker() == side).mapToInt(u -> u.words().size()).sum();
    }

    /** The side's longest monologue, or {@code null} when it said nothing. */
    Evidence longestMonologue(Speaker side) {
        Evidence best = null;
        List<SpokenWord> run = new ArrayList<>();
        for (Utterance u : utterances) {
            if (u.speaker() != side) {
                best = longer(best, run);
                run.clear();
            } else {
                run.addAll(u.words());
            }
        }
        return longer(best, run);
    }

    private static Evidence longer(Evidence best, List<SpokenWord> run) {
        if (run.isEmpty()) {
            return best;
        }
        SpokenWord first = run.get(0);
        SpokenWord last = run.get(run.size() - 1);
        if (best != null && best.end() - best.start() >= last.end() - first.start()) {
            return best;
        }
        String quote = String.join(" ", Spans.texts(run.subList(0, Math.min(QUOTE_WORDS, run.size()))));
        return new Evidence(first.speaker(), first.start(), last.end(), run.size() > QUOTE_WORDS ? quote + " ..." : quote);
    }

    Interactivity interactivity(double durationSeconds) {
        int switches = 0;
        for (int i = 1; i < utterances.size(); i++) {
            switches += utterances.get(i).speaker() != utterances.get(i - 1).speaker() ? 1 : 0;
        }
        return new Interactivity(switches, durationSeconds > 0 ? switches / (durationSeconds / 60) : 0);
    }

    /** The rep's pauses after the customer stops, or {@code null} when the rep never answered the customer. */
    Patience patience() {
        double total = 0;
        int responses = 0;
        Evidence quickest = null;
        for (int i = 1; i < utterances.size(); i++) {
            Utterance before = utterances.get(i - 1);
            Utterance rep = utterances.get(i);
            if (before.speaker() == Speaker.CUSTOMER && rep.speaker() == Speaker.REP) {
                double pause = Math.max(0, rep.start() - before.end());
                total += pause;
                responses++;
                if (quickest == null || pause < quickest.end() - quickest.start()) {
                    String quote = String.join(" ", Spans.texts(rep.words().subList(0, Math.min(QUOTE_WORDS, rep.words().size()))));
                    quickest = new Evidence(Speaker.REP, before.end(), before.end() + pause, quote);
                }
            }
        }
        return responses == 0 ? null : new Patience(total / responses, responses, quickest);
    }
}
