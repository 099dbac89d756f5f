package com.nexuscrm.domain;

/** Pipeline stages, in order. */
public enum DealStage {
    PROSPECTING("Prospecting"), QUALIFICATION("Qualification"), PROPOSAL("Proposal"),
    NEGOTIATION("Negotiation"), CLOSED_WON("Closed won"), CLOSED_LOST("Closed lost");

    private final String label;

    DealStage(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isClosed() { return this == CLOSED_WON || this == CLOSED_LOST; }
}
