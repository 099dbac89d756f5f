package com.nexuscrm.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.deal.ForecastBacktest;
import com.nexuscrm.domain.deal.ForecastPeriod;
import com.nexuscrm.json.Json;
import com.nexuscrm.usecase.BacktestDeals;
import com.nexuscrm.usecase.Workspace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nexus backtest deals}: the forecast replayed over past periods, stage weighting against the model. */
@Command(name = "backtest", description = "Replays past periods to measure forecasts.", subcommands = BacktestCommand.Deals.class)
final class BacktestCommand {
    @Command(name = "deals", description = "For each past month or quarter: the forecast at its start by stage weighting and"
            + " by the model (fitted only on what was known then) against what was won, with the errors.")
    static final class Deals implements Callable<Integer> {
        private static final ObjectMapper JSON = Json.indented();

        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--period", defaultValue = "quarter", description = "month or quarter (default ${DEFAULT-VALUE})") String period;
        @Option(names = "--json", description = "Print one JSON object instead of the table") boolean json;

        @Override
        public Integer call() throws Exception {
            ForecastPeriod.Kind kind = switch (period.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "month" -> ForecastPeriod.Kind.MONTH;
                case "quarter" -> ForecastPeriod.Kind.QUARTER;
                default -> null;
            };
            if (kind == null) {
                System.err.println("--period " + period + ": use month or quarter.");
                return 2;
            }
            try (Workspace open = workspace.open()) {
                ForecastBacktest.Result r = BacktestDeals.of(open, ZoneId.systemDefault(), Clock.systemUTC()).run(kind);
                System.out.println(json ? JSON.writeValueAsString(json(r)) : table(r));
                return 0;
            }
        }

        private static String table(ForecastBacktest.Result r) {
            if (r.periods().isEmpty()) {
                return "No past period has a closed deal: nothing to backtest.";
            }
            StringBuilder out = new StringBuilder();
            String format = "%-10s %6s %14s %14s %14s %12s %12s%s%n";
            out.append(String.format(format, "period", "deals", "stage-wtd", "model", "actual won", "stage err", "model err", ""));
            for (ForecastBacktest.Period p : r.periods()) {
                out.append(String.format(format, p.period().key(), p.pipelineDeals(), money(p.stageWeighted()), money(p.model()),
                        money(p.actual()), money(p.stageError()), money(p.modelError()),
                        p.warmUp() ? "  warm-up (" + p.examples() + " examples)" : ""));
            }
            out.append(String.format("mean absolute error over %d periods: stage weighting %s, model %s%n", r.scoredPeriods(),
                    money(r.stageMeanError()), money(r.modelMeanError())));
            if (r.stageMeanPercent() != null) {
                out.append(String.format("mean percentage error (periods with wins): stage weighting %.1f%%, model %.1f%%%n",
                        r.stageMeanPercent(), r.modelMeanPercent()));
            }
            out.append(verdict(r));
            if (r.dealsWithoutHistory() > 0) {
                out.append(String.format("%n%d deals have no history: they count in what was won, never in a period's opening pipeline.",
                        r.dealsWithoutHistory()));
            }
            return out.toString();
        }

        private static String verdict(ForecastBacktest.Result r) {
            if (r.scoredPeriods() == 0) {
                return "Every period is warm-up: the model had too little history to judge.";
            }
            int c = r.modelMeanError().compareTo(r.stageMeanError());
            return c < 0 ? "The model was closer than stage weighting." : c > 0 ? "Stage weighting was closer than the model."
                    : "The model and stage weighting were equally close.";
        }

        private static String money(BigDecimal v) {
            return String.format("%,.0f", v);
        }

        private static ObjectNode json(ForecastBacktest.Result r) {
            ObjectNode root = JSON.createObjectNode();
            ArrayNode periods = root.putArray("periods");
            for (ForecastBacktest.Period p : r.periods()) {
                periods.addObject().put("period", p.period().key()).put("pipelineDeals", p.pipelineDeals())
                        .put("stageWeighted", p.stageWeighted()).put("model", p.model()).put("actual", p.actual())
                        .put("stageError", p.stageError()).put("modelError", p.modelError()).put("examples", p.examples())
                        .put("warmUp", p.warmUp());
            }
            root.put("scoredPeriods", r.scoredPeriods()).put("stageMeanError", r.stageMeanError())
                    .put("modelMeanError", r.modelMeanError()).put("stageMeanPercent", r.stageMeanPercent())
                    .put("modelMeanPercent", r.modelMeanPercent()).put("modelCloser", r.modelCloser())
                    .put("dealsWithoutHistory", r.dealsWithoutHistory()).put("verdict", verdict(r));
            return root;
        }
    }
}
