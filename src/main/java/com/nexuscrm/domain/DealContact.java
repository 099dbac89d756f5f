package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** A contact in a deal's buying group, with the role they play; one row per contact and deal. */
@Entity
@Table(name = "deal_contact")
public class DealContact extends SyncedRecord {
    private UUID dealId;
    private UUID contactId;
    @Enumerated(EnumType.STRING) private DealRole role;

    public DealContact() { }

    public DealContact(UUID id) { super(id); }

    public UUID getDealId() { return dealId; }
    public void setDealId(UUID dealId) { this.dealId = dealId; }
    public UUID getContactId() { return contactId; }
    public void setContactId(UUID contactId) { this.contactId = contactId; }
    public DealRole getRole() { return role; }
    public void setRole(DealRole role) { this.role = role; }
}
