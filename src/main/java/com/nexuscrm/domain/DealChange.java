package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of a deal's history: the deal's stage, amount, close date and forecast category as they were
 * right after a change, with who changed it and when. Append-only with a fresh id per change, so two
 * workstations' entries never conflict; replaying them gives the deal's state at any past moment (the
 * forecast backtest, time in stage, close-date pushes).
 */
@Entity
@Table(name = "deal_change")
public class DealChange extends SyncedRecord {
    private UUID dealId;
    private Instant changedAt;
    private UUID changedBy;
    @Enumerated(EnumType.STRING) private DealStage stage;
    private BigDecimal amount;
    private LocalDate closeDate;
    @Enumerated(EnumType.STRING) private ForecastCategory forecastCategory;

    public DealChange() { }

    public DealChange(UUID id) { super(id); }

    /** The history entry for the deal as it now is. */
    public static DealChange of(Deal deal, Instant at, UUID by) {
        DealChange c = new DealChange(Ids.newId());
        c.setDealId(deal.getId());
        c.setChangedAt(at);
        c.setChangedBy(by);
        c.setStage(deal.getStage());
        c.setAmount(deal.getAmount());
        c.setCloseDate(deal.getCloseDate());
        c.setForecastCategory(deal.getForecastCategory());
        c.setOwnerId(deal.getOwnerId());
        c.setTeamId(deal.getTeamId());
        return c;
    }

    /** Whether the deal differs from this entry in a field the history follows. */
    public boolean differsFrom(Deal deal) {
        return stage != deal.getStage() || forecastCategory != deal.getForecastCategory()
                || !java.util.Objects.equals(closeDate, deal.getCloseDate())
                || (amount == null ? deal.getAmount() != null
                    : deal.getAmount() == null || amount.compareTo(deal.getAmount()) != 0);
    }

    public UUID getDealId() { return dealId; }
    public void setDealId(UUID dealId) { this.dealId = dealId; }
    public Instant getChangedAt() { return changedAt; }
    public void setChangedAt(Instant changedAt) { this.changedAt = changedAt; }
    public UUID getChangedBy() { return changedBy; }
    public void setChangedBy(UUID changedBy) { this.changedBy = changedBy; }
    public DealStage getStage() { return stage; }
    public void setStage(DealStage stage) { this.stage = stage; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getCloseDate() { return closeDate; }
    public void setCloseDate(LocalDate closeDate) { this.closeDate = closeDate; }
    public ForecastCategory getForecastCategory() { return forecastCategory; }
    public void setForecastCategory(ForecastCategory forecastCategory) { this.forecastCategory = forecastCategory; }
}
