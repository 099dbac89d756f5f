package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer support ticket, input to account health. */
@Entity
@Table(name = "support_ticket")
public class SupportTicket extends SyncedRecord {
    private UUID accountId;
    private UUID contactId;
    private String subject;
    @Enumerated(EnumType.STRING) private TicketPriority priority;
    @Enumerated(EnumType.STRING) private TicketStatus status;
    private Instant openedAt;
    private Instant closedAt;
    private Integer satisfaction;

    public SupportTicket() { }

    public SupportTicket(UUID id) { super(id); }

    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public UUID getContactId() { return contactId; }
    public void setContactId(UUID contactId) { this.contactId = contactId; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public TicketPriority getPriority() { return priority; }
    public void setPriority(TicketPriority priority) { this.priority = priority; }
    public TicketStatus getStatus() { return status; }
    public void setStatus(TicketStatus status) { this.status = status; }
    public Instant getOpenedAt() { return openedAt; }
    public void setOpenedAt(Instant openedAt) { this.openedAt = openedAt; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
    public Integer getSatisfaction() { return satisfaction; }
    public void setSatisfaction(Integer satisfaction) { this.satisfaction = satisfaction; }
}
