package com.nexuscrm.domain;

/** The rep's own call on a deal for the forecast, as Salesforce's forecast categories. */
public enum ForecastCategory {
    COMMIT("Commit"), BEST_CASE("Best case"), PIPELINE("Pipeline"), OMITTED("Omitted");

    private final String label;

    ForecastCategory(String label) { this.label = label; }

    public String label() { return label; }
}
