package com.nexuscrm.domain.deal;

/** How much a risk threatens the deal; the list shows high first. */
public enum RiskSeverity {
    HIGH("High"), MEDIUM("Medium"), LOW("Low");

    private final String label;

    RiskSeverity(String label) { this.label = label; }

    public String label() { return label; }
}
