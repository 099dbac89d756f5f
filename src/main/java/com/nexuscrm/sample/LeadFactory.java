package com.nexuscrm.sample;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Makes one lead at a time: a Datafaker person at a company of the pool, with the company's
 * firmographics, a titled role, a source, and the latent fit, intent and engagement with their
 * observable signals. Status, owner and outcome are decided afterwards by {@link LeadLifecycle}.
 */
final class LeadFactory {
    private static final LeadSource[] SOURCES = LeadSource.values();
    /** Lead mix by source, in {@link LeadSource} order: website, webinar, referral, paid, social, ... */
    private static final double[] SOURCE_WEIGHTS = {28, 10, 6, 14, 8, 7, 15, 5, 7};
    private static final int LEAD_WINDOW_DAYS = 365;

    private final List<Company> companies;
    private final FakerPools pools;
    private final Addresses addresses;
    private final Draws draws;
    private final SampleClock clock;
    private final OutcomeModel model;
    private final LeadSignals signals;

    LeadFactory(List<Company> companies, FakerPools pools, Addresses addresses, Draws draws, SampleClock clock,
                OutcomeModel model) {
        this.companies = companies;
        this.pools = pools;
        this.addresses = addresses;
        this.draws = draws;
        this.clock = clock;
        this.model = model;
        this.signals = new LeadSignals(draws);
    }

    /**
     * Arrival times of {@code count} leads over the past year, oldest first. Volume grows over the year
     * (more recent leads than old ones). Generating leads in time order keeps their UUIDv7 ids ascending,
     * which makes inserts append to the indexes instead of touching random pages: several times faster.
     */
    Instant[] arrivals(int count) {
        double[] ages = new double[count];
        for (int i = 0; i < count; i++) {
            ages[i] = LEAD_WINDOW_DAYS * Math.pow(draws.uniform(), 1.15);
        }
        Arrays.sort(ages);
        Instant[] arrivals = new Instant[count];
        for (int i = 0; i < count; i++) {
            arrivals[i] = clock.daysAgo(ages[count - 1 - i]);
        }
        return arrivals;
    }

    LeadProfile next(Instant createdAt) {
        // Larger and long-standing companies (low indexes, which include the existing accounts) send more leads.
        Company company = companies.get((int) (companies.size() * Math.pow(draws.uniform(), 1.6)));
        Lead lead = new Lead(clock.id(createdAt));
        lead.setCreatedAt(createdAt);
        lead.setSource(SOURCES[draws.weightedIndex(SOURCE_WEIGHTS)].name());
        double personFit = person(lead, company);
        firmographics(lead, company);
        double fit = company.fit() + personFit;
        double intent = model.intent(fit, LeadSource.valueOf(lead.getSource()));
        double engagement = model.engagement(intent);
        double exposure = Math.min(1.0, Math.sqrt(SampleClock.daysBetween(createdAt, clock.now()) / 30.0));
        signals.applyIntent(lead, company, intent, exposure);
        signals.applyEngagement(lead, engagement, intent, exposure);
        return new LeadProfile(lead, company, fit, intent, engagement);
    }

    /** Name, email, phone and title; returns the person's part of the fit score. */
    private double person(Lead lead, Company company) {
        FakerPools.MarketPool names = pools.market(company.market());
        lead.setFirstName(draws.pick(names.firstNames()));
        lead.setLastName(draws.pick(names.lastNames()));
        lead.setEmail(addresses.emailFor(lead.getFirstName(), lead.getLastName(), company.domain()));
        lead.setPhone(draws.chance(0.7) ? pools.phone(company.market(), draws) : null);
        Seniority seniority = Seniority.values()[draws.weightedIndex(Seniority.weights())];
        String function = draws.chance(0.55) ? draws.pick(List.of("Sales", "Marketing", "IT"))
                : draws.pick(pools.jobFunctions());
        lead.setTitle(seniority.title(function));
        return IdealCustomerProfile.personFit(seniority, function);
    }

    private static void firmographics(Lead lead, Company company) {
        lead.setCompany(company.name());
        lead.setDomain(company.domain());
        lead.setIndustry(company.industry());
        lead.setEmployees(company.employees());
        lead.setAnnualRevenue(company.annualRevenue());
        lead.setCountry(company.market().country());
        lead.setCity(company.city());
        lead.setTechnologies(company.technologies());
    }
}
