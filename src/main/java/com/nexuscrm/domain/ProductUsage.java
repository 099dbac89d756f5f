package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** Monthly product usage of an account, input to health and churn risk. */
@Entity
@Table(name = "product_usage")
public class ProductUsage extends SyncedRecord {
    private UUID accountId;
    private LocalDate periodStart;
    private int activeUsers;
    private int seats;
    private int sessions;
    private double featureAdoption;

    public ProductUsage() { }

    public ProductUsage(UUID id) { super(id); }

    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public LocalDate getPeriodStart() { return periodStart; }
    public void setPeriodStart(LocalDate periodStart) { this.periodStart = periodStart; }
    public int getActiveUsers() { return activeUsers; }
    public void setActiveUsers(int activeUsers) { this.activeUsers = activeUsers; }
    public int getSeats() { return seats; }
    public void setSeats(int seats) { this.seats = seats; }
    public int getSessions() { return sessions; }
    public void setSessions(int sessions) { this.sessions = sessions; }
    public double getFeatureAdoption() { return featureAdoption; }
    public void setFeatureAdoption(double featureAdoption) { this.featureAdoption = featureAdoption; }
}
