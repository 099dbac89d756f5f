package com.nexuscrm.ui.forecast;

/** One figure tile: its id (for tests and styles), its label, the amount shown and the full amount with how it is made. */
public record ForecastTile(String id, String label, String value, String detail) { }
