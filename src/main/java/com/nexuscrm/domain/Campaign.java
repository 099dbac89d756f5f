package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A multi-step outreach campaign. */
@Entity
@Table(name = "campaign")
public class Campaign extends SyncedRecord {
    private String name;
    private String channel;
    private String status;
    private String goal;
    private Instant createdAt;

    public Campaign() { }

    public Campaign(UUID id) { super(id); }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getGoal() { return goal; }
    public void setGoal(String goal) { this.goal = goal; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
