package com.nexuscrm.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An inbound or outbound lead with its firmographic (fit), intent and engagement signals.
 *
 * <p>{@code score}, {@code scoreModelVersion}, {@code scoreStale} and {@code previousScore} are derived fields:
 * recomputed on each workstation, never merged. They live in the narrow local table {@code lead_score}, not in the
 * lead row, so a rescoring rewrites a few bytes per lead rather than the whole encrypted row; Hibernate joins the
 * table on every read, so a loaded lead carries its score as before. A lead never scored has no row there.
 */
@Entity
@Table(name = "lead")
@SecondaryTable(name = "lead_score", pkJoinColumns = @PrimaryKeyJoinColumn(name = "lead_id", referencedColumnName = "id"))
public class Lead extends SyncedRecord {
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String title;
    private String company;
    private String domain;
    private String industry;
    private Integer employees;
    private BigDecimal annualRevenue;
    private String country;
    private String city;
    private String technologies;
    /** A key of the team's lead-source picklist ({@link Picklists}): a {@link LeadSource} name or a value the team added. */
    private String source;
    @Enumerated(EnumType.STRING) private LeadStatus status;
    private int pricingPageVisits;
    private boolean demoRequested;
    /** Do not contact: no campaign touch on any channel; set by hand, by an import, or by an unsubscribe. Synced. */
    private boolean doNotContact;
    private int contentDownloads;
    private String searchTerms;
    private int emailOpens;
    private int emailClicks;
    private int emailReplies;
    private int webSessions;
    private int timeOnSiteSeconds;
    private Instant lastActivityAt;
    private Instant createdAt;
    private Instant convertedAt;
    private UUID convertedDealId;
    private UUID convertedContactId;
    private UUID convertedAccountId;
    private UUID mergedInto;
    @Column(table = "lead_score", name = "score") private Integer score;
    @Column(table = "lead_score", name = "model_version") private String scoreModelVersion;
    /** Null rather than false when fresh: a lead whose score fields are all null gets no {@code lead_score} row. */
    @Column(table = "lead_score", name = "stale") private Boolean scoreStale;
    @Column(table = "lead_score", name = "previous_score") private Integer previousScore;
    @Enumerated(EnumType.STRING) private LeadPriority priority;
    private Instant routedAt;
    private Instant slaDueAt;
    private Instant firstResponseAt;

    public Lead() { }

    public Lead(UUID id) { super(id); }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
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
    public String getTechnologies() { return technologies; }
    public void setTechnologies(String technologies) { this.technologies = technologies; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; }
    public int getPricingPageVisits() { return pricingPageVisits; }
    public void setPricingPageVisits(int pricingPageVisits) { this.pricingPageVisits = pricingPageVisits; }
    public boolean isDemoRequested() { return demoRequested; }
    public void setDemoRequested(boolean demoRequested) { this.demoRequested = demoRequested; }
    public boolean isDoNotContact() { return doNotContact; }
    public void setDoNotContact(boolean doNotContact) { this.doNotContact = doNotContact; }
    public int getContentDownloads() { return contentDownloads; }
    public void setContentDownloads(int contentDownloads) { this.contentDownloads = contentDownloads; }
    public String getSearchTerms() { return searchTerms; }
    public void setSearchTerms(String searchTerms) { this.searchTerms = searchTerms; }
    public int getEmailOpens() { return emailOpens; }
    public void setEmailOpens(int emailOpens) { this.emailOpens = emailOpens; }
    public int getEmailClicks() { return emailClicks; }
    public void setEmailClicks(int emailClicks) { this.emailClicks = emailClicks; }
    public int getEmailReplies() { return emailReplies; }
    public void setEmailReplies(int emailReplies) { this.emailReplies = emailReplies; }
    public int getWebSessions() { return webSessions; }
    public void setWebSessions(int webSessions) { this.webSessions = webSessions; }
    public int getTimeOnSiteSeconds() { return timeOnSiteSeconds; }
    public void setTimeOnSiteSeconds(int timeOnSiteSeconds) { this.timeOnSiteSeconds = timeOnSiteSeconds; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public void setLastActivityAt(Instant lastActivityAt) { this.lastActivityAt = lastActivityAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getConvertedAt() { return convertedAt; }
    public void setConvertedAt(Instant convertedAt) { this.convertedAt = convertedAt; }
    public UUID getConvertedDealId() { return convertedDealId; }
    public void setConvertedDealId(UUID convertedDealId) { this.convertedDealId = convertedDealId; }
    /** The contact this lead became when it was converted; empty before. */
    public UUID getConvertedContactId() { return convertedContactId; }
    public void setConvertedContactId(UUID convertedContactId) { this.convertedContactId = convertedContactId; }
    /** The account (found or created) this lead was converted into; empty before. */
    public UUID getConvertedAccountId() { return convertedAccountId; }
    public void setConvertedAccountId(UUID convertedAccountId) { this.convertedAccountId = convertedAccountId; }
    /** The lead this one was merged into (set on the tombstoned loser of a merge). */
    public UUID getMergedInto() { return mergedInto; }
    public void setMergedInto(UUID mergedInto) { this.mergedInto = mergedInto; }
    public Integer getScore() { return score; }
    public void setScore(Integer score) { this.score = score; }
    public String getScoreModelVersion() { return scoreModelVersion; }
    public void setScoreModelVersion(String scoreModelVersion) { this.scoreModelVersion = scoreModelVersion; }
    public boolean isScoreStale() { return Boolean.TRUE.equals(scoreStale); }
    public void setScoreStale(boolean scoreStale) { this.scoreStale = scoreStale ? Boolean.TRUE : null; }
    /** The score before the latest rescoring, for the inbox's trend arrow. Derived, like the score. */
    public Integer getPreviousScore() { return previousScore; }
    public void setPreviousScore(Integer previousScore) { this.previousScore = previousScore; }
    public LeadPriority getPriority() { return priority; }
    public void setPriority(LeadPriority priority) { this.priority = priority; }
    /** When routing assigned the lead; the SLA clock starts here. */
    public Instant getRoutedAt() { return routedAt; }
    public void setRoutedAt(Instant routedAt) { this.routedAt = routedAt; }
    /** When the first response is due, counted in the owner's business hours. */
    public Instant getSlaDueAt() { return slaDueAt; }
    public void setSlaDueAt(Instant slaDueAt) { this.slaDueAt = slaDueAt; }
    /** When the owner first worked the lead (status left New, or an activity was logged); stops the SLA clock. */
    public Instant getFirstResponseAt() { return firstResponseAt; }
    public void setFirstResponseAt(Instant firstResponseAt) { this.firstResponseAt = firstResponseAt; }
}
