package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One message sent to an enrolled lead or contact, with its engagement. */
@Entity
@Table(name = "touch")
public class Touch extends SyncedRecord {
    private UUID enrollmentId;
    private UUID stepId;
    private String channel;
    private Instant sentAt;
    private boolean opened;
    private boolean clicked;
    private boolean replied;

    public Touch() { }

    public Touch(UUID id) { super(id); }

    public UUID getEnrollmentId() { return enrollmentId; }
    public void setEnrollmentId(UUID enrollmentId) { this.enrollmentId = enrollmentId; }
    public UUID getStepId() { return stepId; }
    public void setStepId(UUID stepId) { this.stepId = stepId; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public Instant getSentAt() { return sentAt; }
    public void setSentAt(Instant sentAt) { this.sentAt = sentAt; }
    public boolean isOpened() { return opened; }
    public void setOpened(boolean opened) { this.opened = opened; }
    public boolean isClicked() { return clicked; }
    public void setClicked(boolean clicked) { this.clicked = clicked; }
    public boolean isReplied() { return replied; }
    public void setReplied(boolean replied) { this.replied = replied; }
}
