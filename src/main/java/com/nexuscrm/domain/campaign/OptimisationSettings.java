package com.nexuscrm.domain.campaign;

/**
 * The optimiser's switch and exploration floor. When {@code enabled}, a share {@code explorationFloor} of choices
 * (the whole send time, channel and variant together) is uniformly random, whatever the posteriors say, so each
 * arm of a dimension with k arms gets at least floor / k of the touches and a changed audience is noticed; the
 * rest are Thompson draws. When disabled, every touch takes {@code fixed} (the campaign's own choice) or, without
 * one, a uniformly random choice; outcomes are still recorded, so turning it back on starts from what was seen.
 */
public record OptimisationSettings(boolean enabled, double explorationFloor, Choice fixed) {
    /** The default floor: one touch in ten is uniformly random. */
    public static final double DEFAULT_FLOOR = 0.10;

    public OptimisationSettings {
        if (!(explorationFloor >= 0 && explorationFloor <= 1)) {
            throw new IllegalArgumentException("The exploration floor is a share from 0 to 1, not " + explorationFloor + ".");
        }
    }

    /** Optimisation on with the default floor. */
    public static OptimisationSettings on() {
        return new OptimisationSettings(true, DEFAULT_FLOOR, null);
    }

    /** Optimisation off: uniformly random choices. */
    public static OptimisationSettings uniform() {
        return new OptimisationSettings(false, DEFAULT_FLOOR, null);
    }

    /** Optimisation off: always {@code choice}. */
    public static OptimisationSettings fixed(Choice choice) {
        return new OptimisationSettings(false, DEFAULT_FLOOR, choice);
    }
}
