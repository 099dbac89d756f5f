package com.nexuscrm.sample;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Lead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The accounts of the workspace, one per company at most. Existing accounts are opened up front; a lead
 * converting at a company that is not yet an account opens one, as converting does in a CRM. New
 * accounts and contacts go into the batch being built.
 */
final class AccountBook {
    private final Map<Integer, AccountState> byCompany = new HashMap<>();
    private final List<AccountState> inOrder = new ArrayList<>();
    private final FakerPools pools;
    private final Addresses addresses;
    private final Draws draws;
    private final SampleClock clock;

    AccountBook(FakerPools pools, Addresses addresses, Draws draws, SampleClock clock) {
        this.pools = pools;
        this.addresses = addresses;
        this.draws = draws;
        this.clock = clock;
    }

    /** The company's account, opened at {@code openedAt} with a few contacts if it has none yet. */
    AccountState accountFor(Company company, Instant openedAt, UUID ownerId, UUID teamId, SampleBatch batch) {
        AccountState existing = byCompany.get(company.index());
        if (existing != null) {
            return existing;
        }
        AccountState state = new AccountState(account(company, openedAt, ownerId, teamId), company);
        batch.add(state.account());
        for (int i = draws.between(1, company.segment() == Segment.SMB ? 2 : 3); i > 0; i--) {
            Contact contact = contact(state, SampleClock.plusDays(openedAt, draws.uniform() * 20));
            state.contacts().add(contact);
            batch.add(contact);
        }
        byCompany.put(company.index(), state);
        inOrder.add(state);
        return state;
    }

    /** The converted lead as a contact of the account (same person, same email). */
    Contact contactFromLead(Lead lead, AccountState state, SampleBatch batch) {
        Contact contact = new Contact(clock.id(lead.getConvertedAt()));
        contact.setAccountId(state.account().getId());
        contact.setFirstName(lead.getFirstName());
        contact.setLastName(lead.getLastName());
        contact.setEmail(lead.getEmail());
        contact.setPhone(lead.getPhone());
        contact.setTitle(lead.getTitle());
        contact.setCreatedAt(lead.getConvertedAt());
        contact.setOwnerId(state.account().getOwnerId());
        contact.setTeamId(state.account().getTeamId());
        state.contacts().add(contact);
        batch.add(contact);
        return contact;
    }

    /** Accounts in the order they were opened. */
    List<AccountState> all() { return inOrder; }

    private Account account(Company company, Instant openedAt, UUID ownerId, UUID teamId) {
        Account account = new Account(clock.id(openedAt));
        account.setName(company.name());
        account.setDomain(company.domain());
        account.setWebsite("https://www." + company.domain());
        account.setIndustry(company.industry());
        account.setEmployees(company.employees());
        account.setAnnualRevenue(company.annualRevenue());
        account.setCountry(company.market().country());
        account.setCity(company.city());
        account.setPhone(company.phone());
        account.setTechnologies(company.technologies());
        account.setCreatedAt(openedAt);
        account.setOwnerId(ownerId);
        account.setTeamId(teamId);
        return account;
    }

    private Contact contact(AccountState state, Instant createdAt) {
        Company company = state.company();
        FakerPools.MarketPool names = pools.market(company.market());
        Contact contact = new Contact(clock.id(clock.notAfterNow(createdAt)));
        contact.setAccountId(state.account().getId());
        contact.setFirstName(draws.pick(names.firstNames()));
        contact.setLastName(draws.pick(names.lastNames()));
        contact.setEmail(addresses.emailFor(contact.getFirstName(), contact.getLastName(), company.domain()));
        contact.setPhone(draws.chance(0.6) ? pools.phone(company.market(), draws) : null);
        Seniority seniority = Seniority.values()[draws.weightedIndex(Seniority.weights())];
        contact.setTitle(seniority.title(draws.pick(pools.jobFunctions())));
        contact.setCreatedAt(clock.notAfterNow(createdAt));
        contact.setOwnerId(state.account().getOwnerId());
        contact.setTeamId(state.account().getTeamId());
        return contact;
    }
}
