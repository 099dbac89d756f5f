package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.UUID;

/** One step of a campaign sequence. */
@Entity
@Table(name = "campaign_step")
public class CampaignStep extends SyncedRecord {
    private UUID campaignId;
    private int stepOrder;
    private String channel;
    private int delayHours;
    private String subject;
    @Lob private String body;

    public CampaignStep() { }

    public CampaignStep(UUID id) { super(id); }

    public UUID getCampaignId() { return campaignId; }
    public void setCampaignId(UUID campaignId) { this.campaignId = campaignId; }
    public int getStepOrder() { return stepOrder; }
    public void setStepOrder(int stepOrder) { this.stepOrder = stepOrder; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public int getDelayHours() { return delayHours; }
    public void setDelayHours(int delayHours) { this.delayHours = delayHours; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
