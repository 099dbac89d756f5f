package com.nexuscrm.domain;

/** Where a lead came from. */
public enum LeadSource {
    WEBSITE("Website"), WEBINAR("Webinar"), REFERRAL("Referral"), PAID_SEARCH("Paid search"),
    SOCIAL("Social"), EVENT("Event"), OUTBOUND("Outbound"), PARTNER("Partner"), IMPORT("Import");

    private final String label;

    LeadSource(String label) { this.label = label; }

    public String label() { return label; }
}
