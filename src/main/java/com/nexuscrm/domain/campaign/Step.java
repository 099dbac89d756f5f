package com.nexuscrm.domain.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of a campaign: sent {@code dayOffset} days after enrolment on {@code channel}, if {@code condition} holds;
 * one of {@code variants} is chosen per enrolment (A/B/n). A step may offer an {@code alternative} channel ("email or
 * SMS, best of"): the runner then sends on whichever of the two the person can receive and, when optimisation is on,
 * learns which one gets more replies; null for a step on one channel (plans stored before had none).
 */
public record Step(int dayOffset, Channel channel, StepCondition condition, List<Template> variants, Channel alternative) {
    public Step {
        condition = condition == null ? StepCondition.ALWAYS : condition;
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** A step on one channel. */
    public Step(int dayOffset, Channel channel, StepCondition condition, List<Template> variants) {
        this(dayOffset, channel, condition, variants, null);
    }

    public static Step of(int dayOffset, Channel channel, Template... variants) {
        return new Step(dayOffset, channel, StepCondition.ALWAYS, List.of(variants));
    }

    public Step when(StepCondition condition) {
        return new Step(dayOffset, channel, condition, variants, alternative);
    }

    /** This step offering {@code other} as well (null: one channel only). */
    public Step or(Channel other) {
        return new Step(dayOffset, channel, condition, variants, other);
    }

    /** The channels the step may go out on: its channel, then the alternative if it has one. */
    public List<Channel> channels() {
        return alternative == null || channel == null ? java.util.Collections.singletonList(channel) : List.of(channel, alternative);
    }

    /** The variant with this label. */
    public Template variant(String label) {
        return variants.stream().filter(v -> v.variant().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No variant " + label + " in this step."));
    }

    /** Problems of this step as "Step N[, variant X]: problem", N counted from 1. */
    public List<String> problems(int index) {
        String name = "Step " + (index + 1);
        List<String> problems = new ArrayList<>();
        if (dayOffset < 0) {
            problems.add(name + ": the day offset cannot be negative");
        }
        if (channel == null) {
            problems.add(name + ": choose a channel");
            return problems;
        }
        if (alternative == channel) {
            problems.add(name + ": the second channel must differ from the first (or choose none)");
        }
        if (condition.problem() != null) {
            problems.add(name + ": " + condition.problem());
        }
        if (variants.isEmpty()) {
            problems.add(name + ": needs at least one message");
        }
        List<String> labels = new ArrayList<>();
        for (Template t : variants) {
            String where = variants.size() > 1 || t.variant() != null ? name + ", variant " + t.variant() : name;
            channels().stream().flatMap(c -> t.problems(c).stream()).distinct().forEach(p -> problems.add(where + ": " + p));
            if (labels.contains(t.variant())) {
                problems.add(where + ": the label is used twice in this step");
            }
            labels.add(t.variant());
        }
        return problems;
    }
}
