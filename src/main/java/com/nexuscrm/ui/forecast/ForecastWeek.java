package com.nexuscrm.ui.forecast;

/** One week of the chart: its label, won to date (null for a week not begun) and expected, in whole units. */
public record ForecastWeek(String label, Double wonToDate, double expected) { }
