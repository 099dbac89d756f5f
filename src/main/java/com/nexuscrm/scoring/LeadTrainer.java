package com.nexuscrm.scoring;

import com.nexuscrm.domain.Progress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains a lead model on a labelled table, the one framework every tabular model goes through: the
 * {@link LeakageGuard} drops post-outcome columns first; a stratified split makes training (75%) and
 * validation (25%) rows; the encoder and normaliser are fitted on training rows only; each
 * {@link Candidate} is trained on them, early-stopped on validation log loss and Platt-calibrated on the
 * validation split; the average of all candidates is tried too; the one with the lowest calibrated
 * validation log loss is kept unless the base-rate prior does as well ({@link BaseRateChoice}: then every
 * row gets the training rate, which is the honest answer when the features carry no signal), and the card
 * lists every candidate's figures and why the winner won.
 * By default the winner is kept as early stopping left it, not trained again on all rows: its calibration was
 * fitted on exactly these networks' validation outputs, the card's figures are this model's own, and a refit
 * cost more than all the candidates together (docs/benchmarks.md, issue 14 speed). Small tables opt in to a
 * refit on all rows with {@link #refitted()} (deals: a quarter of a few thousand deals is a lot to give up).
 * Nothing here sees rows outside the table it is given (an evaluation gives it its 80% only).
 */
public final class LeadTrainer {
    /** Fewer conversions than this, or fewer non-conversions, and a network would only memorise noise. */
    public static final int MINIMUM_CONVERSIONS = 100;
    public static final long DEFAULT_SEED = 20261125L;

    private final Clock clock;
    private final long seed;
    private final List<Candidate> candidates;
    /** Each row's group (e.g. its account) when rows of one group must stay on one side of the validation split; or null. */
    private List<?> groups;
    private boolean refit;

    public LeadTrainer(Clock clock, long seed) {
        this(clock, seed, Candidate.DEFAULTS);
    }

    public LeadTrainer(Clock clock, long seed, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("at least one candidate");
        }
        this.clock = clock;
        this.seed = seed;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * Makes the validation split keep each group's rows together ({@link #groupedSplit}): for tables where one record
     * gives several rows (an account at several cut-offs), so validation never scores a record the candidates
     * trained on. {@code groups} is aligned with the rows of the table given to {@code train}.
     */
    public LeadTrainer grouped(List<?> groups) {
        this.groups = groups;
        return this;
    }

    /**
     * After selection, trains the winner's networks again on the training and validation rows together for the epochs
     * early stopping chose ({@link LeadNetwork#refit}), keeping the calibration and the card's validation figures of
     * the early-stopped networks. For small tables (deals), where a quarter of the rows is a lot to give up.
     */
    public LeadTrainer refitted() {
        this.refit = true;
        return this;
    }

    /** There is not enough history to train on; the message says how much there is and what happens. */
    public static final class NotEnoughHistory extends RuntimeException {
        NotEnoughHistory(String message) {
            super(message);
        }
    }

    /** One candidate (or the ensemble, or the base rate) after calibration, measured on the validation split. */
    record Scored(String name, String network, List<LeadNetwork.Fitted> members, Calibration calibration,
                  Metrics metrics) {
        /** The raw (uncalibrated) validation output: the members' mean. */
        double[] calibrationInputs() {
            double[] raw = new double[members.get(0).validationRaw().length];
            for (LeadNetwork.Fitted member : members) {
                for (int i = 0; i < raw.length; i++) {
                    raw[i] += member.validationRaw()[i] / members.size();
                }
            }
            return raw;
        }
    }

    public LeadModel train(LabelledTable table, String version, List<String> dropped, Progress progress) {
        return train(table, version, dropped, List.of(), progress);
    }

    /** Runs the leakage guard on {@code table} ({@code keep} names suspects to keep), then trains. */
    public LeadModel train(LabelledTable table, String version, List<String> dropped, Collection<String> keep, Progress progress) {
        requireEnough(table);
        LeakageGuard.Report guard = LeakageGuard.check(table, keep, seed);
        return trainChecked(guard.apply(table), version, dropped, guard, progress);
    }

    /** Trains on a table the guard has already been applied to (its report goes on the card). */
    LeadModel trainChecked(LabelledTable table, String version, List<String> dropped, LeakageGuard.Report guard,
                           Progress progress) {
        requireEnough(table);
        progress.update(0, LeadNetwork.MAX_EPOCHS, "Preparing " + table.size() + " leads");
        int[][] split = groups == null ? stratifiedSplit(table.labels(), 0.25, seed) : groupedSplit(groups, table.labels(), 0.25, seed);
        LabelledTable training = table.subset(split[0]);
        LabelledTable validation = table.subset(split[1]);
        FeatureEncoder encoder = FeatureEncoder.fit(training);
        if (candidates.stream().anyMatch(Candidate::embeddings)) {
            encoder = encoder.withIndexes(training);
        }
        LeadNetwork.Standardised data = LeadNetwork.standardise(encoder, training, validation);
        List<String> skipped = new ArrayList<>();
        List<Scored> scored = trainCandidates(encoder, data, training.labels(), validation.labels(), skipped, progress);
        Scored learned = scored.stream().min(Comparator.comparingDouble(s -> s.metrics().logLoss())).orElseThrow();
        Scored prior = BaseRateChoice.prior(learned, training.labels(), validation.labels());
        scored.add(prior);
        BaseRateChoice choice = BaseRateChoice.compare(learned.calibrationInputs(), validation.labels(), prior.calibration());
        Scored best = choice.priorWins() ? prior : learned;
        String reason = why(best, learned, scored, choice);
        if (refit && best != prior) {
            FeatureEncoder used = encoder;
            best = new Scored(best.name(), best.network(), best.members().stream()
                    .map(m -> LeadNetwork.refit(m, data, used, training.labels(), validation.labels(), seed, progress)).toList(),
                    best.calibration(), best.metrics());
            reason += String.format(Locale.ROOT, "; then trained again on all %d rows (training and validation) for"
                    + " the epochs early stopping chose, keeping its calibration", table.size());
        }
        List<LeakageGuard.Finding> findings = guard.suspects();
        List<String> droppedAll = new ArrayList<>(dropped);
        droppedAll.addAll(guard.droppedColumns());
        ModelCard card = new ModelCard(version, clock.instant(), table.source(), training.size(), validation.size(),
                table.positives(), table.columns(), List.copyOf(droppedAll), best.network(),
                best.members().stream().mapToInt(LeadNetwork.Fitted::epochs).max().orElse(0),
                best.members().stream().mapToInt(LeadNetwork.Fitted::bestEpoch).max().orElse(0), seed,
                best.calibration(), best.metrics(), null, best.name(), reason + notTrained(skipped),
                scored.stream().map(LeadTrainer::result).toList(), findings);
        boolean embedded = best.members().stream().anyMatch(m -> m.candidate().embeddings());
        return new LeadModel(embedded ? encoder : encoder.withoutIndexes(),
                best.members().stream().map(LeadNetwork.Fitted::net).toList(), data.normalizer(), card);
    }

    /**
     * Each candidate trained and scored on the validation split, then their mean when there are several. An
     * embedding candidate without a many-valued category to embed is named in {@code skipped} instead.
     */
    private List<Scored> trainCandidates(FeatureEncoder encoder, LeadNetwork.Standardised data, int[] y, int[] validY,
                                         List<String> skipped, Progress progress) {
        List<Scored> scored = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.embeddings() && encoder.indexes().isEmpty()) {
                skipped.add(candidate.name());
                continue;
            }
            LeadNetwork.Fitted fitted = LeadNetwork.train(candidate, data, encoder, y, validY, seed, progress);
            scored.add(score(candidate.name(), candidate.describe(encoder), List.of(fitted), validY));
        }
        if (scored.size() > 1) {
            List<Scored> members = List.copyOf(scored);
            List<LeadNetwork.Fitted> all = members.stream().flatMap(s -> s.members().stream()).toList();
            scored.add(score(Candidate.ENSEMBLE, "mean of " + all.size() + " candidates' outputs ("
                    + String.join(", ", members.stream().map(Scored::name).toList()) + ")", all, validY));
        }
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("No candidate could be trained: " + String.join(", ", skipped)
                    + " need a category with more than " + FeatureEncoder.MIN_LEVELS_FOR_INDEX + " values");
        }
        return scored;
    }

    private static void requireEnough(LabelledTable table) {
        long conversions = table.positives();
        long others = table.size() - conversions;
        if (conversions < MINIMUM_CONVERSIONS || others < MINIMUM_CONVERSIONS) {
            throw new NotEnoughHistory(String.format("%s has %d converted and %d unconverted resolved leads; a model"
                    + " needs at least %d of each. No model was trained; in the app, scores stay with the model in use (or the rules-based prior).",
                    table.source(), conversions, others, MINIMUM_CONVERSIONS));
        }
    }

    static Scored score(String name, String network, List<LeadNetwork.Fitted> members, int[] validY) {
        double[] raw = new double[validY.length];
        for (LeadNetwork.Fitted member : members) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] += member.validationRaw()[i] / members.size();
            }
        }
        Calibration calibration = Calibration.fit(raw, validY);
        double[] calibrated = Arrays.stream(raw).map(calibration::apply).toArray();
        return new Scored(name, network, members, calibration, Metrics.of(calibrated, validY));
    }

    private static String why(Scored best, Scored learned, List<Scored> all, BaseRateChoice choice) {
        String others = all.stream().filter(s -> s != learned && !s.name().equals(Candidate.BASE_RATE))
                .map(s -> String.format(Locale.ROOT, "%s %.4f", s.name(), s.metrics().logLoss()))
                .reduce((a, b) -> a + ", " + b).orElse("no other candidate");
        String lowest = String.format(Locale.ROOT, "%s had the lowest calibrated log loss on the validation split (%.4f; %s)",
                learned.name(), learned.metrics().logLoss(), others);
        return best == learned ? lowest + "; " + choice.describe(learned.name())
                : Candidate.BASE_RATE + " selected: " + choice.describe(learned.name()) + " (" + lowest + ")";
    }

    /** Why a candidate is missing from the card's list: an embedding needs a category with many values. */
    private static String notTrained(List<String> skipped) {
        return skipped.isEmpty() ? "" : String.format(Locale.ROOT, " (not trained: %s, as no category has more than %d"
                + " values in the training rows)", String.join(", ", skipped), FeatureEncoder.MIN_LEVELS_FOR_INDEX);
    }

    private static ModelCard.CandidateResult result(Scored s) {
        if (s.name().equals(Candidate.BASE_RATE)) {
            return new ModelCard.CandidateResult(s.name(), s.network(), 0, 0, s.metrics().logLoss(), s.metrics().auc(), 0);
        }
        LeadNetwork.Fitted first = s.members().get(0);
        return new ModelCard.CandidateResult(s.name(), s.network(),
                s.members().size() == 1 ? first.epochs() : 0, s.members().size() == 1 ? first.bestEpoch() : 0,
                s.metrics().logLoss(), s.metrics().auc(), s.members().stream().mapToDouble(LeadNetwork.Fitted::seconds).sum());
    }

    static float[] encode(FeatureEncoder encoder, LabelledTable table) {
        float[] x = new float[table.size() * encoder.width()];
        for (int i = 0; i < table.size(); i++) {
            encoder.encode(table.rows().get(i), x, i * encoder.width());
        }
        return x;
    }

    /**
     * Row indexes split in two with the same share of positives in each part: {@code [kept, heldOut]}.
     * Fixed seed, so the same table always splits the same way.
     */
    public static int[][] stratifiedSplit(int[] labels, double heldOutShare, long seed) {
        List<Integer> kept = new ArrayList<>();
        List<Integer> heldOut = new ArrayList<>();
        Random random = new Random(seed);
        for (int label = 0; label <= 1; label++) {
            List<Integer> group = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == label) {
                    group.add(i);
                }
            }
            java.util.Collections.shuffle(group, random);
            int cut = (int) Math.round(group.size() * heldOutShare);
            heldOut.addAll(group.subList(0, cut));
            kept.addAll(group.subList(cut, group.size()));
        }
        return new int[][] {kept.stream().sorted().mapToInt(Integer::intValue).toArray(),
                heldOut.stream().sorted().mapToInt(Integer::intValue).toArray()};
    }

    /**
     * Like {@link #stratifiedSplit}, but every group's rows land on the same side: groups are shuffled with the seed
     * within two strata (groups with a positive row, groups without) and {@code heldOutShare} of each is held out.
     */
    public static int[][] groupedSplit(List<?> groups, int[] labels, double heldOutShare, long seed) {
        java.util.Map<Object, Boolean> positive = new java.util.LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            positive.merge(groups.get(i), labels[i] == 1, Boolean::logicalOr);
        }
        java.util.Set<Object> heldOut = new java.util.HashSet<>();
        Random random = new Random(seed);
        for (boolean stratum : new boolean[] {true, false}) {
            List<Object> members = new ArrayList<>(positive.entrySet().stream().filter(e -> e.getValue() == stratum)
                    .map(java.util.Map.Entry::getKey).toList()); // first-seen order: deterministic for a given table
            java.util.Collections.shuffle(members, random);
            heldOut.addAll(members.subList(0, (int) Math.round(members.size() * heldOutShare)));
        }
        return new int[][] {java.util.stream.IntStream.range(0, labels.length).filter(i -> !heldOut.contains(groups.get(i))).toArray(),
                java.util.stream.IntStream.range(0, labels.length).filter(i -> heldOut.contains(groups.get(i))).toArray()};
    }
}
