package com.nexuscrm.domain.campaign;

/** The three things the optimiser chooses, each learnt by its own bandit per segment. */
public enum Dimension {
    SEND_TIME("send time"), CHANNEL("channel"), VARIANT("variant");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
