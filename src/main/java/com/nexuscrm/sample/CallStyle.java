package com.nexuscrm.sample;

/**
 * How one rep runs a call, drawn once per rep from their hidden skill (the same skill that raises their deals'
 * win odds), so that call habits and outcomes go together the way the research says: skilled reps ask more
 * discovery questions, talk less, pause before answering, handle objections and close on a next step.
 *
 * @param discoveryQuestions mean discovery questions per call
 * @param pitchSentences     sentences in the rep's product pitch, said in one go (the longest monologue)
 * @param answerSentences    mean sentences a customer says per answer (skilled reps get customers talking)
 * @param fillerChance       chance that a rep sentence starts with a filler word
 * @param patienceSeconds    mean pause before the rep answers the customer
 * @param handlesObjections  chance that an objection is answered well (the customer warms up after it)
 * @param nextStepChance     chance that the call ends on a concrete next step
 */
record CallStyle(double discoveryQuestions, int pitchSentences, double answerSentences, double fillerChance,
                 double patienceSeconds, double handlesObjections, double nextStepChance) {

    /** A style for a rep with hidden {@code skill} (about N(0, 0.3)) and a personal {@code quirk} (about N(0, 1)). */
    static CallStyle of(double skill, double quirk) {
        double z = skill / 0.3 + 0.5 * quirk;
        return new CallStyle(clamp(7 + 2.5 * z, 2, 13), (int) Math.round(clamp(9 - 3.5 * z, 3, 20)),
                clamp(1.6 + 0.5 * z, 1, 3), clamp(0.14 - 0.07 * z, 0.02, 0.4), clamp(0.75 + 0.25 * z, 0.3, 1.4),
                1 / (1 + Math.exp(-(0.6 + 1.3 * z))), clamp(0.6 + 0.2 * z, 0.2, 0.95));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
