package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchTally;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Live variant tests: Thompson sampling on the replies so far, the exploration floor, the off switch, the report. */
class ThompsonVariantsTest {
    private static final UUID PLAN = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final Step AB = Step.of(0, Channel.EMAIL, new Template("A", "Hello", "Hi"), new Template("B", "Quick one", "Hey"));

    private static Enrolment enrolment(int i) {
        return Enrolment.start(new UUID(0x0000_0000_0000_7000L | i, 0x8000_0000_0000_0000L | (i * 7919L)), PLAN,
                PersonRef.lead(UUID.randomUUID()), Instant.EPOCH);
    }

    private static double shareOfB(ThompsonVariants chooser, int n) {
        int b = 0;
        for (int i = 0; i < n; i++) {
            b += chooser.choose(enrolment(i), 0, AB).variant().equals("B") ? 1 : 0;
        }
        return (double) b / n;
    }

    @Test
    void theVariantWithMoreRepliesGetsMostTouchesAndTheOtherKeepsTheFloor() {
        ThompsonVariants chooser = new ThompsonVariants(List.of(new TouchTally(PLAN, 0, "A", 200, 4),
                new TouchTally(PLAN, 0, "B", 200, 30)), OptimisationSettings.on());
        double b = shareOfB(chooser, 2000);
        assertTrue(b > 0.9, "B replies 15% against A's 2%: " + b);
        assertTrue(1 - b > 0.02, "the 10% floor keeps about 5% of touches on A: " + (1 - b));

        DimensionReport report = chooser.report(PLAN, 0, AB);
        assertEquals(1, report.best(), "B leads");
        assertTrue(report.arms().get(1).low90() < 0.15 && 0.15 < report.arms().get(1).high90());
        assertTrue(report.arms().get(0).high90() < report.arms().get(1).low90(), "the intervals do not overlap");
        assertEquals(200, report.arms().get(0).pulls());
    }

    @Test
    void withoutRepliesYetOrWithLearningOffTheSplitIsEven() {
        double fresh = shareOfB(new ThompsonVariants(List.of(), OptimisationSettings.on()), 2000);
        assertTrue(fresh > 0.4 && fresh < 0.6, "nothing learnt yet: " + fresh);
        ThompsonVariants off = new ThompsonVariants(List.of(new TouchTally(PLAN, 0, "A", 200, 4),
                new TouchTally(PLAN, 0, "B", 200, 30)), OptimisationSettings.uniform());
        for (int i = 0; i < 200; i++) {
            assertEquals(VariantChooser.EVEN_SPLIT.choose(enrolment(i), 0, AB), off.choose(enrolment(i), 0, AB));
        }
    }

    @Test
    void otherPlansAndStepsDoNotCountAndTheSameCountsGiveTheSameChoice() {
        ThompsonVariants chooser = new ThompsonVariants(List.of(new TouchTally(UUID.randomUUID(), 0, "A", 500, 100),
                new TouchTally(PLAN, 1, "A", 500, 100)), OptimisationSettings.on());
        double b = shareOfB(chooser, 2000);
        assertTrue(b > 0.4 && b < 0.6, "only this plan's step 0 counts: " + b);
        for (int i = 0; i < 50; i++) {
            assertEquals(chooser.choose(enrolment(i), 0, AB), chooser.choose(enrolment(i), 0, AB));
        }
    }
}
