package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.campaign.ArmCounts;
import com.nexuscrm.domain.campaign.ArmReport;
import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.ScoreBand;
import com.nexuscrm.domain.campaign.Segment;
import com.nexuscrm.domain.campaign.SendTimeGrid;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bandit's posteriors by hand, its exploration floor and its off switch, counted over seeded draws. */
class CampaignBanditTest {
    private static final ArmSpace ARMS = new ArmSpace(SendTimeGrid.BLOCKS, List.of(Channel.values()), 3);
    private static final Segment WEB = new Segment("WEBSITE", ScoreBand.HIGH);
    private static final Segment EVENT = new Segment("EVENT", ScoreBand.LOW);
    private static final int DRAWS = 24_000;

    @Test
    void aSegmentsPosteriorIsItsCountsOnTheCampaignsBaseRate() {
        CampaignBandit bandit = new CampaignBandit(ARMS, OptimisationSettings.on());
        Choice choice = new Choice(2, Channel.EMAIL, 0);
        for (int i = 0; i < 10; i++) {
            bandit.record(WEB, choice, i < 3);
        }
        // m = (3 + 1) / (10 + 2) = 1/3; prior Beta(2/3, 4/3); posterior Beta(3 + 2/3, 7 + 4/3), mean 11/36
        ArmReport email = bandit.report(WEB, Dimension.CHANNEL).arms().get(0);
        assertEquals(new ArmReport("Email", email.mean(), email.low90(), email.high90(), 10, 3), email);
        assertEquals(11.0 / 36, email.mean(), 1e-12);
        assertEquals(0.11532388762398633, email.low90(), 1e-8, "scipy.stats.beta.ppf(0.05, 11/3, 25/3)");
        assertEquals(0.5339819007403017, email.high90(), 1e-8);
        ArmReport untried = bandit.report(WEB, Dimension.SEND_TIME).arms().get(0);
        assertEquals(1.0 / 3, untried.mean(), 1e-12, "an untried arm sits at the campaign's rate");
        assertEquals(0, untried.pulls());
    }

    @Test
    void otherSegmentsLendTheirEvidenceUpToThirtyTouches() {
        CampaignBandit bandit = new CampaignBandit(ARMS, OptimisationSettings.on());
        Choice choice = new Choice(2, Channel.EMAIL, 0);
        for (int i = 0; i < 10; i++) {
            bandit.record(WEB, choice, i < 3);
        }
        for (int i = 0; i < 20; i++) {
            bandit.record(EVENT, choice, i < 2);
        }
        // m = 6/32; EVENT's prior: Beta(2m + 3, 2(1 - m) + 7) from WEB's 3 of 10; posterior adds 2 of 20: Beta(5.375, 26.625)
        ArmReport slot = bandit.report(EVENT, Dimension.SEND_TIME).arms().get(2);
        assertEquals(5.375 / 32, slot.mean(), 1e-12);
        assertEquals(0.07388118271963096, slot.low90(), 1e-8);
        assertEquals(0.28588892329552107, slot.high90(), 1e-8);

        CampaignBandit shrunk = new CampaignBandit(ARMS, OptimisationSettings.on());
        for (int i = 0; i < 60; i++) {
            shrunk.record(WEB, choice, i < 6);
        }
        // 60 touches lent as 30: Beta(2 x 7/62 + 3, 2 x 55/62 + 27) for a segment that has seen nothing
        assertEquals((14.0 / 62 + 3) / 32, shrunk.report(EVENT, Dimension.VARIANT).arms().get(0).mean(), 1e-12);
    }

    @Test
    void theReportNamesTheBestArmAndItsUpliftOverUniform() {
        CampaignBandit bandit = new CampaignBandit(new ArmSpace(SendTimeGrid.BLOCKS, List.of(Channel.EMAIL), 2),
                OptimisationSettings.on());
        for (int i = 0; i < 100; i++) {
            bandit.record(WEB, new Choice(0, Channel.EMAIL, 0), i < 8);
            bandit.record(WEB, new Choice(0, Channel.EMAIL, 1), i < 2);
        }
        DimensionReport variants = bandit.report(WEB, Dimension.VARIANT);
        assertEquals(0, variants.best());
        double a = variants.arms().get(0).mean();
        double b = variants.arms().get(1).mean();
        assertEquals(a / ((a + b) / 2) - 1, variants.upliftOverUniform(), 1e-12);
        assertTrue(variants.upliftOverUniform() > 0.5, "8% against 2% is well over uniform: " + variants);
    }

