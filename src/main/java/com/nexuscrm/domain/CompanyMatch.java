package com.nexuscrm.domain;

/** What {@link CompanyMatcher} found for a lead: one company, several equally good ones, or none. */
public sealed interface CompanyMatch {
    /** A short sentence for people: how the company was found, or why none was. */
    String explanation();

    /** One company; {@code matchedBy} says how, e.g. "email domain acme.com". */
    record Matched(CompanyProfile company, String matchedBy) implements CompanyMatch {
        @Override
        public String explanation() { return "matched by " + matchedBy; }
    }

    /** Several companies fit about equally well, so none is used. */
    record Ambiguous(String reason) implements CompanyMatch {
        @Override
        public String explanation() { return reason; }
    }

    /** No company fits. */
    record Unmatched(String reason) implements CompanyMatch {
        @Override
        public String explanation() { return reason; }
    }
}
