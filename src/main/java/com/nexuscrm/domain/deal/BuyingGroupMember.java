package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealRole;
import java.util.UUID;

/**
 * A person on a deal: a contact of its buying group with their role, or the deal's primary contact when the
 * buying group does not list them ({@code role} empty). {@code name} and {@code title} are empty when the contact
 * record is gone.
 */
public record BuyingGroupMember(UUID dealId, UUID contactId, DealRole role, String name, String title) {
    public Seniority seniority() {
        return Seniority.of(title);
    }

    /** The name to show, or "a contact" when the record is gone. */
    public String displayName() {
        return name == null || name.isBlank() ? "a contact" : name.strip();
    }
}
