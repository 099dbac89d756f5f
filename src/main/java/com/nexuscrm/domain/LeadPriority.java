package com.nexuscrm.domain;

/** How fast a routed lead must be answered; the routing rule that matched sets it with the SLA. */
public enum LeadPriority {
    URGENT("Urgent"), HIGH("High"), NORMAL("Normal");

    private final String label;

    LeadPriority(String label) { this.label = label; }

    public String label() { return label; }
}
