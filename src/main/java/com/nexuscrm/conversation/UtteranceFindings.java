package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.ActionItem;
import com.nexuscrm.domain.call.Evidence;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Utterance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Objections, buying signals and next steps: the phrase patterns ({@code objections.txt}, {@code buying-signals.txt},
 * {@link ActionItemDetector}) together with {@link UtteranceClassifier}, which finds the same things said in other
 * words. Each sentence of an utterance (split at pauses) is classified whole, or in overlapping windows of
 * {@value #WINDOW} words when it is longer than {@value #WHOLE} words. The classifier adds a finding when the
 * probability that the words are something other than "none" is at least the model's threshold (chosen by
 * cross-validation on the training file), taking the most likely such category, and no pattern found the same thing
 * there (so an utterance torn between two kinds of objection is still an objection); a pattern hit is kept
 * unless the classifier is sure ({@value #VETO}) that every window around it says none of these things ("the price
 * is fine"), and an objection hit takes the classifier's kind when it hears another kind there.
 */
final class UtteranceFindings {
    static final int WHOLE = 24;
    static final int WINDOW = 14;
    static final double VETO = 0.8;
    /** The label of a buying signal the patterns do not name. */
    static final String BUYING_SIGNAL = "buying signal";

    private record Window(int from, int to, UtteranceClassifier.Prediction prediction) {
    }

    private final UtteranceClassifier model;
    private final PhraseMatcher objectionPatterns;
    private final PhraseMatcher signalPatterns;
    private final ActionItemDetector actionItems = new ActionItemDetector();

    /** With {@code model} null, the patterns alone (the baseline of {@code nexus eval calls}). */
    UtteranceFindings(UtteranceClassifier model, PhraseMatcher objectionPatterns, PhraseMatcher signalPatterns) {
        this.model = model;
        this.objectionPatterns = objectionPatterns;
        this.signalPatterns = signalPatterns;
    }

    /** Objections in {@code utterances}, labelled with their {@link CallCategory#key()}, in time order. */
    List<Finding> objections(List<Utterance> utterances) {
        return combine(utterances, objectionPatterns, c -> c.objection() ? c.key() : null);
    }

    /** Buying signals: the patterns' labels, or {@value #BUYING_SIGNAL} for one said otherwise. */
    List<Finding> buyingSignals(List<Utterance> utterances) {
        return combine(utterances, signalPatterns, c -> c == CallCategory.BUYING_SIGNAL ? BUYING_SIGNAL : null);
    }

    /** Next steps, with due dates counted from {@code callDate} (which may be {@code null}). */
    List<ActionItem> nextSteps(List<Utterance> utterances, LocalDate callDate) {
        List<ActionItem> out = new ArrayList<>();
        for (Utterance u : utterances) {
            List<Window> windows = windows(u);
            List<ActionItem> taken = new ArrayList<>(actionItems.find(List.of(u), callDate).stream()
                    .filter(item -> !vetoed(u, windows, item.evidence())).toList());
            for (Window w : windows) {
                if (picked(w) == CallCategory.NEXT_STEP && taken.stream().noneMatch(i -> overlaps(u, w, i.evidence()))) {
                    DueDates.Due due = DueDates.find(Spans.texts(u.words()), w.from(), w.to(), callDate);
                    Evidence evidence = Spans.evidence(u.words(), w.from(), w.to());
                    taken.add(due == null ? new ActionItem(evidence, null) : new ActionItem(evidence, due.phrase(), due.date()));
                }
            }
            out.addAll(taken);
        }
        out.sort(Comparator.comparingDouble(i -> i.evidence().start()));
        return out;
    }

    private List<Finding> combine(List<Utterance> utterances, PhraseMatcher patterns,
                                  Function<CallCategory, String> label) {
        List<Finding> out = new ArrayList<>();
        for (Utterance u : utterances) {
            List<Window> windows = windows(u);
            List<Finding> matched = patterns.find(List.of(u)).stream().filter(f -> !vetoed(u, windows, f.evidence())).toList();
            List<Finding> hits = matched.stream().map(f -> relabelled(u, windows, f, matched, label)).toList();
            out.addAll(hits);
            Map<String, List<Finding>> byLabel = hits.stream().collect(Collectors.groupingBy(Finding::label));
            Finding last = null;
            for (Window w : windows) {
                CallCategory category = picked(w);
                String name = category == null ? null : label.apply(category);
                if (name == null || byLabel.getOrDefault(name, List.of()).stream().anyMatch(f -> overlaps(u, w, f.evidence()))
                        || (name.equals(BUYING_SIGNAL) && hits.stream().anyMatch(f -> overlaps(u, w, f.evidence())))) {
                    continue;
                }
                if (last != null && last.label().equals(name) && last.evidence().end() >= u.words().get(w.from()).start()) {
                    out.set(out.size() - 1, new Finding(name, Spans.evidence(u.words(), indexOf(u, last.evidence().start()), w.to())));
                } else {
                    out.add(new Finding(name, Spans.evidence(u.words(), w.from(), w.to())));
                }
                last = out.get(out.size() - 1);
            }
        }
        out.sort(Comparator.comparingDouble(f -> f.evidence().start()));
        return out;
    }

    /**
     * A pattern hit of one objection kind where the classifier hears another ("our budget was cut" matched as timing)
     * takes the classifier's kind, unless another pattern hit of the utterance already has that kind (two objections
     * in one sentence).
     */
    private Finding relabelled(Utterance u, List<Window> windows, Finding hit, List<Finding> matched,
                                      Function<CallCategory, String> label) {
        CallCategory patternKind = CallCategory.of(hit.label());
        if (patternKind == null || !patternKind.objection()) {
            return hit;
        }
        return windows.stream().filter(w -> overlaps(u, w, hit.evidence())).map(this::picked)
                .filter(c -> c != null && c.objection() && c != patternKind && label.apply(c) != null
                        && matched.stream().noneMatch(f -> f.label().equals(c.key())))
                .findFirst().map(c -> new Finding(c.key(), hit.evidence())).orElse(hit);
    }

    private CallCategory picked(Window w) {
        UtteranceClassifier.Prediction p = w.prediction();
        return 1 - p.noneProbability() >= model.threshold() ? p.finding() : null;
    }

    /**
     * The parts of {@code u} the classifier reads: each sentence (words after a pause of
     * {@value QuestionDetector#SENTENCE_PAUSE} s or more start a new one) whole, or in overlapping windows when longer
     * than {@value #WHOLE} words, so that a turn running several statements together is judged statement by statement.
     */
    private List<Window> windows(Utterance u) {
        if (model == null) {
            return List.of();
        }
        List<String> words = Spans.texts(u.words());
        List<Window> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || u.words().get(i).start() - u.words().get(i - 1).end() >= QuestionDetector.SENTENCE_PAUSE) {
                sentence(words, start, i, out);
                start = i;
            }
        }
        return out;
    }

    private void sentence(List<String> words, int start, int end, List<Window> out) {
        if (end - start <= WHOLE) {
            out.add(new Window(start, end, model.classify(words.subList(start, end))));
            return;
        }
        for (int from = start; from < end; from += WINDOW / 2) {
            int to = Math.min(end, from + WINDOW);
            out.add(new Window(from, to, model.classify(words.subList(from, to))));
            if (to == end) {
                break;
            }
        }
    }

    /** A pattern hit that every window around it classifies as surely none of these things. */
    private static boolean vetoed(Utterance u, List<Window> windows, Evidence hit) {
        return !windows.isEmpty() && windows.stream().filter(w -> overlaps(u, w, hit))
                .allMatch(w -> w.prediction().noneProbability() >= VETO);
    }

    private static boolean overlaps(Utterance u, Window w, Evidence e) {
        return e.start() <= u.words().get(w.to() - 1).end() && e.end() >= u.words().get(w.from()).start();
    }

    private static int indexOf(Utterance u, double start) {
        for (int i = 0; i < u.words().size(); i++) {
            if (u.words().get(i).start() >= start) {
                return i;
            }
        }
        return 0;
    }
}
