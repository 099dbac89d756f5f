package com.nexuscrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.campaign.CampaignSimulation;
import com.nexuscrm.campaign.SimulationResult;
import com.nexuscrm.domain.campaign.ArmReport;
import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.SendTimeGrid;
import com.nexuscrm.json.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nexus simulate campaign}: the campaign optimiser against uniform choice and a fixed best guess on a
 * simulated audience with known reply rates; prints the cumulative regret curve and one segment's posteriors.
 */
@Command(name = "campaign", description = "Thompson-sampling send time, channel and variant vs uniform choice and a fixed"
        + " best guess, on simulated leads with known reply rates; prints the regret curve.")
final class SimulateCampaignCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = Json.indented();

    @Spec
    CommandSpec spec;
    @Option(names = "--leads", defaultValue = "10000", description = "Simulated leads (default ${DEFAULT-VALUE})") int leads;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of the audience and every draw (default ${DEFAULT-VALUE})") long seed;
    @Option(names = "--grid", defaultValue = "blocks", description = "Send-time buckets: blocks (4-hour blocks x weekday/"
            + "weekend, 12) or hour-of-week (168) (default ${DEFAULT-VALUE})") String grid;
    @Option(names = "--exploration", defaultValue = "0.10", description = "Share of choices made uniformly at random"
            + " (default ${DEFAULT-VALUE})") double exploration;
    @Option(names = "--variants", defaultValue = "3", description = "Variants per step, A/B/n (default ${DEFAULT-VALUE})") int variants;
    @Option(names = "--json", description = "Print one JSON object instead of the report") boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SimulationResult result;
        try {
            SendTimeGrid sendTimes = switch (grid.strip().toLowerCase(Locale.ROOT)) {
                case "blocks" -> SendTimeGrid.BLOCKS;
                case "hour-of-week" -> SendTimeGrid.HOUR_OF_WEEK;
                default -> throw new IllegalArgumentException("--grid " + grid + ": use blocks or hour-of-week.");
            };
            new OptimisationSettings(true, exploration, null); // checks the floor, naming the option below
            result = CampaignSimulation.run(leads, seed, new ArmSpace(sendTimes, List.of(Channel.values()), variants), exploration);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage().replace("The exploration floor", "--exploration"));
            return 2;
        }
        out.println(json ? JSON.writeValueAsString(json(result)) : SimulationText.of(result));
        out.flush();
        return 0;
    }

    private static ObjectNode json(SimulationResult r) {
        ObjectNode root = JSON.createObjectNode().put("leads", r.leads()).put("seed", r.seed())
                .put("sendTimeGrid", r.arms().grid().name()).put("sendTimeBuckets", r.arms().grid().size())
                .put("variants", r.arms().variants()).put("explorationFloor", r.explorationFloor());
        root.set("fixedGuess", choice(r.arms(), r.fixedGuess()));
        ArrayNode curve = root.putArray("curve");
        r.curve().forEach(c -> curve.addObject().put("leads", c.leads()).put("bandit", c.bandit()).put("uniform", c.uniform())
                .put("fixed", c.fixed()));
        ObjectNode finals = root.putObject("final");
        finals.putObject("bandit").put("regret", r.bandit().regret()).put("replies", r.bandit().replies());
        finals.putObject("uniform").put("regret", r.uniform().regret()).put("replies", r.uniform().replies());
        finals.putObject("fixed").put("regret", r.fixed().regret()).put("replies", r.fixed().replies());
        root.put("bestExpectedReplies", r.bestExpectedReplies()).put("banditOverUniform", r.banditOverUniform())
                .put("banditOverFixed", r.banditOverFixed());
        SimulationResult.Shown shown = r.shown();
        ObjectNode segment = root.putObject("segment").put("key", shown.segment().key()).put("leads", shown.leads())
                .put("trueBestRate", shown.trueBestRate()).put("uniformRate", shown.uniformRate());
        segment.set("trueBest", choice(r.arms(), shown.trueBest()));
        ObjectNode dimensions = segment.putObject("posteriors");
        for (DimensionReport d : shown.posteriors()) {
            ObjectNode node = dimensions.putObject(d.dimension().name().toLowerCase(Locale.ROOT))
                    .put("best", d.arms().get(d.best()).arm()).put("upliftOverUniform", d.upliftOverUniform());
            ArrayNode arms = node.putArray("arms");
            for (ArmReport a : d.arms()) {
                arms.addObject().put("arm", a.arm()).put("mean", a.mean()).put("low90", a.low90()).put("high90", a.high90())
                        .put("pulls", a.pulls()).put("successes", a.successes());
            }
        }
        return root;
    }

    private static ObjectNode choice(ArmSpace arms, Choice c) {
        return JSON.createObjectNode().put("sendTime", arms.grid().label(c.sendTime())).put("channel", c.channel().name())
                .put("variant", Choice.variantLabel(c.variant()));
    }
}
