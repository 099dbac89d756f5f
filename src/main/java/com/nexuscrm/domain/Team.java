package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A sales team; reps belong to one team, managers lead one or more. */
@Entity
@Table(name = "team")
public class Team extends SyncedRecord {
    private String name;
    private String segment;
    private UUID managerId;

    public Team() { }

    public Team(UUID id) { super(id); }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSegment() { return segment; }
    public void setSegment(String segment) { this.segment = segment; }
    public UUID getManagerId() { return managerId; }
    public void setManagerId(UUID managerId) { this.managerId = managerId; }
}
