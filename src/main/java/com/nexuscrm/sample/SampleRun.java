package com.nexuscrm.sample;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Campaign;
import com.nexuscrm.domain.CampaignStep;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Document;
import com.nexuscrm.domain.Enrollment;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SampleSink;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.Touch;
import com.nexuscrm.domain.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One generation: builds the factories from the seed and runs the phases in a fixed order (org,
 * existing accounts with their deal history, leads in chunks, customers), writing as it goes.
 */
final class SampleRun {
    static final int LEADS_PER_WRITE = 5_000;
    private static final int FLUSH_THRESHOLD = 20_000;

    private final SampleSink sink;
    private final Progress progress;
    private final Draws draws;
    private final SampleClock clock;
    private final SampleBatch batch;
    /**
     * Two writers: H2 spends most of an insert in per-table index work, so saving two record types at once
     * overlaps well even on two cores (measured 1.5x faster for the lead phase than one writer).
     */
    private final ExecutorService writers = Executors.newFixedThreadPool(
            Math.min(2, Runtime.getRuntime().availableProcessors()));
    private final SalesOrg org;
    private final CompanyFactory companyFactory;
    private final List<Company> companies;
    private final SampleDirectory directory = new SampleDirectory();
    private final AccountBook accounts;
    private final DealFactory deals;
    private final ActivityFactory activities;
    private final CampaignFactory campaigns;
    private final LeadFactory leads;
    private final LeadLifecycle lifecycle;
    private final CustomerSuccessFactory customers;
    private final CallHistoryFactory calls;
    private final TodayShowcase today;
    private final CampaignShowcase campaignShowcase;

    SampleRun(long seed, Instant now, int leadCount, SampleSink sink, Progress progress) {
        this.sink = sink;
        this.batch = new SampleBatch(sink.recordTypes());
        this.progress = progress;
        this.draws = new Draws(new Random(seed));
        this.clock = new SampleClock(now, new Random(seed ^ 0x9E37_79B9_7F4A_7C15L));
        FakerPools pools = new FakerPools(seed);
        Addresses addresses = new Addresses();
        OutcomeModel model = new OutcomeModel(draws);
        this.org = new SalesOrgFactory(pools, addresses, draws, clock).build();
        this.companyFactory = new CompanyFactory(pools, addresses, draws);
        this.companies = companyFactory.build(Math.max(120, leadCount / 15));
        this.accounts = new AccountBook(pools, addresses, draws, clock);
        this.deals = new DealFactory(model, org, draws, clock, new DealHistoryFactory(seed, now));
        this.activities = new ActivityFactory(draws, clock, new Draws(new Random(seed ^ 0x0E9A_6E0EL)));
        this.campaigns = new CampaignFactory(draws, clock, org);
        this.leads = new LeadFactory(companies, pools, addresses, draws, clock, model);
        this.lifecycle = new LeadLifecycle(org, model, draws, clock);
        this.customers = new CustomerSuccessFactory(model, draws, clock, new Draws(new Random(seed ^ 0x0C4A_11E5L)));
        this.calls = new CallHistoryFactory(seed, now, org, leadCount);
        this.today = new TodayShowcase(seed, now, org.currentUser());
        this.campaignShowcase = new CampaignShowcase(seed, now, org.currentUser());
    }

    SampleSummary run(int leadCount) {
        try {
            return runPhases(leadCount);
        } finally {
            writers.shutdownNow();
            calls.close();
        }
    }

    private SampleSummary runPhases(int leadCount) {
        long total = leadCount + 2L;
        progress.update(0, total, "Creating teams, accounts and deal history");
        org.teams().forEach(batch::add);
        org.users().forEach(batch::add);
        openExistingAccounts(Math.max(50, leadCount / 50));
        campaigns.createCampaigns(batch);
        batch.write(sink, writers);
        progress.update(1, total, "Creating leads");
        Instant[] arrivals = leads.arrivals(leadCount);
        for (int done = 0; done < leadCount; ) {
            progress.checkCancelled();
            int chunkEnd = Math.min(done + LEADS_PER_WRITE, leadCount);
            for (; done < chunkEnd; done++) {
                addLead(arrivals[done]);
            }
            batch.write(sink, writers);
            progress.update(1L + done, total, String.format("Created %,d of %,d leads", done, leadCount));
        }
        progress.checkCancelled();
        addCustomers();
        calls.finish(sink, batch, writers);
        writeDirectory();
        today.add(accounts.all(), batch); // last, from its own random stream: nothing before it changes
        batch.write(sink, writers);
        campaignShowcase.write(sink); // the campaign engine's plans, after every other draw, from their own stream
        sink.markSample(org.currentUser().getId());
        progress.update(total, total, "Sample workspace ready");
        return summary();
    }

