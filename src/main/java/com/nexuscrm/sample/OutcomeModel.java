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
     * Draws whether a deal is won: small deals and well-worked deals win more, deals priced above the
     * segment's norm win less, and good-fit customers win more.
     */
    boolean wins(Segment segment, double amount, int activities, double fit, double repSkill) {
        double logit = WIN_INTERCEPT + segment.winBias()
                - 0.7 * Math.log(amount / segment.medianDealAmount())
                + 1.3 * Math.log((activities + 1.0) / (segment.typicalActivities() + 1.0))
                + 0.6 * fit + repSkill + WIN_NOISE * draws.gaussian();
        return draws.chance(Draws.sigmoid(logit));
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
