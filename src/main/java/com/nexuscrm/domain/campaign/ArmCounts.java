package com.nexuscrm.domain.campaign;

/** What one arm has seen: touches sent ({@code pulls}) and how many reached the goal (a reply, a meeting booked). */
public record ArmCounts(long pulls, long successes) {
    /** Nothing seen yet. */
    public static final ArmCounts NONE = new ArmCounts(0, 0);

    public ArmCounts {
        if (pulls < 0 || successes < 0 || successes > pulls) {
            throw new IllegalArgumentException("An arm needs 0 ≤ successes ≤ pulls, not " + successes + " successes in "
                    + pulls + " pulls.");
        }
    }

    public long failures() {
        return pulls - successes;
    }

    /** These counts after one more pull with its outcome. */
    public ArmCounts after(boolean success) {
        return new ArmCounts(pulls + 1, successes + (success ? 1 : 0));
    }

    /** The Beta-Bernoulli posterior from {@code prior}: Beta(prior.alpha + successes, prior.beta + failures). */
    public BetaPosterior posterior(BetaPosterior prior) {
        return new BetaPosterior(prior.alpha() + successes, prior.beta() + failures());
    }

    public ArmCounts plus(ArmCounts other) {
        return new ArmCounts(pulls + other.pulls, successes + other.successes);
    }

    public ArmCounts minus(ArmCounts other) {
        return new ArmCounts(pulls - other.pulls, successes - other.successes);
    }
}
