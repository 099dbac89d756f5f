package com.nexuscrm.domain.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast over a period week by week, for its chart: what had been won by each week's end (up to today), and
 * what is expected by then (won so far plus the open deals closing by then, weighted by their win probability).
 */
public final class ForecastCurve {
    /** One week: its last day, won by then (null for a week that has not started yet), expected by then. */
    public record Point(LocalDate weekEnd, BigDecimal wonToDate, BigDecimal expected) { }

    private ForecastCurve() { }

    public static List<Point> weekly(PipelineForecast.Result forecast, LocalDate today) {
        List<Point> points = new ArrayList<>();
        LocalDate weekStart = forecast.period().from();
        for (LocalDate end : forecast.period().weekEnds()) {
            LocalDate upTo = end.isAfter(today) ? today : end;
            BigDecimal won = forecast.won().stream().filter(d -> !wonOn(d).isAfter(upTo))
                    .map(ForecastDeal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal open = forecast.open().stream().filter(d -> !d.closeDate().isAfter(end))
                    .map(d -> PipelineForecast.weigh(d.amount(), d.probability())).reduce(BigDecimal.ZERO, BigDecimal::add);
            points.add(new Point(end, weekStart.isAfter(today) ? null : won, won.add(open)));
            weekStart = end.plusDays(1);
        }
        return points;
    }

    private static LocalDate wonOn(ForecastDeal d) {
        return d.closedOn() != null ? d.closedOn() : d.closeDate();
    }
}
