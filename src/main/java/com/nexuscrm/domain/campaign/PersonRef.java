package com.nexuscrm.domain.campaign;

import java.util.UUID;

/** Who a campaign reaches: a lead or a contact, by id. */
public record PersonRef(Kind kind, UUID id) {
    /** The two kinds of record a campaign can enrol. */
    public enum Kind { LEAD, CONTACT }

    public PersonRef {
        if (kind == null || id == null) {
            throw new IllegalArgumentException("A campaign recipient needs a kind (lead or contact) and an id.");
        }
    }

    public static PersonRef lead(UUID id) {
        return new PersonRef(Kind.LEAD, id);
    }

    public static PersonRef contact(UUID id) {
        return new PersonRef(Kind.CONTACT, id);
    }
}
