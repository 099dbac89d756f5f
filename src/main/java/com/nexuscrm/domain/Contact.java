package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person at an account. */
@Entity
@Table(name = "contact")
public class Contact extends SyncedRecord {
    private UUID accountId;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String title;
    private Instant createdAt;
    private UUID mergedInto;
    /** Do not contact: no campaign touch on any channel; set by hand, by an import, or by an unsubscribe. Synced. */
    private boolean doNotContact;

    public Contact() { }

    public Contact(UUID id) { super(id); }

    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    /** The contact this one was merged into (set on the tombstoned loser of a merge). */
    public UUID getMergedInto() { return mergedInto; }
    public void setMergedInto(UUID mergedInto) { this.mergedInto = mergedInto; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public boolean isDoNotContact() { return doNotContact; }
    public void setDoNotContact(boolean doNotContact) { this.doNotContact = doNotContact; }
}
