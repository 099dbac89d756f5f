package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ArmCounts;
import com.nexuscrm.domain.campaign.ArmReport;
import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.ScoreBand;
import com.nexuscrm.domain.campaign.Segment;
import com.nexuscrm.domain.campaign.SendTimeGrid;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.TouchOutcome;
import com.nexuscrm.domain.campaign.TouchTally;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one campaign's optimiser has learnt, over all its recipients: each send hour's, each offered channel's and each
 * variant's posterior reply rate (mean, 90% interval, touches, replies) and the best arm's uplift over an even split.
 * The send-time section lists the hours touches went out in (the even split is over those); a channel section appears
 * for each step with an alternative channel, a variant section for each step with two or more variants (from
 * {@link ThompsonVariants}); a section with no sent touch is left out, so a campaign that has sent nothing has none.
 */
public final class OptimisationReport {
    private static final Segment EVERYONE = new Segment("everyone", ScoreBand.MEDIUM);
    private static final ArmSpace TIMES = new ArmSpace(ThompsonPlanner.GRID, List.of(Channel.EMAIL), 1);

    private OptimisationReport() { }

    /** One dimension of one campaign (or of one of its steps) in words and numbers. */
    public record Section(String title, DimensionReport report) { }

    /**
     * @param outcomes the plan's sent touches (others are ignored)
     * @param zones    the touched people's time zones (a person left out is left out of the send-time section)
     */
    public static List<Section> of(CampaignPlan plan, List<TouchOutcome> outcomes, Map<PersonRef, ZoneId> zones,
                                   List<TouchTally> tallies) {
        List<TouchOutcome> mine = outcomes.stream().filter(o -> o.planId().equals(plan.id())).toList();
        List<Section> sections = new ArrayList<>();
        Map<Object, Map<Segment, ArmCounts[]>> hours = new HashMap<>();
        mine.stream().filter(o -> zones.containsKey(o.person())).forEach(o -> ThompsonPlanner.add(hours, plan.id(), EVERYONE,
                SendTimeGrid.HOUR_OF_WEEK.size(), ThompsonPlanner.bucket(o.sentAt(), zones.get(o.person())), o.replied()));
        if (!hours.isEmpty()) {
            DimensionReport all = ThompsonPlanner.bandit(TIMES, Dimension.SEND_TIME, hours.get(plan.id()),
                    OptimisationSettings.on()).report(EVERYONE, Dimension.SEND_TIME);
            List<ArmReport> tried = all.arms().stream().filter(a -> a.pulls() > 0).toList();
            sections.add(new Section("Send time (local hour)", DimensionReport.of(Dimension.SEND_TIME, tried)));
        }
        for (int i = 0; i < plan.steps().size(); i++) {
            Step step = plan.step(i);
            int index = i;
            if (step.alternative() != null && mine.stream().anyMatch(o -> o.stepIndex() == index)) {
                sections.add(new Section("Step " + (i + 1) + " channel", channels(step, mine, index)));
            }
            if (step.variants().size() > 1 && tallies.stream().anyMatch(t -> t.planId().equals(plan.id())
                    && t.stepIndex() == index && t.sent() > 0)) {
                sections.add(new Section("Step " + (i + 1) + " variant",
                        new ThompsonVariants(tallies, OptimisationSettings.on()).report(plan.id(), i, step)));
            }
        }
        return sections;
    }

    private static DimensionReport channels(Step step, List<TouchOutcome> mine, int index) {
        ArmSpace space = new ArmSpace(SendTimeGrid.BLOCKS, step.channels(), 1);
        Map<Object, Map<Segment, ArmCounts[]>> counts = new HashMap<>();
        mine.stream().filter(o -> o.stepIndex() == index && step.channels().contains(o.channel())).forEach(o ->
                ThompsonPlanner.add(counts, index, EVERYONE, space.channels().size(), space.channels().indexOf(o.channel()),
                        o.replied()));
        Map<Segment, ArmCounts[]> rows = counts.getOrDefault(index, Map.of(EVERYONE, new ArmCounts[] {ArmCounts.NONE, ArmCounts.NONE}));
        return ThompsonPlanner.bandit(space, Dimension.CHANNEL, rows, OptimisationSettings.on()).report(EVERYONE, Dimension.CHANNEL);
    }
}
