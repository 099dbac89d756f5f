package com.nexuscrm.domain;

/** The part a contact plays in a deal's buying group. */
public enum DealRole {
    ECONOMIC_BUYER("Economic buyer"), CHAMPION("Champion"), TECHNICAL("Technical buyer"), LEGAL("Legal"),
    OTHER("Other");

    private final String label;

    DealRole(String label) { this.label = label; }

    public String label() { return label; }
}
