package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ArmReport;
import com.nexuscrm.domain.campaign.ArmCounts;
import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.BetaPosterior;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Thompson sampling for one campaign: per segment, three Beta-Bernoulli bandits (send time, channel, variant),
 * each updated with every touch's outcome. The dimensions are learnt apart rather than as one joint arm
 * (12 + 4 + 3 arms instead of 12 x 4 x 3 = 144), so a segment of a few hundred leads converges; the price is
 * that an interaction (SMS works only in the evening) is learnt only as each side's average.
 * <p>Priors: replies run at a few per cent, where the uniform Beta(1, 1) (mean 50%) would make every arm look
 * promising for dozens of touches. So an arm's prior in a segment is Beta(2m + w x S, 2(1 - m) + w x F): a base
 * worth {@link #BASE_PRIOR_TOUCHES} touches centred on the campaign's overall rate m = (successes + 1) /
 * (touches + 2), plus what the campaign's other segments saw on that arm (S successes, F failures), shrunk by
 * w to at most {@link #POOLED_PRIOR_TOUCHES} touches. A new segment thus starts near the campaign's experience
 * (the small hours are bad for everyone) and its own replies outweigh that after a few dozen touches.
 * <p>The caller passes the {@link Random}, so a seeded run repeats exactly. Not thread-safe: one owner at a time.
 */
public final class CampaignBandit {
    /** The most touches' worth of evidence the other segments lend a segment's prior for one arm. */
    public static final double POOLED_PRIOR_TOUCHES = 30;
    /** The weight, in touches, of the base prior centred on the campaign's overall rate. */
    public static final double BASE_PRIOR_TOUCHES = 2;
    private final ArmSpace arms;
    private final OptimisationSettings settings;
    private final Map<Segment, Map<Dimension, ArmCounts[]>> posteriors = new LinkedHashMap<>();
    private final Map<Dimension, ArmCounts[]> totals;

    public CampaignBandit(ArmSpace arms, OptimisationSettings settings) {
        this.arms = arms;
        this.settings = settings;
        this.totals = emptyCounts(arms);
        if (settings.fixed() != null && arms.problem(settings.fixed()) != null) {
            throw new IllegalArgumentException("The fixed choice does not fit the campaign: " + arms.problem(settings.fixed()) + ".");
        }
    }

    public ArmSpace arms() {
        return arms;
    }

    public OptimisationSettings settings() {
        return settings;
    }

    /** The same posteriors under other settings (the switch turned, the floor changed). */
    public CampaignBandit with(OptimisationSettings other) {
        CampaignBandit copy = new CampaignBandit(arms, other);
        posteriors.forEach((segment, byDimension) -> byDimension.forEach((dimension, row) ->
                copy.restore(segment, dimension, List.of(row))));
        return copy;
    }

    /** The send time, channel and variant for the next touch to someone in {@code segment}. */
    public Choice choose(Segment segment, Random random) {
        if (!settings.enabled()) {
            return settings.fixed() != null ? settings.fixed() : uniform(random);
        }
        if (random.nextDouble() < settings.explorationFloor()) {
            return uniform(random);
        }
        Map<Dimension, ArmCounts[]> rows = view(segment);
        return arms.choice(thompson(rows, Dimension.SEND_TIME, random), thompson(rows, Dimension.CHANNEL, random),
                thompson(rows, Dimension.VARIANT, random));
    }

    /**
     * One dimension's arm for a live touch, among the {@code allowed} arm indices only (the hours the recipient's send
     * window leaves open, the channels the person can receive): off, the first allowed arm; on, with probability
     * {@link OptimisationSettings#explorationFloor()} a uniformly random allowed arm, else the allowed arm with the best
     * Thompson draw from the segment's posterior (its pooled prior included, so a segment with few touches follows
     * the campaign's other segments).
     */
    public int chooseAmong(Segment segment, Dimension dimension, List<Integer> allowed, Random random) {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("Nothing to choose from in " + dimension.label() + ".");
        }
        if (!settings.enabled()) {
            return allowed.get(0);
        }
        if (random.nextDouble() < settings.explorationFloor()) {
            return allowed.get(random.nextInt(allowed.size()));
        }
        ArmCounts[] row = view(segment).get(dimension);
        int best = allowed.get(0);
        double bestDraw = -1;
        for (int arm : allowed) {
            double draw = posterior(row, dimension, arm).sample(random);
            if (draw > bestDraw) {
                bestDraw = draw;
                best = arm;
            }
        }
        return best;
    }

    /** Learns from one touch's outcome (the goal reached or not), whether or not optimisation is on. */
    public void record(Segment segment, Choice choice, boolean success) {
        String problem = arms.problem(choice);
        if (problem != null) {
            throw new IllegalArgumentException("The touch's choice does not fit the campaign: " + problem + ".");
        }
        rows(segment).forEach((dimension, row) -> {
            int arm = arms.index(choice, dimension);
            row[arm] = row[arm].after(success);
            totals.get(dimension)[arm] = totals.get(dimension)[arm].after(success);
        });
    }

    /** Each arm's posterior in one dimension for a segment, with the best arm and its uplift over uniform. */
    public DimensionReport report(Segment segment, Dimension dimension) {
        ArmCounts[] row = view(segment).get(dimension);
        List<ArmReport> reports = new ArrayList<>(row.length);
        for (int arm = 0; arm < row.length; arm++) {
            reports.add(ArmReport.of(arms.label(dimension, arm), row[arm], posterior(row, dimension, arm)));
        }
        return DimensionReport.of(dimension, reports);
    }

    /** The segments seen so far, in the order they were first seen. */
    public Set<Segment> segments() {
        return Collections.unmodifiableSet(posteriors.keySet());
    }

    /** A segment's posteriors in one dimension, one per arm in the arm space's order. */
    public List<ArmCounts> posteriors(Segment segment, Dimension dimension) {
        return List.of(view(segment).get(dimension));
    }

    /** Sets a segment's posteriors in one dimension, as read back from stored state. */
    void restore(Segment segment, Dimension dimension, List<ArmCounts> row) {
        if (row.size() != arms.size(dimension)) {
            throw new IllegalArgumentException(dimension.label() + " has " + arms.size(dimension) + " arms, not " + row.size() + ".");
        }
        ArmCounts[] old = rows(segment).put(dimension, row.toArray(ArmCounts[]::new));
        ArmCounts[] total = totals.get(dimension);
        for (int arm = 0; arm < total.length; arm++) {
            total[arm] = total[arm].minus(old[arm]).plus(row.get(arm));
        }
    }

    /** An arm's posterior in a segment: its own counts on the base prior and what the other segments lend it. */
    private BetaPosterior posterior(ArmCounts[] row, Dimension dimension, int arm) {
        ArmCounts others = totals.get(dimension)[arm].minus(row[arm]);
        double w = others.pulls() == 0 ? 0 : Math.min(1, POOLED_PRIOR_TOUCHES / others.pulls());
        double m = baseRate();
        BetaPosterior prior = new BetaPosterior(BASE_PRIOR_TOUCHES * m + w * others.successes(),
                BASE_PRIOR_TOUCHES * (1 - m) + w * others.failures());
        return row[arm].posterior(prior);
    }

    private Choice uniform(Random random) {
        return arms.choice(random.nextInt(arms.size(Dimension.SEND_TIME)), random.nextInt(arms.size(Dimension.CHANNEL)),
                random.nextInt(arms.size(Dimension.VARIANT)));
    }

    /** The campaign's overall rate over every segment's touches, smoothed: (successes + 1) / (touches + 2). */
    private double baseRate() {
        ArmCounts all = ArmCounts.NONE;
        for (ArmCounts c : totals.get(Dimension.VARIANT)) {
            all = all.plus(c);
        }
        return (all.successes() + 1.0) / (all.pulls() + 2.0);
    }

    private int thompson(Map<Dimension, ArmCounts[]> rows, Dimension dimension, Random random) {
        ArmCounts[] row = rows.get(dimension);
        int best = 0;
        double bestDraw = -1;
        for (int arm = 0; arm < row.length; arm++) {
            double draw = posterior(row, dimension, arm).sample(random);
            if (draw > bestDraw) {
                bestDraw = draw;
                best = arm;
            }
        }
        return best;
    }

    private Map<Dimension, ArmCounts[]> rows(Segment segment) {
        return posteriors.computeIfAbsent(segment, s -> emptyCounts(arms));
    }

    /** A segment's posteriors without adding it: a segment not seen yet has the priors. */
    private Map<Dimension, ArmCounts[]> view(Segment segment) {
        Map<Dimension, ArmCounts[]> rows = posteriors.get(segment);
        return rows != null ? rows : emptyCounts(arms);
    }

    private static Map<Dimension, ArmCounts[]> emptyCounts(ArmSpace arms) {
        Map<Dimension, ArmCounts[]> rows = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            ArmCounts[] row = new ArmCounts[arms.size(dimension)];
            Arrays.fill(row, ArmCounts.NONE);
            rows.put(dimension, row);
        }
        return rows;
    }
}
