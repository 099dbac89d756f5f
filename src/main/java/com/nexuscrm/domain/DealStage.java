package com.nexuscrm.domain;

/** Pipeline stages, in order. */
public enum DealStage {
    PROSPECTING("Prospecting"), QUALIFICATION("Qualification"), PROPOSAL("Proposal"),
    NEGOTIATION("Negotiation"), CLOSED_WON("Closed won"), CLOSED_LOST("Closed lost");

    private final String label;

    DealStage(String label) { this.label = label; }

    public String label() { return label; }

    /** A closed deal's outcome: won or lost; empty while the deal is open. */
    public java.util.Optional<Boolean> outcome() {
        return this == CLOSED_WON ? java.util.Optional.of(true)
                : this == CLOSED_LOST ? java.util.Optional.of(false) : java.util.Optional.empty();
    }

    public boolean isClosed() { return this == CLOSED_WON || this == CLOSED_LOST; }
}
