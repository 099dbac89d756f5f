package com.nexuscrm.transfer;

import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import java.util.List;

/**
 * The importable fields of each record type, in export column order. Text widths are the store's column
 * widths (V1__local_schema.sql), checked here so that one over-long cell rejects its row instead of failing
 * the whole import's transaction. Derived fields (scores, win probability) and sync bookkeeping (version,
 * updatedAt, deleted) are left out: they are recomputed or stamped locally, never imported.
 */
final class RecordFields {
    private RecordFields() { }

    static List<RecordField> leads() {
        return new FieldTable<>(Lead.class)
                .text("firstName", 80, Lead::getFirstName, Lead::setFirstName)
                .text("lastName", 80, Lead::getLastName, Lead::setLastName)
                .trimmed("email", 254, Lead::getEmail, Lead::setEmail)
                .trimmed("phone", 40, Lead::getPhone, Lead::setPhone)
                .text("title", 120, Lead::getTitle, Lead::setTitle)
                .text("company", 200, Lead::getCompany, Lead::setCompany)
                .trimmed("domain", 200, Lead::getDomain, Lead::setDomain)
                .picklist("industry", PicklistName.INDUSTRY, 80, Lead::getIndustry, Lead::setIndustry)
                .integer("employees", Lead::getEmployees, Lead::setEmployees)
                .decimal("annualRevenue", Lead::getAnnualRevenue, Lead::setAnnualRevenue)
                .text("country", 80, Lead::getCountry, Lead::setCountry)
                .text("city", 120, Lead::getCity, Lead::setCity)
                .text("technologies", 500, Lead::getTechnologies, Lead::setTechnologies)
                .picklist("source", PicklistName.LEAD_SOURCE, Picklist.MAX_LABEL, Lead::getSource, Lead::setSource)
                .leadStatus("status", Lead::getStatus, Lead::setStatus)
                .integer("pricingPageVisits", Lead::getPricingPageVisits, Lead::setPricingPageVisits)
                .bool("demoRequested", Lead::isDemoRequested, Lead::setDemoRequested)
                .integer("contentDownloads", Lead::getContentDownloads, Lead::setContentDownloads)
                .text("searchTerms", 500, Lead::getSearchTerms, Lead::setSearchTerms)
                .integer("emailOpens", Lead::getEmailOpens, Lead::setEmailOpens)
                .integer("emailClicks", Lead::getEmailClicks, Lead::setEmailClicks)
                .integer("emailReplies", Lead::getEmailReplies, Lead::setEmailReplies)
                .integer("webSessions", Lead::getWebSessions, Lead::setWebSessions)
                .integer("timeOnSiteSeconds", Lead::getTimeOnSiteSeconds, Lead::setTimeOnSiteSeconds)
                .instant("lastActivityAt", Lead::getLastActivityAt, Lead::setLastActivityAt)
                .instant("createdAt", Lead::getCreatedAt, Lead::setCreatedAt)
                .instant("convertedAt", Lead::getConvertedAt, Lead::setConvertedAt)
                .uuid("convertedDealId", Lead::getConvertedDealId, Lead::setConvertedDealId)
                .bool("doNotContact", Lead::isDoNotContact, Lead::setDoNotContact)
                .build();
    }

    static List<RecordField> accounts() {
        return new FieldTable<>(Account.class)
                .text("name", 200, Account::getName, Account::setName)
                .trimmed("domain", 200, Account::getDomain, Account::setDomain)
                .picklist("industry", PicklistName.INDUSTRY, 80, Account::getIndustry, Account::setIndustry)
                .integer("employees", Account::getEmployees, Account::setEmployees)
                .decimal("annualRevenue", Account::getAnnualRevenue, Account::setAnnualRevenue)
                .text("country", 80, Account::getCountry, Account::setCountry)
                .text("city", 120, Account::getCity, Account::setCity)
                .trimmed("phone", 40, Account::getPhone, Account::setPhone)
                .trimmed("website", 254, Account::getWebsite, Account::setWebsite)
                .text("technologies", 500, Account::getTechnologies, Account::setTechnologies)
                .instant("createdAt", Account::getCreatedAt, Account::setCreatedAt)
                .build();
    }

    static List<RecordField> contacts() {
        return new FieldTable<>(Contact.class)
                .uuid("accountId", Contact::getAccountId, Contact::setAccountId)
                .text("firstName", 80, Contact::getFirstName, Contact::setFirstName)
                .text("lastName", 80, Contact::getLastName, Contact::setLastName)
                .trimmed("email", 254, Contact::getEmail, Contact::setEmail)
                .trimmed("phone", 40, Contact::getPhone, Contact::setPhone)
                .text("title", 120, Contact::getTitle, Contact::setTitle)
                .instant("createdAt", Contact::getCreatedAt, Contact::setCreatedAt)
                .bool("doNotContact", Contact::isDoNotContact, Contact::setDoNotContact)
                .build();
    }

    static List<RecordField> deals() {
        return new FieldTable<>(Deal.class)
                .uuid("accountId", Deal::getAccountId, Deal::setAccountId)
                .uuid("primaryContactId", Deal::getPrimaryContactId, Deal::setPrimaryContactId)
                .text("name", 200, Deal::getName, Deal::setName)
                .dealStage("stage", Deal::getStage, Deal::setStage)
                .decimal("amount", Deal::getAmount, Deal::setAmount)
                .trimmed("currency", 3, Deal::getCurrency, Deal::setCurrency)
                .date("closeDate", Deal::getCloseDate, Deal::setCloseDate)
                .instant("createdAt", Deal::getCreatedAt, Deal::setCreatedAt)
                .instant("closedAt", Deal::getClosedAt, Deal::setClosedAt)
                .text("lostReason", 200, Deal::getLostReason, Deal::setLostReason)
                .build();
    }

    static List<RecordField> tickets() {
        return new FieldTable<>(SupportTicket.class)
                .account("accountId", SupportTicket::getAccountId, SupportTicket::setAccountId)
                .uuid("contactId", SupportTicket::getContactId, SupportTicket::setContactId)
                .text("subject", 200, SupportTicket::getSubject, SupportTicket::setSubject)
                .ticketPriority("priority", SupportTicket::getPriority, SupportTicket::setPriority)
                .ticketStatus("status", SupportTicket::getStatus, SupportTicket::setStatus)
                .instant("openedAt", SupportTicket::getOpenedAt, SupportTicket::setOpenedAt)
                .instant("closedAt", SupportTicket::getClosedAt, SupportTicket::setClosedAt)
                .integer("satisfaction", SupportTicket::getSatisfaction, SupportTicket::setSatisfaction)
                .build();
    }

    static List<RecordField> usage() {
        return new FieldTable<>(ProductUsage.class)
                .account("accountId", ProductUsage::getAccountId, ProductUsage::setAccountId)
                .date("periodStart", ProductUsage::getPeriodStart, ProductUsage::setPeriodStart)
                .integer("activeUsers", ProductUsage::getActiveUsers, ProductUsage::setActiveUsers)
                .integer("seats", ProductUsage::getSeats, ProductUsage::setSeats)
                .integer("sessions", ProductUsage::getSessions, ProductUsage::setSessions)
                .decimal("featureAdoption", u -> java.math.BigDecimal.valueOf(u.getFeatureAdoption()),
                        (u, v) -> u.setFeatureAdoption(v.doubleValue()))
                .build();
    }
}
