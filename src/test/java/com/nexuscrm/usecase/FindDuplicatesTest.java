package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.DuplicateRules.LikelyDuplicate;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicate warnings over the real store's queries: same email, same domain and a similar name, free mail ignored. */
class FindDuplicatesTest {
    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private FindDuplicates find;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "dup pass".toCharArray());
        workspace = Workspace.over(store);
        find = new FindDuplicates(workspace);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewLeadIsWarnedAboutSameEmailAndSameDomainWithASimilarName() {
        Lead ada = Leads.lead("Ada", "Lovelace", "Engines");
        Lead grace = Leads.lead("Grace", "Hopper", "Engines");
        workspace.leads().saveAll(List.of(ada, grace));

        Lead sameEmail = Leads.lead("A.", "King", "Other");
        sameEmail.setEmail("ADA.LOVELACE@engines.com");
        List<LikelyDuplicate> byEmail = find.ofLead(sameEmail);
        assertEquals(1, byEmail.size(), byEmail.toString());
        assertEquals(ada.getId(), byEmail.get(0).candidate().id());
        assertEquals("same email", byEmail.get(0).reason());

        Lead similar = Leads.lead("Ada", "Lovelace", "Engines");
        similar.setEmail("countess@engines.com");
        similar.setFirstName("Adah");
        List<LikelyDuplicate> byName = find.ofLead(similar);
        assertEquals(List.of(ada.getId()), byName.stream().map(d -> d.candidate().id()).toList(), byName.toString());
        assertTrue(byName.get(0).describe().contains("engines.com"), byName.get(0).describe());

        Lead stranger = Leads.lead("Alan", "Turing", "Engines");
        assertEquals(List.of(), find.ofLead(stranger), "same domain, different name: not a duplicate");
        Lead freeMail = Leads.lead("Ada", "Lovelace", "Gmail");
        freeMail.setEmail("ada.l@gmail.com");
        Lead other = Leads.lead("Ada", "Lovelace", "Gmail");
        other.setEmail("ada.lovelace@gmail.com");
        workspace.leads().save(other);
        assertEquals(List.of(), find.ofLead(freeMail), "a free-mail domain says nothing about a company");
    }

    @Test
    void importedRowsAreListedOncePerPairAmongThemselvesAndExisting() {
        Contact existing = contact("Marie", "Curie", "marie@radium.fr");
        Contact dupOfExisting = contact("Marie", "Curie", "mcurie@radium.fr");
        Contact a = contact("Pierre", "Curie", "pierre@radium.fr");
        Contact b = contact("Pierre", "Curie", "PIERRE@radium.fr");
        List<LikelyDuplicate> found = find.amongImported(RecordRef.Kind.CONTACT, List.of(dupOfExisting.getId(), a.getId(), b.getId()));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().anyMatch(d -> d.candidate().id().equals(existing.getId()) || d.of().id().equals(existing.getId())));
    }

    @Test
    void accountsWithTheSameDomainAndASimilarNameAreLikelyDuplicates() {
        Account acme = new Account();
        acme.setName("Acme Corporation");
        acme.setDomain("acme.com");
        acme.setCreatedAt(java.time.Instant.parse("2026-03-02T09:00:00Z"));
        workspace.repository(Account.class).save(acme);
        Account draft = new Account();
        draft.setName("ACME Inc.");
        draft.setWebsite("https://www.acme.com/about");
        assertEquals(List.of(acme.getId()), find.ofAccount(draft).stream().map(d -> d.candidate().id()).toList());
    }

    private Contact contact(String first, String last, String email) {
        Contact c = new Contact();
        c.setFirstName(first);
        c.setLastName(last);
        c.setEmail(email);
        c.setCreatedAt(java.time.Instant.parse("2026-03-02T09:00:00Z"));
        return workspace.repository(Contact.class).save(c);
    }
}
