package com.nexuscrm.ui.forecast;

import com.nexuscrm.domain.deal.ForecastDeal;
import com.nexuscrm.domain.deal.ForecastMoves;
import com.nexuscrm.domain.deal.PipelineForecast;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.ForecastDeals;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The forecast's warning about deals it could not count: in a currency the team has no rate for, named. */
final class ForecastLeftOut {
    private static final int NAMED = 5;

    private ForecastLeftOut() { }

    static String describe(PipelineForecast.Result result, ForecastDeals.Moved moved, Map<UUID, String> names, String cur,
                           Formats formats) {
        List<ForecastDeal> deals = result.unconverted();
        List<ForecastMoves.Move> moves = moved.unconverted();
        if (deals.isEmpty() && moves.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (!deals.isEmpty()) {
            s.append(deals.size()).append(deals.size() == 1 ? " deal is" : " deals are").append(" left out of these figures: no ")
                    .append("exchange rate into ").append(cur).append(" for ");
            s.append(String.join(", ", deals.stream().limit(NAMED).map(d -> d.name() + " (" + formats.money(d.currency(),
                    d.amount()) + ")").toList()));
            s.append(deals.size() > NAMED ? " and " + (deals.size() - NAMED) + " more." : ".");
        }
        if (!moves.isEmpty()) {
            s.append(s.isEmpty() ? "" : " ").append(moves.size()).append(moves.size() == 1 ? " move is" : " moves are")
                    .append(" left out of what moved for the same reason: ");
            s.append(String.join(", ", moves.stream().limit(NAMED).map(m -> names.getOrDefault(m.dealId(), "a deal") + " ("
                    + moved.currencies().getOrDefault(m.dealId(), "?") + ")").toList()));
            s.append(moves.size() > NAMED ? " and " + (moves.size() - NAMED) + " more." : ".");
        }
        return s.append(" Set the rates in Settings \u25b8 Currency.").toString();
    }
}