    /** The campaign replies written by {@link #run}, for the engine to read at seed time. */
    List<SampleReply> campaignReplies() {
        return campaignShowcase.replies();
    }

    /** The oldest companies are already accounts, with one or more deals each over the past ~2 years. */
    private void openExistingAccounts(int count) {
        for (int i = 0; i < Math.min(count, companies.size()); i++) {
            Company company = companies.get(i);
            Team team = org.teamFor(company.segment());
            User owner = draws.pick(org.reps(team));
            Instant opened = clock.daysAgo(draws.between(380, 900));
            AccountState account = accounts.accountFor(company, opened, owner.getId(), team.getId(), batch);
            int dealCount = 1 + draws.poisson(company.segment() == Segment.ENTERPRISE ? 1.0 : 0.5);
            for (int d = 0; d < dealCount; d++) {
                Contact contact = draws.pick(account.contacts());
                Instant created = draws.instantBetween(SampleClock.plusDays(opened, 7), clock.daysAgo(3));
                double fit = company.fit() + 0.5 * draws.gaussian();
                DealPlan plan = deals.open(account, contact, created, fit, owner.getId(), batch);
                activities.forDeal(plan, contact.getFirstName(), batch);
                calls.forDeal(plan, contact, batch);
            }
        }
    }

    private void addLead(Instant createdAt) {
        LeadProfile profile = leads.next(createdAt);
        LeadOutcome outcome = lifecycle.decide(profile);
        batch.add(profile.lead());
        directory.noteLead(profile.lead(), profile.company());
        if (outcome.converted()) {
            convert(profile, outcome);
        }
        activities.forLead(profile, outcome, batch);
        campaigns.enrol(profile, batch);
        today.note(profile.lead()); // after every draw for the lead: what it changes changes nothing else
        campaignShowcase.note(profile.lead()); // draws nothing
    }

    /** Converting opens the account if needed, adds the person as a contact and opens a deal. */
    private void convert(LeadProfile profile, LeadOutcome outcome) {
        Lead lead = profile.lead();
        AccountState account = accounts.accountFor(profile.company(), lead.getConvertedAt(),
                outcome.accountExecutiveId(), outcome.accountTeamId(), batch);
        Contact contact = accounts.contactFromLead(lead, account, batch);
        DealPlan plan = deals.open(account, contact, lead.getConvertedAt(), profile.fit(),
                outcome.accountExecutiveId(), batch);
        lead.setConvertedDealId(plan.deal().getId());
        activities.forDeal(plan, contact.getFirstName(), batch);
        calls.forDeal(plan, contact, batch);
    }

    private void addCustomers() {
        for (AccountState account : accounts.all()) {
            if (account.isCustomer()) {
                customers.forCustomer(account, batch);
            }
            if (batch.pendingCount() >= FLUSH_THRESHOLD) {
                batch.write(sink, writers);
            }
        }
        batch.write(sink, writers);
    }

    /**
     * The company directory: the pool plus half as many companies no lead works at. The extras are drawn
     * last, so every record before them is the same as without a directory.
     */
    private void writeDirectory() {
        List<Company> all = new ArrayList<>(companies);
        all.addAll(companyFactory.build(companies.size(), companies.size() / 2));
        directory.write(sink, all, clock.now());
    }

    private SampleSummary summary() {
        return new SampleSummary(batch.written(Team.class), batch.written(User.class), batch.written(Account.class),
                batch.written(Contact.class), batch.written(Lead.class), batch.written(Deal.class),
                batch.written(Activity.class), batch.written(SupportTicket.class), batch.written(ProductUsage.class),
                batch.written(Campaign.class), batch.written(CampaignStep.class), batch.written(Enrollment.class),
                batch.written(Touch.class), batch.written(Document.class), batch.written(CallRecording.class),
                org.currentUser().getId());
    }
}
