package com.nexuscrm.domain;

/**
 * The built-in lead sources: the keys the default lead-source picklist starts with ({@link Picklists}). A lead
 * stores its source as a string, so a team may add its own values; {@link #of} tells whether a key is built in.
 */
public enum LeadSource {
    WEBSITE("Website"), WEBINAR("Webinar"), REFERRAL("Referral"), PAID_SEARCH("Paid search"),
    SOCIAL("Social"), EVENT("Event"), OUTBOUND("Outbound"), PARTNER("Partner"), IMPORT("Import");

    private final String label;

    LeadSource(String label) { this.label = label; }

    public String label() { return label; }

    /** True when {@code key} (a lead's stored source) is this built-in value. */
    public boolean is(String key) { return name().equals(key); }

    /** The built-in value a stored key names; empty for a value the team added. */
    public static java.util.Optional<LeadSource> of(String key) {
        for (LeadSource s : values()) {
            if (s.name().equals(key)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** The built-in label of a key, or the key itself (a team's own value is keyed by its first label). */
    public static String labelOf(String key) {
        return key == null ? "" : of(key).map(LeadSource::label).orElse(key);
    }
}
