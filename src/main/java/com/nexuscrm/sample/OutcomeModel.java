package com.nexuscrm.sample;

import com.nexuscrm.domain.LeadSource;

/**
 * The latent logistic model behind every outcome in a sample workspace; {@link SampleWorkspace}
 * documents it as a whole. Coefficients are in log-odds. Outcomes depend on the <em>latent</em> intent
 * and engagement, while a lead only shows noisy counts drawn from them, so a model trained on the
 * stored fields can learn the pattern but cannot recover it exactly.
 */
final class OutcomeModel {
    /** Calibrated so that about 15% of resolved leads convert (a typical lead-to-opportunity rate). */
    static final double CONVERSION_INTERCEPT = -3.95;
    static final double FIT_WEIGHT = 0.9;
    static final double INTENT_WEIGHT = 1.1;
    static final double ENGAGEMENT_WEIGHT = 0.7;
    static final double CONVERSION_NOISE = 1.3;
    static final double WIN_INTERCEPT = -1.6;
    static final double WIN_NOISE = 0.7;
    /** The deal size above which a deal needs the economic buyer more and more. */
    static final double LARGE_DEAL = 25_000;

    private final Draws draws;

    OutcomeModel(Draws draws) {
        this.draws = draws;
    }

    /** Latent buying intent: partly fit (the right companies look for tools like this), partly channel. */
    double intent(double fit, LeadSource source) {
        return 0.35 * fit + sourceIntent(source) + draws.gaussian();
    }

    /** Latent engagement: people who intend to buy engage more. */
    double engagement(double intent) {
        return 0.4 * intent + draws.gaussian();
    }

    /** Draws whether a lead converts (eventually), from its latents, channel and owner. */
    boolean converts(double fit, double intent, double engagement, LeadSource source, double repSkill) {
        double logit = CONVERSION_INTERCEPT + FIT_WEIGHT * fit + INTENT_WEIGHT * intent
                + ENGAGEMENT_WEIGHT * engagement + sourceConversion(source) + repSkill
                + CONVERSION_NOISE * draws.gaussian();
        return draws.chance(Draws.sigmoid(logit));
    }

    /**
     * Draws whether a deal is won. Small deals win more, deals priced above the segment's norm win less, good-fit
     * customers and skilled reps win more, and engaged buyers ({@code D}) win more. The rest is not additive, as in
     * real B2B sales ({@link SampleWorkspace} gives the formula):
     * <ul>
     * <li>work: too little of it loses deals, but above the segment's usual effort more touches help only while the
     *     buyers engage; chasing buyers who do not answer goes with a stuck deal ({@link #effort});</li>
     * <li>the economic buyer: a large deal rarely closes without the person who signs, a small one can
     *     ({@link #withoutBuyer});</li>
     * <li>threads: more people in the buying group help only when someone champions the deal; without a champion a
     *     wider group is a committee nobody owns ({@link #threads}).</li>
     * </ul>
     */
    boolean wins(Segment segment, double amount, int activities, double fit, double repSkill, BuyingCommittee c) {
        double logit = WIN_INTERCEPT + segment.winBias()
                - 0.7 * Math.log(amount / segment.medianDealAmount())
                + effort(Math.log((activities + 1.0) / (segment.typicalActivities() + 1.0)), c.engagement())
                + 0.6 * fit + repSkill + c.engagement()
                + (c.economicBuyer() ? 0 : withoutBuyer(amount)) + threads(c.champion(), c.others())
                + WIN_NOISE * draws.gaussian();
        return draws.chance(Draws.sigmoid(logit));
    }

    /** Log-odds of the work, {@code relative} = ln((activities + 1) / (typical + 1)), given the engagement. */
    static double effort(double relative, double engagement) {
        return relative < 0 ? 1.3 * relative : (0.3 + 0.8 * engagement) * relative;
    }

    /** Log-odds lost without an economic buyer: 0.2, and 0.9 per log unit above a 25,000 deal. */
    static double withoutBuyer(double amount) {
        return -(0.2 + 0.9 * Math.max(0, Math.log(amount / LARGE_DEAL)));
    }

    /** Log-odds of the extra people (up to three count): +0.4 each with a champion (+0.25 for the champion), else -0.15. */
    static double threads(boolean champion, int others) {
        int k = Math.min(others, 3);
        return champion ? 0.25 + 0.4 * k : -0.15 * k;
    }

    /** Customer health: good-fit customers use the product more and file fewer, calmer tickets. */
    double health(double fit) {
        return 0.3 * fit + 0.9 * draws.gaussian();
    }

    static double sourceIntent(LeadSource source) {
        return switch (source) {
            case PAID_SEARCH, REFERRAL -> 0.3;
            case WEBSITE -> 0.2;
            case WEBINAR, PARTNER -> 0.1;
            case EVENT -> 0.0;
            case SOCIAL -> -0.2;
            case IMPORT -> -0.5;
            case OUTBOUND -> -0.6;
        };
    }

    static double sourceConversion(LeadSource source) {
        return switch (source) {
            case REFERRAL -> 0.8;
            case PARTNER -> 0.5;
            case EVENT -> 0.2;
            case WEBINAR -> 0.1;
            case WEBSITE -> 0.0;
            case PAID_SEARCH -> -0.1;
            case OUTBOUND -> -0.3;
            case SOCIAL -> -0.4;
            case IMPORT -> -0.7;
        };
    }
}
