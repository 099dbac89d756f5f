package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ArmCounts;
import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.ScoreBand;
import com.nexuscrm.domain.campaign.Segment;
import com.nexuscrm.domain.campaign.SendTimeGrid;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A/B/n tests that learn while they run: a step's variant is chosen by Thompson sampling on the replies each variant
 * has had so far, with {@link CampaignBandit}'s variant dimension (its prior centred on the step's overall reply rate,
 * its exploration floor). With optimisation off, or a step with one variant, it is the stable even split. The counts
 * are the touch tallies read when the runner starts, one bandit per campaign step over all its recipients (a campaign
 * of a few hundred people is too small to learn per segment; the simulation does that). The draw is seeded by the
 * enrolment and the step, so the same counts always give the same person the same variant.
 */
public final class ThompsonVariants implements VariantChooser {
    private static final Segment EVERYONE = new Segment("everyone", ScoreBand.MEDIUM);
    private final List<TouchTally> tallies;
    private final OptimisationSettings settings;

    public ThompsonVariants(List<TouchTally> tallies, OptimisationSettings settings) {
        this.tallies = List.copyOf(tallies);
        this.settings = settings;
    }

    @Override
    public Template choose(Enrolment enrolment, int stepIndex, Step step) {
        if (!settings.enabled() || step.variants().size() < 2) {
            return EVEN_SPLIT.choose(enrolment, stepIndex, step);
        }
        Random random = new Random(enrolment.id().getMostSignificantBits() * 31 + enrolment.id().getLeastSignificantBits()
                + stepIndex * 0x9E3779B97F4A7C15L);
        Choice choice = bandit(enrolment.planId(), stepIndex, step).choose(EVERYONE, random);
        return step.variants().get(choice.variant());
    }

    /** Each variant's posterior reply rate (mean and 90% interval), the best one and its uplift over an even split. */
    public DimensionReport report(UUID planId, int stepIndex, Step step) {
        return bandit(planId, stepIndex, step).report(EVERYONE, Dimension.VARIANT);
    }

    private CampaignBandit bandit(UUID planId, int stepIndex, Step step) {
        CampaignBandit bandit = new CampaignBandit(new ArmSpace(SendTimeGrid.BLOCKS, List.of(step.channel()),
                step.variants().size()), settings);
        List<ArmCounts> row = new ArrayList<>();
        for (Template variant : step.variants()) {
            row.add(tallies.stream().filter(t -> t.planId().equals(planId) && t.stepIndex() == stepIndex
                            && t.variant().equals(variant.variant()))
                    .map(t -> new ArmCounts(t.sent(), Math.min(t.replied(), t.sent()))).reduce(ArmCounts.NONE, ArmCounts::plus));
        }
        bandit.restore(EVERYONE, Dimension.VARIANT, row);
        return bandit;
    }
}
