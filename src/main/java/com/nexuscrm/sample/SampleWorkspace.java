package com.nexuscrm.sample;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SampleSink;
import java.time.Instant;
import java.util.Objects;

/**
 * Fills an empty workspace with a realistic, reproducible sales org: teams and reps, leads with
 * firmographic, intent and engagement signals, accounts, contacts, deals with two years of won/lost
 * history, activities, campaigns, support tickets and monthly product usage. The same seed, reference
 * time and lead count give identical records and ids. People, companies, cities, job functions,
 * industries and phone formats come from Datafaker, seeded.
 *
 * <h2>The latent outcome model</h2>
 * Outcomes follow a hidden logistic model, so that models trained on the stored fields have a real but
 * imperfect signal to learn (a decent lead model should reach an AUC of roughly 0.75-0.85, not 0.99).
 * All weights are log-odds; {@code N} is a standard normal draw.
 * <ul>
 * <li><b>Fit</b> {@code F} = company part (target industry +0.8 else -0.25; mid-market +0.5, enterprise
 *     +0.15, SMB -0.1 or -0.9 under 20 people; core market +0.25 else -0.1; +0.2 per integrated tool,
 *     +0.15 per outgrown CRM, -0.2 for Salesforce) + person part (seniority: C-level +0.45, VP +0.6,
 *     director +0.4, manager +0.1, individual -0.5; buying function sales/marketing/IT +0.35 else -0.3).
 *     Fit is fully determined by stored fields.</li>
 * <li><b>Intent</b> {@code I = 0.35 F + source + N} (paid search, referral +0.3, website +0.2, ...,
 *     outbound -0.6). Observed through {@code demoRequested ~ Bernoulli(sigmoid(-1.9 + 1.4 I))} (inbound
 *     only), {@code pricingPageVisits ~ Poisson(e^(-0.3 + 0.8 I))}, content downloads and search terms
 *     whose share of buying phrases rises with I.</li>
 * <li><b>Engagement</b> {@code E = 0.4 I + N}. Observed through email opens, clicks and
 *     {@code emailReplies ~ Poisson(e^(-1.7 + 0.9 E))}, web sessions, time on site and the recency of
 *     the last activity. Counts shrink for leads younger than 30 days (less exposure).</li>
 * <li><b>Conversion</b>: {@code logit = -3.95 + 0.9 F + 1.1 I + 0.7 E + source + repSkill + 1.3 N}
 *     (referral +0.8, partner +0.5, ..., import -0.7; each rep has a hidden skill ~ N(0, 0.3)). About 15%
 *     of resolved leads convert; a plain logistic regression on the stored fields reaches a held-out AUC
 *     of about 0.81 (20,000 leads, seed 42). Non-converting leads are disqualified with probability
 *     {@code sigmoid(-0.2 - 1.2 F)}, otherwise nurtured.</li>
 * <li><b>Timing</b>: each lead's fate takes a log-normal delay (conversion ~14 days with a demo request,
 *     ~24 without; disqualification ~9; nurture ~35). A lead whose delay runs past the reference "now" is
 *     still open (new, working or qualified), so old leads are mostly resolved and recent ones open.</li>
 * <li><b>Deals</b> (from conversions, and the history of existing accounts):
 *     {@code logit(win) = -0.55 + segment - 0.7 ln(amount / segment median)
 *     + 1.3 ln((activities + 1) / (typical + 1)) + 0.6 fit + repSkill + 0.7 N} with segment bias SMB +0.35,
 *     mid-market 0, enterprise -0.45. Cycles are log-normal around 25/55/110 days, longer for larger
 *     amounts and shorter for lost deals; a deal still inside its cycle is open, staged by progress.</li>
 * <li><b>Customers</b> (accounts with a won deal) have a health {@code H = 0.3 F + 0.9 N} that sets seat
 *     utilisation and its trend, feature adoption, ticket rate and priority, and satisfaction.</li>
 * </ul>
 *
 * <p>Records are written through a {@link SampleSink}, queued for nothing (a sample does not sync, so no outbox rows), in
 * transactions of at most 5,000 records per type, two types at a time. Cancelling through {@link Progress} stops between
 * chunks; chunks already written stay, so the caller should discard a cancelled sample's folder.
 */
public final class SampleWorkspace {
    /** The default reference time: samples made with it look the same whenever they are generated. */
    public static final Instant DEFAULT_REFERENCE_NOW = Instant.parse("2026-11-01T09:00:00Z");

    private final long seed;
    private final Instant referenceNow;

    public SampleWorkspace(long seed, Instant referenceNow) {
        this.seed = seed;
        this.referenceNow = Objects.requireNonNull(referenceNow, "referenceNow");
    }

    /**
     * Generates the sample into an empty workspace and marks it as a sample whose current user is a
     * mid-market rep.
     *
     * @throws IllegalArgumentException if {@code leads} is negative
     * @throws IllegalStateException if the workspace already holds leads
     * @throws Progress.CancelledException if cancelled; the chunks written so far remain
     */
    public SampleSummary generate(SampleSink sink, int leads, Progress progress) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        if (leads < 0) {
            throw new IllegalArgumentException("The number of leads must be 0 or more, not " + leads);
        }
        if (sink.leadCount() > 0) {
            throw new IllegalStateException("The workspace in " + sink.folder() + " already holds leads."
                    + " A sample needs an empty workspace: choose a new folder.");
        }
        return new SampleRun(seed, referenceNow, leads, sink, progress).run(leads);
    }
}
