package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An opportunity moving through the pipeline stages. {@code winProbability} is derived. */
@Entity
@Table(name = "deal")
public class Deal extends SyncedRecord {
    private UUID accountId;
    private UUID primaryContactId;
    private String name;
    @Enumerated(EnumType.STRING) private DealStage stage;
    private BigDecimal amount;
    private String currency;
    private LocalDate closeDate;
    private Instant createdAt;
    private Instant closedAt;
    private String lostReason;
    private String wonReason;
    @Enumerated(EnumType.STRING) private ForecastCategory forecastCategory;
    private Integer winProbability;
    private String scoreModelVersion;
    private boolean scoreStale;
    private Instant lastCallAt;
    private Double lastCallSentiment;
    private String lastCallObjections;
    private String lastCallCompetitors;
    private String lastCallSignals;

    public Deal() { }

    public Deal(UUID id) { super(id); }

    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public UUID getPrimaryContactId() { return primaryContactId; }
    public void setPrimaryContactId(UUID primaryContactId) { this.primaryContactId = primaryContactId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public DealStage getStage() { return stage; }
    public void setStage(DealStage stage) { this.stage = stage; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getCloseDate() { return closeDate; }
    public void setCloseDate(LocalDate closeDate) { this.closeDate = closeDate; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getClosedAt() { return closedAt; }
    public void setClosedAt(Instant closedAt) { this.closedAt = closedAt; }
    public String getLostReason() { return lostReason; }
    public void setLostReason(String lostReason) { this.lostReason = lostReason; }
    public String getWonReason() { return wonReason; }
    public void setWonReason(String wonReason) { this.wonReason = wonReason; }
    /** The rep's forecast category; null reads as {@link ForecastCategory#PIPELINE}. */
    public ForecastCategory getForecastCategory() { return forecastCategory; }
    public void setForecastCategory(ForecastCategory forecastCategory) { this.forecastCategory = forecastCategory; }
    public Integer getWinProbability() { return winProbability; }
    public void setWinProbability(Integer winProbability) { this.winProbability = winProbability; }
    public String getScoreModelVersion() { return scoreModelVersion; }
    public void setScoreModelVersion(String scoreModelVersion) { this.scoreModelVersion = scoreModelVersion; }
    public boolean isScoreStale() { return scoreStale; }
    public void setScoreStale(boolean scoreStale) { this.scoreStale = scoreStale; }

    public Instant getLastCallAt() { return lastCallAt; }
    public void setLastCallAt(Instant lastCallAt) { this.lastCallAt = lastCallAt; }
    /** Overall sentiment of the last analysed call, -1 to 1. */
    public Double getLastCallSentiment() { return lastCallSentiment; }
    public void setLastCallSentiment(Double lastCallSentiment) { this.lastCallSentiment = lastCallSentiment; }
    /** The last call's objections, comma-separated (e.g. "price, timing"). */
    public String getLastCallObjections() { return lastCallObjections; }
    public void setLastCallObjections(String lastCallObjections) { this.lastCallObjections = lastCallObjections; }
    public String getLastCallCompetitors() { return lastCallCompetitors; }
    public void setLastCallCompetitors(String lastCallCompetitors) { this.lastCallCompetitors = lastCallCompetitors; }
    public String getLastCallSignals() { return lastCallSignals; }
    public void setLastCallSignals(String lastCallSignals) { this.lastCallSignals = lastCallSignals; }
}
