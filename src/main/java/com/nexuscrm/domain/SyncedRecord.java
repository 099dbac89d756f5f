package com.nexuscrm.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import java.util.UUID;

/**
 * The columns every synced record carries (DESIGN.md, "Data model").
 *
 * <p>{@code version} is the team server's order and stays 0 until the record is first synced; it is
 * deliberately not a JPA {@code @Version}, because the client must never bump it. {@code updatedAt}
 * is a hybrid logical clock value ({@link Hlc}) stamped by the store on every local change.
 */
@MappedSuperclass
public abstract class SyncedRecord {
    /**
     * AI outputs and their bookkeeping: computed on each workstation, never captured for sync and never
     * taken from the server (DESIGN.md: derived fields are recomputed, not merged).
     */
    public static final java.util.Set<String> DERIVED_FIELDS = java.util.Set.of("score", "scoreModelVersion", "previousScore",
            "scoreStale", "winProbability");

    @Id
    private UUID id;
    private long version;
    private long updatedAt;
    private boolean deleted;
    private UUID ownerId;
    private UUID teamId;

    protected SyncedRecord() {
        this(Ids.newId());
    }

    protected SyncedRecord(UUID id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public long getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(long updatedAt) { this.updatedAt = updatedAt; }
    public boolean isDeleted() { return deleted; }
    public void setDeleted(boolean deleted) { this.deleted = deleted; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
    public UUID getTeamId() { return teamId; }
    public void setTeamId(UUID teamId) { this.teamId = teamId; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncedRecord other && getClass() == other.getClass() && id.equals(other.id);
    }

    @Override
    public int hashCode() { return id.hashCode(); }
}
