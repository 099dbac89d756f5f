package com.nexuscrm.ui.forecast;

/** One bar of the what-moved chart: a kind of move, how many deals, and its amount's effect on the forecast. */
public record ForecastMoveBar(String kind, int deals, double amount, String tooltip) { }
