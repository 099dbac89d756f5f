package com.nexuscrm.sample;

import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.sample.ScriptedCall.Turn;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one call from {@link CallLines} in a rep's {@link CallStyle}: greeting, agenda, discovery, pitch,
 * objections with their handling, buying signals, a next step (or not) and goodbye. How the deal ends shifts the
 * mix: lost deals hear more objections, won deals more buying signals and next steps.
 */
final class CallScript {
    /** How the call's deal ends, as far as the sample knows. */
    enum Fate { WON, LOST, OPEN }

    private final CallStyle style;
    private final Fate fate;
    private final Draws draws;
    private final List<Turn> turns = new ArrayList<>();
    private final List<String> objections = new ArrayList<>();
    private final List<String> competitors = new ArrayList<>();
    private final List<String> signals = new ArrayList<>();
    private int discovery;
    /** Per pool of lines, those not said yet in this call. */
    private final Map<List<String>, List<String>> unsaid = new IdentityHashMap<>();

    private CallScript(CallStyle style, Fate fate, Draws draws) {
        this.style = style;
        this.fate = fate;
        this.draws = draws;
    }

    static ScriptedCall write(CallStyle style, Fate fate, Draws draws) {
        return new CallScript(style, fate, draws).write();
    }

    private ScriptedCall write() {
        rep(draws.pick(CallLines.GREETINGS), draws.pick(CallLines.PLEASANTRIES));
        customer(draws.pick(CallLines.GREETING_REPLIES));
        rep(draws.pick(CallLines.AGENDAS));
        discover();
        rep(distinct(CallLines.PITCH, style.pitchSentences()).toArray(String[]::new));
        raiseObjections();
        showSignals();
        boolean nextStep = draws.chance(style.nextStepChance() * switch (fate) {
            case WON -> 1.25;
            case LOST -> 0.6;
            case OPEN -> 1.0;
        });
        if (nextStep) {
            rep(draws.pick(CallLines.NEXT_STEPS));
            customer("sounds good");
        }
        rep(draws.pick(CallLines.CLOSINGS));
        customer(draws.pick(CallLines.GOODBYES));
        return new ScriptedCall(List.copyOf(turns), objections, competitors, signals, nextStep, discovery);
    }

    private void discover() {
        discovery = Math.min(CallLines.DISCOVERY.size(), draws.poisson(style.discoveryQuestions()));
        List<String> asked = new ArrayList<>(distinct(CallLines.DISCOVERY, discovery));
        int closed = Math.min(CallLines.CLOSED_QUESTIONS.size(), draws.poisson(Math.max(0.3, 4 - discovery / 2.0)));
        for (String question : distinct(CallLines.CLOSED_QUESTIONS, closed)) {
            asked.add(draws.between(0, asked.size()), question);
        }
        for (String question : asked) {
            rep(question);
            int sentences = 1 + draws.poisson(style.answerSentences() - 1);
            customer(distinct(CallLines.ANSWERS, sentences).toArray(String[]::new));
        }
    }

    private void raiseObjections() {
        double mean = switch (fate) {
            case WON -> 0.5;
            case LOST -> 1.4;
            case OPEN -> 0.8;
        };
        List<String> kinds = new ArrayList<>(CallLines.OBJECTIONS.keySet().stream().sorted().toList());
        for (String kind : distinct(kinds, Math.min(3, draws.poisson(mean)))) {
            String line = draws.pick(CallLines.OBJECTIONS.get(kind));
            if (kind.equals("competitor")) {
                line = String.format(line, competitor());
            }
            objections.add(kind);
            customer(line);
            boolean handled = draws.chance(style.handlesObjections());
            if (handled) {
                rep(next(CallLines.GOOD_HANDLING), next(CallLines.GOOD_FOLLOW_UP));
            } else {
                rep(next(CallLines.POOR_HANDLING));
            }
            customer(next(handled ? CallLines.WARM_REPLIES : CallLines.COLD_REPLIES));
            rep(next(CallLines.PITCH));
            customer(next(handled ? CallLines.WARM_REPLIES : CallLines.COLD_REPLIES));
        }
    }

    private String competitor() {
        List<String> spoken = CallLines.COMPETITORS.keySet().stream().sorted().toList();
        String name = draws.pick(spoken);
        competitors.add(CallLines.COMPETITORS.get(name));
        return name;
    }

    private void showSignals() {
        int count = switch (fate) {
            case WON -> 1 + draws.poisson(0.8);
            case LOST -> draws.poisson(0.15);
            case OPEN -> draws.poisson(0.6);
        };
        List<String> labels = CallLines.SIGNALS.keySet().stream().sorted().toList();
        for (String label : distinct(labels, Math.min(3, count))) {
            signals.add(label);
            customer(CallLines.SIGNALS.get(label));
            rep(next(CallLines.PITCH));
        }
    }

    /** The next line of {@code pool}: no line comes twice in a call until the pool is used up. */
    private String next(List<String> pool) {
        return distinct(pool, 1).get(0);
    }

    /** {@code count} lines of {@code pool} in a random order, without repeats in the call until the pool is used up. */
    private List<String> distinct(List<String> pool, int count) {
        List<String> out = new ArrayList<>(count);
        List<String> left = unsaid.computeIfAbsent(pool, p -> new ArrayList<>());
        while (out.size() < count) {
            if (left.isEmpty()) {
                left.addAll(pool);
            }
            out.add(left.remove(draws.between(0, left.size() - 1)));
        }
        return out;
    }

    /** A rep turn; a sentence may start with a filler, said as its own short phrase. */
    private void rep(String... sentences) {
        List<String> said = new ArrayList<>();
        for (String sentence : sentences) {
            if (draws.chance(style.fillerChance())) {
                said.add(draws.pick(CallLines.FILLERS));
            }
            said.add(sentence);
        }
        turns.add(new Turn(Speaker.REP, said));
    }

    private void customer(String... sentences) {
        turns.add(new Turn(Speaker.CUSTOMER, List.of(sentences)));
    }
}
