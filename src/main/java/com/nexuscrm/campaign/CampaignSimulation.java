package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.Segment;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs three policies over the same simulated leads of a {@link GroundTruth}: the Thompson bandit (optimisation
 * on), uniform choice (optimisation off, no fixed choice) and a fixed best guess (optimisation off with the
 * choice a marketer would make: email, Tuesday 10:00, variant A). Each lead's reply is decided once by one
 * uniform draw u (reply when u &lt; the chosen rate), shared by the three policies so their difference is the
 * choice alone. Every stream of randomness comes from the seed.
 */
public final class CampaignSimulation {
    /** How many points of the regret curve are kept. */
    public static final int CHECKPOINTS = 10;

    private CampaignSimulation() { }

    /** The fixed best guess in a campaign's arms: email (or its first channel), Tuesday 10:00, variant A. */
    public static Choice fixedGuess(ArmSpace arms) {
        Channel channel = arms.channels().contains(Channel.EMAIL) ? Channel.EMAIL : arms.channels().get(0);
        return new Choice(arms.grid().bucketOf(DayOfWeek.TUESDAY, 10), channel, 0);
    }

    public static SimulationResult run(int leads, long seed, ArmSpace arms, double explorationFloor) {
        if (leads < CHECKPOINTS) {
            throw new IllegalArgumentException("--leads must be at least " + CHECKPOINTS + ", not " + leads + ".");
        }
        Random master = new Random(seed);
        GroundTruth truth = GroundTruth.generate(arms, new Random(master.nextLong()));
        Random audience = new Random(master.nextLong());
        Random outcomes = new Random(master.nextLong());
        Choice guess = fixedGuess(arms);
        Run bandit = new Run(new CampaignBandit(arms, new OptimisationSettings(true, explorationFloor, null)), master.nextLong());
        Run uniform = new Run(new CampaignBandit(arms, OptimisationSettings.uniform()), master.nextLong());
        Run fixed = new Run(new CampaignBandit(arms, OptimisationSettings.fixed(guess)), master.nextLong());
        List<Run> runs = List.of(bandit, uniform, fixed);
        List<SimulationResult.Checkpoint> curve = new ArrayList<>();
        Map<Segment, Integer> perSegment = new HashMap<>();
        double bestExpected = 0;
        for (int lead = 1; lead <= leads; lead++) {
            Segment segment = truth.draw(audience);
            double u = outcomes.nextDouble();
            bestExpected += truth.rate(segment, truth.best(segment));
            perSegment.merge(segment, 1, Integer::sum);
            for (Run run : runs) {
                run.touch(truth, segment, u);
            }
            if (lead == (int) ((long) leads * (curve.size() + 1) / CHECKPOINTS)) {
                curve.add(new SimulationResult.Checkpoint(lead, bandit.regret, uniform.regret, fixed.regret));
            }
        }
        return new SimulationResult(leads, seed, arms, explorationFloor, guess, curve, bandit.totals(), uniform.totals(),
                fixed.totals(), bestExpected, shown(truth, bandit.policy, perSegment));
    }

    /** The bandit's posteriors for the segment with the most leads, beside that segment's truth. */
    private static SimulationResult.Shown shown(GroundTruth truth, CampaignBandit bandit, Map<Segment, Integer> perSegment) {
        Segment segment = truth.segments().stream().max(java.util.Comparator.comparingInt(s -> perSegment.getOrDefault(s, 0)))
                .orElseThrow();
        List<DimensionReport> reports = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            reports.add(bandit.report(segment, dimension));
        }
        Choice best = truth.best(segment);
        return new SimulationResult.Shown(segment, perSegment.getOrDefault(segment, 0), best, truth.rate(segment, best),
                truth.uniformRate(segment), reports);
    }

    /** One policy's run: its own random stream, its regret and replies so far. */
    private static final class Run {
        private final CampaignBandit policy;
        private final Random random;
        private double regret;
        private long replies;

        Run(CampaignBandit policy, long seed) {
            this.policy = policy;
            this.random = new Random(seed);
        }

        void touch(GroundTruth truth, Segment segment, double u) {
            Choice choice = policy.choose(segment, random);
            double rate = truth.rate(segment, choice);
            boolean replied = u < rate;
            policy.record(segment, choice, replied);
            regret += truth.rate(segment, truth.best(segment)) - rate;
            replies += replied ? 1 : 0;
        }

        SimulationResult.Totals totals() {
            return new SimulationResult.Totals(regret, replies);
        }
    }
}
