package com.nexuscrm.ui.forecast;

import com.nexuscrm.domain.deal.ForecastPeriod;
import java.time.LocalDate;
import java.time.YearMonth;

/** The periods the Forecast screen offers, each found from today. */
public enum ForecastPeriodChoice {
    THIS_MONTH("This month"), THIS_QUARTER("This quarter"), NEXT_QUARTER("Next quarter"), CUSTOM("Custom…");

    private final String label;

    ForecastPeriodChoice(String label) { this.label = label; }

    /** The period on {@code today}; a custom one is {@code from}–{@code to}. */
    public ForecastPeriod period(LocalDate today, LocalDate from, LocalDate to) {
        return switch (this) {
            case THIS_MONTH -> ForecastPeriod.month(YearMonth.from(today));
            case THIS_QUARTER -> ForecastPeriod.quarterOf(today);
            case NEXT_QUARTER -> ForecastPeriod.quarterOf(today).next();
            case CUSTOM -> ForecastPeriod.custom(from, to);
        };
    }

    @Override
    public String toString() { return label; }
}