    @Test
    void theExplorationFloorKeepsEveryArmInPlayEvenWhenOneArmClearlyWins() {
        int[] withFloor = sendTimeCounts(skewed(new OptimisationSettings(true, 0.24, null)), new Random(11));
        int floorShare = (int) (0.9 * 0.24 / 12 * DRAWS); // 0.24 of draws uniform over 12 buckets, 10% slack
        for (int bucket = 1; bucket < 12; bucket++) {
            assertTrue(withFloor[bucket] >= floorShare, "bucket " + bucket + " drawn " + withFloor[bucket] + " times");
        }
        assertTrue(withFloor[0] > DRAWS * 0.76, "the winner takes the rest: " + withFloor[0]);

        int[] noFloor = sendTimeCounts(skewed(new OptimisationSettings(true, 0, null)), new Random(11));
        assertTrue(noFloor[0] > DRAWS * 0.99, "without a floor the posteriors alone rarely try a loser: " + noFloor[0]);
    }

    @Test
    void switchedOffItChoosesUniformlyWhateverItHasLearnt() {
        CampaignBandit off = skewed(OptimisationSettings.uniform());
        Random random = new Random(3);
        int[] buckets = new int[12];
        int[] channels = new int[4];
        int[] variants = new int[3];
        for (int i = 0; i < DRAWS; i++) {
            Choice c = off.choose(WEB, random);
            buckets[c.sendTime()]++;
            channels[c.channel().ordinal()]++;
            variants[c.variant()]++;
        }
        assertRoughlyEqual(buckets);
        assertRoughlyEqual(channels);
        assertRoughlyEqual(variants);

        Choice fixed = new Choice(7, Channel.SMS, 2);
        CampaignBandit campaignChoice = skewed(OptimisationSettings.fixed(fixed));
        for (int i = 0; i < 1000; i++) {
            assertEquals(fixed, campaignChoice.choose(WEB, random));
        }
    }

    @Test
    void aSeedRepeatsTheChoicesAndOutcomesStillCountWhileOff() {
        assertEquals(choices(new Random(42)), choices(new Random(42)));
        CampaignBandit bandit = new CampaignBandit(ARMS, OptimisationSettings.uniform());
        bandit.record(WEB, new Choice(0, Channel.SMS, 1), true);
        assertEquals(new ArmCounts(1, 1), bandit.posteriors(WEB, Dimension.CHANNEL).get(1));
        assertEquals(new ArmCounts(1, 1), bandit.with(OptimisationSettings.on()).posteriors(WEB, Dimension.CHANNEL).get(1));
        assertThrows(IllegalArgumentException.class, () -> bandit.record(WEB, new Choice(12, Channel.SMS, 0), true));
        assertThrows(IllegalArgumentException.class, () -> new CampaignBandit(new ArmSpace(SendTimeGrid.BLOCKS,
                List.of(Channel.EMAIL), 1), OptimisationSettings.fixed(new Choice(0, Channel.SMS, 0))));
    }

    private static List<Choice> choices(Random random) {
        CampaignBandit bandit = skewed(OptimisationSettings.on());
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Choice c = bandit.choose(WEB, random);
            bandit.record(WEB, c, random.nextDouble() < 0.05);
            out.add(c);
        }
        return out;
    }

    /** Bucket 0, email and variant A have replied 90% of 1000 times; every other arm 0 of 1000. */
    private static CampaignBandit skewed(OptimisationSettings settings) {
        CampaignBandit bandit = new CampaignBandit(ARMS, settings);
        for (Dimension d : Dimension.values()) {
            List<ArmCounts> row = new ArrayList<>(Collections.nCopies(ARMS.size(d), new ArmCounts(1000, 0)));
            row.set(0, new ArmCounts(1000, 900));
            bandit.restore(WEB, d, row);
        }
        return bandit;
    }

    private static int[] sendTimeCounts(CampaignBandit bandit, Random random) {
        int[] counts = new int[12];
        for (int i = 0; i < DRAWS; i++) {
            counts[bandit.choose(WEB, random).sendTime()]++;
        }
        return counts;
    }

    private static void assertRoughlyEqual(int[] counts) {
        double expected = (double) DRAWS / counts.length;
        for (int i = 0; i < counts.length; i++) {
            assertEquals(expected, counts[i], expected * 0.1, "arm " + i + " of " + java.util.Arrays.toString(counts));
        }
    }
}
