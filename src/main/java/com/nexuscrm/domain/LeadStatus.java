package com.nexuscrm.domain;

/** Where a lead is in qualification. */
public enum LeadStatus {
    NEW("New"), WORKING("Working"), NURTURE("Nurture"), QUALIFIED("Qualified"),
    CONVERTED("Converted"), DISQUALIFIED("Disqualified");

    private final String label;

    LeadStatus(String label) { this.label = label; }

    public String label() { return label; }

    public boolean isOpen() { return this != CONVERTED && this != DISQUALIFIED; }
}
