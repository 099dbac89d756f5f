package com.nexuscrm.sample;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import java.util.List;

/** What a first lead-scoring model would plausibly use: stored fields only, no latents. */
final class LeadFeatures {
    private static final List<LeadSource> SOURCES = List.of(LeadSource.REFERRAL, LeadSource.PARTNER,
            LeadSource.OUTBOUND, LeadSource.IMPORT, LeadSource.SOCIAL, LeadSource.EVENT);

    private LeadFeatures() { }

    static double[] of(Lead lead) {
        double[] x = new double[13 + SOURCES.size()];
        x[0] = lead.isDemoRequested() ? 1 : 0;
        x[1] = Math.log1p(lead.getPricingPageVisits());
        x[2] = Math.log1p(lead.getContentDownloads());
        x[3] = Math.log1p(lead.getEmailOpens());
        x[4] = Math.log1p(lead.getEmailClicks());
        x[5] = Math.log1p(lead.getEmailReplies());
        x[6] = Math.log1p(lead.getWebSessions());
        x[7] = IdealCustomerProfile.TARGET_INDUSTRIES.contains(lead.getIndustry()) ? 1 : 0;
        x[8] = Math.log10(lead.getEmployees());
        x[9] = lead.getEmployees() >= 200 && lead.getEmployees() < 2000 ? 1 : 0;
        x[10] = lead.getTitle().matches(".*(Chief|VP|Director).*") ? 1 : 0;
        x[11] = lead.getTitle().matches(".*(Sales|Marketing|IT|Technology|Revenue).*") ? 1 : 0;
        x[12] = List.of("United States", "United Kingdom", "Canada").contains(lead.getCountry()) ? 1 : 0;
        for (int i = 0; i < SOURCES.size(); i++) {
            x[13 + i] = SOURCES.get(i).is(lead.getSource()) ? 1 : 0;
        }
        return x;
    }
}
