package com.nexuscrm.sample;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SampleSink;
import java.time.Instant;
import java.util.List;
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
 * <li><b>Deals</b> (from conversions, and the history of existing accounts). Each deal first draws its <em>buying
 *     committee</em>: a latent deal engagement {@code D ~ N(0, 1)} and the group it will reach (below). Then
 *     {@code logit(win) = -1.6 + segment - 0.7 ln(amount / segment median) + effort + 0.6 fit + repSkill + 1.0 D
 *     + buyer + threads + 0.7 N} with segment bias SMB +0.35, mid-market 0, enterprise -0.45, and three parts that
 *     are not additive, as in real B2B sales:
 *     <ul>
 *     <li>{@code effort}: with {@code a = ln((activities + 1) / (typical + 1))}, {@code 1.3 a} below the segment's
 *         usual work, {@code (0.3 + 0.8 D) a} above it: more touches help little, and hurt when the buyers do not
 *         engage (a rep chasing a buying group that does not answer is a stuck deal);</li>
 *     <li>{@code buyer}: 0 with an economic buyer in the group, else {@code -(0.2 + 0.9 max(0, ln(amount / 25,000)))}:
 *         a large deal rarely closes without the person who signs (an enterprise deal of 160,000 loses 1.9), a small
 *         one hardly needs them;</li>
 *     <li>{@code threads}: with {@code k = min(3, people besides the primary contact)}, {@code 0.25 + 0.4 k} when the
 *         group has a champion, {@code -0.15 k} when not: multi-threading wins only when someone owns the deal
 *         inside the customer, otherwise a wider group is a committee nobody drives.</li>
 *     </ul>
 *     Until 2026-12-07 the win was purely additive in these terms (with engagement drawn afterwards given the fate,
 *     by Bayes the same as {@code + 1.0 D}, and the group drawn from D alone); a logistic regression over binned
 *     features recovers such a model exactly, so the sample could not reward a model that finds interactions. The
 *     change is for realism; it also gives non-linear models something to find (docs/benchmarks.md). Every quantity
 *     the win uses is in stored fields: the amount, the activities, the roles of the buying group, and D through
 *     the answers of the activities. Cycles are log-normal around 25/55/110 days, longer for larger amounts and
 *     shorter for lost deals; a deal still inside its cycle is open, staged by progress.</li>
 * <li><b>Deal engagement</b> {@code D}, drawn before the fate (above). A deal bound to be lost <em>goes quiet</em>
 *     at a share {@code q ~ U(0.2, 0.95)} of its cycle: from then on its buyers answer nothing (3%) and its stage
 *     stops moving. Observed through
 *     <ul>
 *     <li>deal activities' {@code outcome}: a call, email or meeting is {@code Connected} (answered, replied to,
 *         attended) with probability {@code sigmoid(base + 0.8 D)} (call +0.3, email -0.6, meeting +1.6) while
 *         the buyers answer, otherwise {@code No answer}; voicemails are {@code Left voicemail}; the analysed
 *         calls of the call history are {@code Connected}. So the reply
 *         rate, meeting attendance and days since the last two-way ({@code Connected}) contact all carry signal;
 *         each activity names one person of the buying group;</li>
 *     <li>the buying group ({@code DealContact}), drawn with D before the fate: the primary contact plus
 *         {@code min(4, Poisson(s e^(0.45 D)))} more of the account's people (s = 0.6/1.1/1.8 by segment; an open
 *         deal shows fewer the earlier it is), the primary contact the champion with probability
 *         {@code sigmoid(0.2 + 0.8 D)}, and the most senior member the economic buyer with probability
 *         {@code sigmoid(-0.9 + 0.9 D + 0.4 (size - 1))}; the roles then act on the win as above. None of them is a
 *         function of the outcome: they are drawn before it. The primary contact is linked at
 *         the deal's creation, the others at a uniform moment in the first 60% of the cycle (the link's UUIDv7 id
 *         carries it).</li>
 *     </ul></li>
 * <li><b>Deal history</b> ({@code DealChange}, one entry per change of stage, amount, close date or forecast
 *     category, like {@code SaveDeal} writes): created in prospecting; qualification, proposal and negotiation at
 *     about 20%, 45% and 70% of the cycle (+-4%), up to where a lost deal went quiet; closed won or lost at its
 *     close. The amount starts at a rough seat count (x logN(0, 0.25)), takes the final seats at the proposal and,
 *     in negotiation, a 5-20% discount on 60% of deals to be won (8-30% on 45% of those to be lost). The first
 *     close date is the segment's norm for the amount x logN(0, 0.25); 70% of deals to be lost push it 2-6 weeks as
 *     they go quiet (15% of those to be won, at random); a date that passes is pushed a few days later by 2-6
 *     weeks, or by 1-2 weeks once the deal has gone quiet, so stalled deals are pushed again and again. Forecast
 *     category: pipeline, best case at the proposal (half), commit at negotiation (65% of deals to be won, 40%
 *     of others, else best case), omitted for 30% of lost deals after going quiet. Open deals have the history up
 *     to "now"; every deal's stage, amount, close date and category equal its last entry.</li>
 * <li><b>Line items</b> ({@code DealLineItem}), summing exactly to the amount: seats x the plan's list price
 *     (Team 600, Business 900, Enterprise 1,200 a seat a year) less the whole-percent discount, an onboarding
 *     package (30/50/70% of deals by segment: 1,500/4,000/12,000) and premium support at a tenth of the list
 *     price per seat (25%).</li>
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
    private List<SampleReply> replies = List.of();

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
        SampleRun run = new SampleRun(seed, referenceNow, leads, sink, progress);
        SampleSummary summary = run.run(leads);
        replies = run.campaignReplies();
        return summary;
    }

    /**
     * The replies the sample's campaign emails got, as people wrote them (after {@link #generate}); stored by the
     * workspace's campaign engine ({@code usecase.SampleSeeding}), which classifies each and recommends what to do.
     */
    public List<SampleReply> campaignReplies() {
        return replies;
    }
}
