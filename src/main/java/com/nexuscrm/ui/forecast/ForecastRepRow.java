package com.nexuscrm.ui.forecast;

import java.util.UUID;

/** One rep's line of the Forecast screen's table, as shown; {@code adjustment} is the amount as it can be edited. */
public record ForecastRepRow(UUID repId, String rep, String closedWon, String commit, String bestCase, String open,
                             String weighted, String adjustment, String note, String adjustedTotal) { }
