package com.nexuscrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.deal.ForecastFigures;
import com.nexuscrm.domain.deal.ForecastPeriod;
import com.nexuscrm.domain.deal.PipelineForecast;
import com.nexuscrm.json.Json;
import com.nexuscrm.usecase.ForecastDeals;
import com.nexuscrm.usecase.Workspace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nexus forecast}: a period's deal forecast by rep, team or the company, as the Forecast screen shows it. */
@Command(name = "forecast", description = "Deal forecast of a period (2027-Q1, 2027-03 or 2027-01-10..2027-02-20) by rep, team or company.")
final class ForecastCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = Json.indented();

    @Mixin
    WorkspaceOption workspace;
    @Option(names = "--period", required = true, description = "2027-Q1, 2027-03 or 2027-01-10..2027-02-20") String period;
    @Option(names = "--by", defaultValue = "rep", description = "rep, team or company (default ${DEFAULT-VALUE})") String by;
    @Option(names = "--json", description = "Print one JSON object instead of the table") boolean json;

    @Override
    public Integer call() throws Exception {
        ForecastPeriod p;
        PipelineForecast.By grouping;
        try {
            p = ForecastPeriod.parse(period);
            grouping = PipelineForecast.By.valueOf(by.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage().startsWith("No enum") ? "--by " + by + ": use rep, team or company." : e.getMessage());
            return 2;
        }
        try (Workspace open = workspace.open()) {
            ForecastDeals.Forecast f = ForecastDeals.of(open, ZoneId.systemDefault(), Clock.systemUTC())
                    .forecast(p, grouping, ForecastDeals.Scope.COMPANY);
            System.out.println(json ? JSON.writeValueAsString(json(f)) : table(f));
            return 0;
        }
    }

    private static String table(ForecastDeals.Forecast f) {
        StringBuilder out = new StringBuilder();
        String format = "%-24s %12s %12s %12s %12s %12s %12s %12s %12s %12s%n";
        out.append("Forecast ").append(f.result().period().key()).append(" (").append(f.result().period().from()).append(" to ")
                .append(f.result().period().to()).append(") by ").append(f.result().by().name().toLowerCase())
                .append(", amounts in ").append(f.result().currency()).append('\n');
        out.append(String.format(format, "", "closed won", "commit", "best case", "pipeline", "weighted", "stage-wtd",
                "high conf", "at risk", "adjusted"));
        for (PipelineForecast.Group g : f.result().groups()) {
            out.append(row(format, name(g.key(), f.names(), f.result().by()), g.figures()));
        }
        out.append(row(format, "Total", f.result().total()));
        out.append("weighted: open amount x the model's win probability (the stage's for a deal without a score); "
                + "high confidence: >= " + PipelineForecast.HIGH_CONFIDENCE + "%; at risk: proposal or negotiation under "
                + PipelineForecast.AT_RISK_BELOW + "%;\nadjusted: closed won + weighted + the managers' adjustment ("
                + money(f.result().total().adjustment()) + ").\n");
        long scored = f.result().open().stream().filter(d -> d.source() == com.nexuscrm.domain.deal.ForecastDeal.Source.MODEL).count();
        out.append(scored).append(" of ").append(f.result().open().size()).append(" open deals weighted by the model, the rest by stage.");
        for (com.nexuscrm.domain.deal.ForecastDeal d : f.result().unconverted()) {
            out.append("\nLeft out (no exchange rate from ").append(d.currency()).append(" into ").append(f.result().currency())
                    .append("): ").append(d.name()).append(", ").append(d.currency()).append(' ').append(money(d.amount()));
        }
        return out.toString();
    }

    private static String row(String format, String name, ForecastFigures x) {
        return String.format(format, name.length() > 24 ? name.substring(0, 23) + "…" : name, money(x.closedWon()),
                money(x.commit()), money(x.bestCase()), money(x.openPipeline()), money(x.weighted()), money(x.stageWeighted()),
                money(x.highConfidence()), money(x.atRisk()), money(x.adjustedTotal()));
    }

    private static String money(BigDecimal v) {
        return String.format("%,.0f", v);
    }

    private static String name(UUID key, Map<UUID, String> names, PipelineForecast.By by) {
        if (by == PipelineForecast.By.COMPANY) {
            return "Company";
        }
        return key == null ? "(no " + by.name().toLowerCase() + ")" : names.getOrDefault(key, key.toString().substring(0, 8));
    }

    private static ObjectNode json(ForecastDeals.Forecast f) {
        ObjectNode root = JSON.createObjectNode();
        root.put("period", f.result().period().key()).put("from", f.result().period().from().toString())
                .put("to", f.result().period().to().toString()).put("by", f.result().by().name().toLowerCase())
                .put("currency", f.result().currency())
                .put("highConfidencePercent", PipelineForecast.HIGH_CONFIDENCE).put("atRiskBelowPercent", PipelineForecast.AT_RISK_BELOW);
        ArrayNode groups = root.putArray("groups");
        for (PipelineForecast.Group g : f.result().groups()) {
            ObjectNode node = figures(groups.addObject(), g.figures());
            node.put("id", g.key() == null ? null : g.key().toString()).put("name", name(g.key(), f.names(), f.result().by()));
        }
        figures(root.putObject("total"), f.result().total());
        return root;
    }

    private static ObjectNode figures(ObjectNode n, ForecastFigures x) {
        return n.put("closedWon", x.closedWon()).put("commit", x.commit()).put("bestCase", x.bestCase())
                .put("pipelineCategory", x.pipelineCategory()).put("omitted", x.omitted()).put("openPipeline", x.openPipeline())
                .put("weighted", x.weighted()).put("stageWeighted", x.stageWeighted()).put("highConfidence", x.highConfidence())
                .put("atRisk", x.atRisk()).put("adjustment", x.adjustment()).put("adjustedTotal", x.adjustedTotal())
                .put("openDeals", x.openDeals()).put("wonDeals", x.wonDeals());
    }
}
