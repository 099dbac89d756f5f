package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.Lead;

/** A detached copy of a lead for what-if scoring, so previewing never touches the lead being edited. */
final class ScoringDraft {
    private ScoringDraft() { }

    static Lead copy(Lead l) {
        Lead c = new Lead(l.getId());
        c.setOwnerId(l.getOwnerId());
        c.setTeamId(l.getTeamId());
        c.setRoutedAt(l.getRoutedAt());
        c.setFirstName(l.getFirstName());
        c.setLastName(l.getLastName());
        c.setEmail(l.getEmail());
        c.setTitle(l.getTitle());
        c.setCompany(l.getCompany());
        c.setDomain(l.getDomain());
        c.setIndustry(l.getIndustry());
        c.setEmployees(l.getEmployees());
        c.setAnnualRevenue(l.getAnnualRevenue());
        c.setCountry(l.getCountry());
        c.setTechnologies(l.getTechnologies());
        c.setSource(l.getSource());
        c.setStatus(l.getStatus());
        c.setPricingPageVisits(l.getPricingPageVisits());
        c.setDemoRequested(l.isDemoRequested());
        c.setContentDownloads(l.getContentDownloads());
        c.setSearchTerms(l.getSearchTerms());
        c.setEmailOpens(l.getEmailOpens());
        c.setEmailClicks(l.getEmailClicks());
        c.setEmailReplies(l.getEmailReplies());
        c.setWebSessions(l.getWebSessions());
        c.setTimeOnSiteSeconds(l.getTimeOnSiteSeconds());
        c.setLastActivityAt(l.getLastActivityAt());
        c.setCreatedAt(l.getCreatedAt());
        c.setConvertedAt(l.getConvertedAt());
        return c;
    }
}
