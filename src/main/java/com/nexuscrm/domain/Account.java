package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A customer or prospect company. */
@Entity
@Table(name = "account")
public class Account extends SyncedRecord {
    private String name;
    private String domain;
    private String industry;
    private Integer employees;
    private BigDecimal annualRevenue;
    private String country;
    private String city;
    private String phone;
    private String website;
    private String technologies;
    private Instant createdAt;
    private UUID convertedFromLeadId;
    private UUID mergedInto;

    public Account() { }

    public Account(UUID id) { super(id); }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDomain() { return domain; }
    public void setDomain(String domain) { this.domain = domain; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public BigDecimal getAnnualRevenue() { return annualRevenue; }
    public void setAnnualRevenue(BigDecimal annualRevenue) { this.annualRevenue = annualRevenue; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getTechnologies() { return technologies; }
    public void setTechnologies(String technologies) { this.technologies = technologies; }
    /**
     * The lead whose conversion created this account; empty for accounts made otherwise. The team server uses it
     * to refuse a second account for a lead another workstation already converted.
     */
    public UUID getConvertedFromLeadId() { return convertedFromLeadId; }
    public void setConvertedFromLeadId(UUID convertedFromLeadId) { this.convertedFromLeadId = convertedFromLeadId; }
    /** The account this one was merged into (set on the tombstoned loser of a merge). */
    public UUID getMergedInto() { return mergedInto; }
    public void setMergedInto(UUID mergedInto) { this.mergedInto = mergedInto; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
