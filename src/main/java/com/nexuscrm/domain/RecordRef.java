package com.nexuscrm.domain;

import java.util.Objects;
import java.util.UUID;

/** A record that activities can be logged against: a lead, contact, account or deal, by id. */
public record RecordRef(Kind kind, UUID id) {
    /** The kinds of record with a timeline. */
    public enum Kind {
        LEAD("Lead"), CONTACT("Contact"), ACCOUNT("Account"), DEAL("Deal");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    public RecordRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static RecordRef lead(UUID id) { return new RecordRef(Kind.LEAD, id); }
    public static RecordRef contact(UUID id) { return new RecordRef(Kind.CONTACT, id); }
    public static RecordRef account(UUID id) { return new RecordRef(Kind.ACCOUNT, id); }
    public static RecordRef deal(UUID id) { return new RecordRef(Kind.DEAL, id); }

    /** Whether the activity is logged against this record (directly, or rolled up to its account). */
    public boolean isLinkedTo(Activity a) {
        UUID linked = switch (kind) {
            case LEAD -> a.getLeadId();
            case CONTACT -> a.getContactId();
            case ACCOUNT -> a.getAccountId();
            case DEAL -> a.getDealId();
        };
        return id.equals(linked);
    }
}
