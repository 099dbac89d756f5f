package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.Segment;
import com.nexuscrm.domain.campaign.SendTimeGrid;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The simulated audience is realistic, and on it the bandit loses fewer replies than uniform choice. */
class CampaignSimulationTest {
    private static final ArmSpace ARMS = new ArmSpace(SendTimeGrid.BLOCKS, List.of(Channel.values()), 3);

    @Test
    void theBanditsRegretOnThreeThousandLeadsIsWellBelowUniformChoices() {
        SimulationResult result = CampaignSimulation.run(3000, 1, ARMS, 0.10);
        assertTrue(result.banditOverUniform() < 0.8, "bandit / uniform = " + result.banditOverUniform());
        assertTrue(result.bandit().replies() > result.uniform().replies(), result.bandit() + " vs " + result.uniform());
        assertEquals(10, result.curve().size());
        assertEquals(3000, result.curve().get(9).leads());
        assertEquals(result.bandit().regret(), result.curve().get(9).bandit(), 1e-9);
        for (int i = 1; i < 10; i++) {
            assertTrue(result.curve().get(i).uniform() > result.curve().get(i - 1).uniform(), "regret only grows");
        }
    }

    @Test
    void aBanditThatOnlyExploresDoesNoBetterThanUniform() {
        SimulationResult result = CampaignSimulation.run(3000, 1, ARMS, 1.0);
        assertTrue(result.banditOverUniform() > 0.9, "an all-random 'bandit' is uniform choice: " + result.banditOverUniform());
    }

    @Test
    void theSameSeedGivesTheSameRunAndAnotherSeedAnotherAudience() {
        SimulationResult a = CampaignSimulation.run(500, 4, ARMS, 0.1);
        assertEquals(a, CampaignSimulation.run(500, 4, ARMS, 0.1));
        assertTrue(a.bandit().regret() != CampaignSimulation.run(500, 5, ARMS, 0.1).bandit().regret());
        assertThrows(IllegalArgumentException.class, () -> CampaignSimulation.run(5, 1, ARMS, 0.1));
    }

    @Test
    void trueReplyRatesLieBetweenOneAndFifteenPerCentAndDifferAcrossArms() {
        GroundTruth truth = GroundTruth.generate(ARMS, new Random(2));
        assertEquals(12, truth.segments().size());
        for (Segment segment : truth.segments()) {
            double min = 1;
            double max = 0;
            for (int t = 0; t < 12; t++) {
                for (Channel c : Channel.values()) {
                    for (int v = 0; v < 3; v++) {
                        double rate = truth.rate(segment, new Choice(t, c, v));
                        min = Math.min(min, rate);
                        max = Math.max(max, rate);
                    }
                }
            }
            assertTrue(min >= 0.01 && max <= 0.15, segment + ": " + min + ".." + max);
            assertEquals(max, truth.rate(segment, truth.best(segment)), 1e-15);
            assertTrue(max > 1.5 * truth.uniformRate(segment), "choosing well matters in " + segment);
        }
    }
}
