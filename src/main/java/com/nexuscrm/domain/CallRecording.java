package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Audio of a call activity. The audio file stays local; transcript and analysis are stored as JSON. */
@Entity
@Table(name = "call_recording")
public class CallRecording extends SyncedRecord {
    private UUID activityId;
    private String fileName;
    private Integer durationSeconds;
    private String sha256;
    private String status;
    @Lob private String transcriptJson;
    @Lob private String analysisJson;
    private boolean shared;
    private String statusDetail;
    private UUID dealId;
    private Instant callAt;
    private Instant analysedAt;

    public CallRecording() { }

    public CallRecording(UUID id) { super(id); }

    public UUID getActivityId() { return activityId; }
    public void setActivityId(UUID activityId) { this.activityId = activityId; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public Integer getDurationSeconds() { return durationSeconds; }
    public void setDurationSeconds(Integer durationSeconds) { this.durationSeconds = durationSeconds; }
    public String getSha256() { return sha256; }
    public void setSha256(String sha256) { this.sha256 = sha256; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getTranscriptJson() { return transcriptJson; }
    public void setTranscriptJson(String transcriptJson) { this.transcriptJson = transcriptJson; }
    public String getAnalysisJson() { return analysisJson; }
    public void setAnalysisJson(String analysisJson) { this.analysisJson = analysisJson; }
    public boolean isShared() { return shared; }
    public void setShared(boolean shared) { this.shared = shared; }
    public String getStatusDetail() { return statusDetail; }
    public void setStatusDetail(String statusDetail) { this.statusDetail = statusDetail; }
    public UUID getDealId() { return dealId; }
    public void setDealId(UUID dealId) { this.dealId = dealId; }
    public Instant getCallAt() { return callAt; }
    public void setCallAt(Instant callAt) { this.callAt = callAt; }
    public Instant getAnalysedAt() { return analysedAt; }
    public void setAnalysedAt(Instant analysedAt) { this.analysedAt = analysedAt; }
}
