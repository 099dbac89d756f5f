package com.nexuscrm.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The random draws the generator needs, all from one seeded {@link Random} so that a seed reproduces a
 * workspace exactly. Only ever used from one thread, in a fixed order.
 */
final class Draws {
    private final Random random;

    Draws(Random random) {
        this.random = random;
    }

    double uniform() { return random.nextDouble(); }

    double gaussian() { return random.nextGaussian(); }

    boolean chance(double probability) { return random.nextDouble() < probability; }

    int between(int minInclusive, int maxInclusive) {
        return minInclusive + random.nextInt(maxInclusive - minInclusive + 1);
    }

    <T> T pick(List<T> items) { return items.get(random.nextInt(items.size())); }

    <T> T pick(T[] items) { return items[random.nextInt(items.length)]; }

    /** Index drawn with probability proportional to its weight. */
    int weightedIndex(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Poisson count; Knuth's method for small means, a rounded normal for large ones. */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Log-normal with the given median and log-scale spread. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** Exponential waiting time with the given mean. */
    double exponential(double mean) {
        return -mean * Math.log(1.0 - random.nextDouble());
    }

    /** Successes out of {@code trials}, each with the given probability. */
    int binomial(int trials, double probability) {
        int hits = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < probability) {
                hits++;
            }
        }
        return hits;
    }

    /** A moment uniformly between two instants (the earlier one if they are in the wrong order). */
    Instant instantBetween(Instant from, Instant to) {
        long span = Duration.between(from, to).toMillis();
        if (span <= 0) {
            return from;
        }
        return from.plusMillis((long) (random.nextDouble() * span));
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
