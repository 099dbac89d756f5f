package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.ScoreBand;
import com.nexuscrm.domain.campaign.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated audience whose true reply rates are known: twelve segments (four lead sources x three score bands)
 * with their share of the leads, and for each segment a reply rate per send-time bucket x channel x variant.
 * A rate is base(segment) x time(bucket) x channel x variant x a small cell effect, clipped to 1-15%:
 * <ul>
 * <li>base: 2% (low score), 4% (medium), 7% (high), times a lognormal source effect (sigma 0.25);</li>
 * <li>time: weekday mornings best (x1.3) down to the small hours (x0.3), weekends x0.6, then per segment
 *     a lognormal wobble (sigma 0.2), so the best bucket differs between segments;</li>
 * <li>channel: email x1.0, SMS x0.9, voice task x1.3, LinkedIn task x0.8, each times a per-segment lognormal
 *     (sigma 0.35); variant: per segment lognormal (sigma 0.2); cell effect: lognormal (sigma 0.1).</li>
 * </ul>
 * Everything is drawn from the {@link Random} passed in, so a seed names one audience.
 */
public final class GroundTruth {
    private static final String[] SOURCES = {"WEBSITE", "REFERRAL", "PAID_SEARCH", "EVENT"};
    private static final double[] SOURCE_SHARE = {0.40, 0.15, 0.30, 0.15};
    private static final double[] BAND_SHARE = {0.5, 0.3, 0.2};
    private static final double[] BAND_BASE = {0.02, 0.04, 0.07};
    /** Six 4-hour blocks from midnight: the small hours are worst, weekday mornings best. */
    private static final double[] BLOCK_EFFECT = {0.3, 0.6, 1.3, 1.15, 0.85, 0.5};
    private static final Map<Channel, Double> CHANNEL_EFFECT = Map.of(Channel.EMAIL, 1.0, Channel.SMS, 0.9,
            Channel.VOICE_TASK, 1.3, Channel.LINKEDIN_TASK, 0.8);
    static final double MIN_RATE = 0.01;
    static final double MAX_RATE = 0.15;

    private final ArmSpace arms;
    private final List<Segment> segments;
    private final double[] cumulativeShare;
    private final double[][][][] rates;
    private final Choice[] best;

    private GroundTruth(ArmSpace arms, List<Segment> segments, double[] shares, double[][][][] rates) {
        this.arms = arms;
        this.segments = List.copyOf(segments);
        this.rates = rates;
        this.cumulativeShare = new double[shares.length];
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            cumulativeShare[i] = sum;
        }
        this.best = new Choice[segments.size()];
        for (int s = 0; s < segments.size(); s++) {
            best[s] = argmax(s);
        }
    }

    /** A new audience over {@code arms}, drawn from {@code random}. */
    public static GroundTruth generate(ArmSpace arms, Random random) {
        List<Segment> segments = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int source = 0; source < SOURCES.length; source++) {
            double sourceEffect = lognormal(random, 0.25);
            for (ScoreBand band : ScoreBand.values()) {
                segments.add(new Segment(SOURCES[source], band));
                shares.add(SOURCE_SHARE[source] * BAND_SHARE[band.ordinal()]);
            }
        }
        double[][][][] rates = new double[segments.size()][][][];
        for (int s = 0; s < segments.size(); s++) {
            double base = BAND_BASE[segments.get(s).band().ordinal()] * lognormal(random, 0.25);
            rates[s] = segmentRates(arms, base, random);
        }
        return new GroundTruth(arms, segments, shares.stream().mapToDouble(Double::doubleValue).toArray(), rates);
    }

    private static double[][][] segmentRates(ArmSpace arms, double base, Random random) {
        double[] time = new double[arms.grid().size()];
        for (int t = 0; t < time.length; t++) {
            double effect = BLOCK_EFFECT[arms.grid().startHour(t) / 4] * (arms.grid().weekend(t) ? 0.6 : 1.0);
            time[t] = effect * lognormal(random, 0.2);
        }
        double[] channel = arms.channels().stream().mapToDouble(c -> CHANNEL_EFFECT.get(c) * lognormal(random, 0.35)).toArray();
        double[] variant = new double[arms.variants()];
        for (int v = 0; v < variant.length; v++) {
            variant[v] = lognormal(random, 0.2);
        }
        double[][][] rates = new double[time.length][channel.length][variant.length];
        for (int t = 0; t < time.length; t++) {
            for (int c = 0; c < channel.length; c++) {
                for (int v = 0; v < variant.length; v++) {
                    double rate = base * time[t] * channel[c] * variant[v] * lognormal(random, 0.1);
                    rates[t][c][v] = Math.max(MIN_RATE, Math.min(MAX_RATE, rate));
                }
            }
        }
        return rates;
    }

    private static double lognormal(Random random, double sigma) {
        return Math.exp(sigma * random.nextGaussian());
    }

    public ArmSpace arms() {
        return arms;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The next simulated lead's segment, drawn by the segments' shares. */
    public Segment draw(Random random) {
        double u = random.nextDouble() * cumulativeShare[cumulativeShare.length - 1];
        for (int s = 0; s < cumulativeShare.length; s++) {
            if (u < cumulativeShare[s]) {
                return segments.get(s);
            }
        }
        return segments.get(segments.size() - 1);
    }

    /** The true reply rate of a choice in a segment. */
    public double rate(Segment segment, Choice choice) {
        return rates[indexOf(segment)][choice.sendTime()][arms.index(choice, Dimension.CHANNEL)][choice.variant()];
    }

    /** The segment's best choice: the one with the highest true rate. */
    public Choice best(Segment segment) {
        return best[indexOf(segment)];
    }

    /** The average true rate over every choice: what uniformly random choice earns per lead. */
    public double uniformRate(Segment segment) {
        double sum = 0;
        int n = 0;
        for (double[][] byChannel : rates[indexOf(segment)]) {
            for (double[] byVariant : byChannel) {
                for (double rate : byVariant) {
                    sum += rate;
                    n++;
                }
            }
        }
        return sum / n;
    }

    private int indexOf(Segment segment) {
        int index = segments.indexOf(segment);
        if (index < 0) {
            throw new IllegalArgumentException("Segment " + segment.key() + " is not in the simulated audience.");
        }
        return index;
    }

    private Choice argmax(int s) {
        Choice bestChoice = null;
        double bestRate = -1;
        for (int t = 0; t < rates[s].length; t++) {
            for (int c = 0; c < rates[s][t].length; c++) {
                for (int v = 0; v < rates[s][t][c].length; v++) {
                    if (rates[s][t][c][v] > bestRate) {
                        bestRate = rates[s][t][c][v];
                        bestChoice = arms.choice(t, c, v);
                    }
                }
            }
        }
        return bestChoice;
    }
}
