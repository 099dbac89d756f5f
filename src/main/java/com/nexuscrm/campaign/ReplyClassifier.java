package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ReplyIntent;
import com.nexuscrm.scoring.SoftmaxText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a reply to a campaign message says ({@link ReplyIntent}): the multinomial logistic regression the call
 * findings use ({@link SoftmaxText}, same settings) over {@link ReplyFeatures}, trained on a labelled set written for
 * the purpose. The shipped model is trained from {@value #RESOURCE} (a copy of
 * {@code src/test/resources/replies/replies-train.tsv}) at first use, in well under a second, and then shared; the
 * held-out file is never trained or tuned on.
 */
public final class ReplyClassifier {
    static final String RESOURCE = "/campaign/replies-train.tsv";
    static final long SEED = 42;
    static final SoftmaxText.Settings SETTINGS = new SoftmaxText.Settings(40, 0.1, 1e-4, 1);
    private static final List<ReplyIntent> INTENTS = List.of(ReplyIntent.values());

    /** The most likely intent, its probability, and every intent's probability. */
    public record Prediction(ReplyIntent intent, double probability, Map<ReplyIntent, Double> probabilities) {
    }

    private final SoftmaxText<ReplyIntent> model;
    private final int examples;

    private ReplyClassifier(SoftmaxText<ReplyIntent> model, int examples) {
        this.model = model;
        this.examples = examples;
    }

    /** The model trained on the shipped training set, built at first use and then shared (it is immutable). */
    public static ReplyClassifier shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final ReplyClassifier MODEL = train(LabelledReplies.resource(RESOURCE), SEED);
    }

    /** Trains on {@code data} with a fixed shuffle from {@code seed}: the same data and seed give the same model. */
    public static ReplyClassifier train(List<LabelledReplies.Labelled> data, long seed) {
        List<List<String>> features = data.stream().map(d -> ReplyFeatures.of(d.text())).toList();
        List<ReplyIntent> gold = data.stream().map(LabelledReplies.Labelled::intent).toList();
        return new ReplyClassifier(SoftmaxText.fit(INTENTS, features, gold, SETTINGS, seed), data.size());
    }

    /** The intent of {@code reply} (the whole e-mail body: quoted text and signature are cut off first). */
    public Prediction classify(String reply) {
        double[] p = model.probabilities(ReplyFeatures.of(reply));
        Map<ReplyIntent, Double> all = new EnumMap<>(ReplyIntent.class);
        int best = 0;
        for (int c = 0; c < p.length; c++) {
            all.put(INTENTS.get(c), p[c]);
            best = p[c] > p[best] ? c : best;
        }
        return new Prediction(INTENTS.get(best), p[best], all);
    }

    /** What the sender of {@code reply} wrote: quoted text and signature cut off. */
    public static String written(String reply) {
        return ReplyText.written(reply == null ? "" : reply);
    }

    /** How many labelled replies it was trained on. */
    public int examples() {
        return examples;
    }

    /** How many features carry weights. */
    public int features() {
        return model.weights().size();
    }
}
