package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.ConversionIds;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converting leads on the real encrypted store: one unit, links kept, account matching, refusals. */
class ConvertLeadTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(T0);
    private ConvertLead convert;
    private User rep;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "convert pass".toCharArray());
        workspace = Workspace.over(store);
        convert = new ConvertLead(workspace, clock);
        SalesTeams org = new SalesTeams();
        Team team = org.team("Inbound", "SMB");
        rep = org.rep("Rita Rep", team, "UTC");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Lead qualified(String first, String last, String company, String domain) {
        Lead lead = Leads.lead(first, last, company);
        lead.setDomain(domain);
        lead.setStatus(LeadStatus.QUALIFIED);
        return workspace.leads().save(lead);
    }

    private static ConvertLead.Request request(Lead lead, java.util.UUID existing, ConvertLead.DealDraft deal) {
        return new ConvertLead.Request(lead.getId(), existing, lead.getCompany(), lead.getFirstName(), lead.getLastName(),
                lead.getEmail(), null, "CTO", deal);
    }

    @Test
    void aLeadBecomesContactAccountAndDealInOneChangeSetAndLeavesTheInbox() {
        Lead lead = qualified("Ada", "Lovelace", "Analytical Engines", "engines.com");
        new LogActivity(workspace, clock).log(LogActivity.Draft.of(ActivityType.CALL, "Intro", RecordRef.lead(lead.getId()), T0), rep);
        long outboxBefore = store.outbox().size();

        ConvertLead.Converted done = convert.convert(request(lead, null, new ConvertLead.DealDraft("Engines - pilot",
                DealStage.QUALIFICATION, new BigDecimal("12000"), LocalDate.of(2026, 4, 30))), rep);

        assertTrue(done.accountCreated());
        Lead after = workspace.leads().find(lead.getId()).orElseThrow();
        assertEquals(LeadStatus.CONVERTED, after.getStatus());
        assertEquals(T0, after.getConvertedAt());
        assertEquals(ConversionIds.contactOf(lead.getId()), after.getConvertedContactId());
        assertEquals(ConversionIds.dealOf(lead.getId()), after.getConvertedDealId());
        Account account = workspace.repository(Account.class).find(after.getConvertedAccountId()).orElseThrow();
        assertEquals("Analytical Engines", account.getName());
        assertEquals("engines.com", account.getDomain());
        assertEquals(ConversionIds.accountOfCompany("engines.com", "").orElseThrow(), account.getId(),
                "a new account's id comes from its company's domain");
        Contact contact = workspace.repository(Contact.class).find(after.getConvertedContactId()).orElseThrow();
        assertEquals(account.getId(), contact.getAccountId());
        assertEquals("CTO", contact.getTitle());
        Deal deal = workspace.repository(Deal.class).find(after.getConvertedDealId()).orElseThrow();
        assertEquals(0, new BigDecimal("12000").compareTo(deal.getAmount()));
        assertEquals(contact.getId(), deal.getPrimaryContactId());
        assertFalse(workspace.leads().inboxRows().stream().filter(r -> r.id().equals(lead.getId())).findFirst().orElseThrow()
                .status().isOpen(), "the lead left the inbox's open views");

        assertEquals(1, done.activitiesLinked());
        assertEquals(1, workspace.activities().timelineCount(RecordRef.contact(contact.getId()), Set.of()), "on the contact's timeline");
        assertEquals(1, workspace.activities().timelineCount(RecordRef.account(account.getId()), Set.of()), "and the account's");
        assertEquals(1, workspace.deals().history(deal.getId()).size(), "the deal's history starts with its creation");
        assertEquals(outboxBefore + 6, store.outbox().size(),
                "account, contact, deal, its first history entry, lead and the moved call: one change set");
    }

    @Test
    void anExistingAccountIsMatchedByDomainAndUsed() {
        Account acme = new Account();
        acme.setName("ACME Corporation");
        acme.setDomain("acme.com");
        acme.setCreatedAt(T0);
        workspace.repository(Account.class).save(acme);
        Lead lead = qualified("Wile", "Coyote", "Acme", null);
        lead.setEmail("wile@eu.acme.com");
        workspace.leads().save(lead);

        ConvertLead.Proposal proposal = convert.propose(lead.getId());
        assertEquals(acme.getId(), proposal.best().orElseThrow().account().getId());
        assertTrue(proposal.best().orElseThrow().reason().contains("acme.com"), proposal.best().orElseThrow().reason());

        ConvertLead.Converted done = convert.convert(request(lead, acme.getId(), null), rep);
        assertFalse(done.accountCreated());
        assertNull(done.deal());
        assertEquals(1, workspace.repository(Account.class).count(), "no second account");
        assertEquals(acme.getId(), workspace.leads().find(lead.getId()).orElseThrow().getConvertedAccountId());
    }

    @Test
    void convertingTwiceIsRefusedWithAClearMessage() {
        Lead lead = qualified("Grace", "Hopper", "Navy", "navy.mil");
        convert.convert(request(lead, null, null), rep);
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> convert.convert(request(lead, null, null), rep));
        assertTrue(twice.getMessage().contains("Grace Hopper was already converted"), twice.getMessage());
        assertThrows(IllegalStateException.class, () -> convert.propose(lead.getId()));
        assertEquals(1, workspace.repository(Account.class).count());
        assertEquals(1, workspace.repository(Contact.class).count());
    }

    @Test
    void badFieldsAreNamedByRecordAndNothingIsSaved() {
        Lead lead = qualified("Alan", "Turing", "Bletchley", "bletchley.org");
        long outbox = store.outbox().size();
        ConvertLead.Request bad = new ConvertLead.Request(lead.getId(), null, " ", "Alan", "", "not-an-email", null, null,
                new ConvertLead.DealDraft("", DealStage.PROSPECTING, new BigDecimal("-5"), null));
        ValidationException e = assertThrows(ValidationException.class, () -> convert.convert(bad, rep));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(List.of("account.name", "contact.lastName", "contact.email", "deal.name",
                "deal.amount", "deal.closeDate")), fields.toString());
        assertEquals(LeadStatus.QUALIFIED, workspace.leads().find(lead.getId()).orElseThrow().getStatus());
        assertEquals(0, workspace.repository(Account.class).count());
        assertEquals(outbox, store.outbox().size(), "nothing reached the outbox");
    }

    @Test
    void aSecondLeadOfTheSameCompanyFindsTheAccountTheFirstCreated() {
        Lead first = qualified("Marie", "Curie", "Radium Institute", "radium.fr");
        Lead second = qualified("Pierre", "Curie", "Radium Institute", "radium.fr");
        Account made = convert.convert(request(first, null, null), rep).account();
        assertEquals(made.getId(), convert.propose(second.getId()).best().orElseThrow().account().getId());
    }
}
