package com.nexuscrm.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.DoNotContactEdits;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.storage.StoredContactPolicy;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Enrichments;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.RulesScores;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.ui.customers.ContactDetailViewModel;
import com.nexuscrm.usecase.SaveLead;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lost update of "Do not contact" (issue 17, compliance): the flag set in the background (an unsubscribe here,
 * through the real contact policy) while a lead's or contact's form is open is kept when the form saves, and the user
 * is told; a change the user made to the box is saved. Real encrypted workspace, the forms' view models.
 */
class DoNotContactLostUpdateTest {
    @TempDir Path dir;
    private WorkspaceStore store;
    private RecordingDialogs dialogs;
    private LeadDetailViewModel form;
    private StoredContactPolicy policy;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir.resolve("ws"), "do not contact".toCharArray());
        dialogs = new RecordingDialogs();
        RulesScores scores = new RulesScores();
        form = new LeadDetailViewModel(store.leads(), new SaveLead(store.leads(), Enrichments.of(store), scores, id -> { }),
                new DirectTaskExecutor(), dialogs, new LeadScoreViewModel(scores, Runnable::run, Runnable::run),
                Enrichments.of(store));
        policy = new StoredContactPolicy(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUnsubscribeWhileTheLeadFormIsOpenIsNotUndoneByItsSave() {
        Lead lead = store.leads().save(Leads.lead("Ada", "Open", "Open Ltd"));
        form.load(lead.getId());
        form.form().titleProperty().set("Head of Buying");
        unsubscribe(lead.getId(), lead.getEmail());
        assertTrue(store.leads().find(lead.getId()).orElseThrow().isDoNotContact(), "set in the background");
        assertFalse(form.form().doNotContactProperty().get(), "the open form still shows the box clear");

        assertEquals(List.of(), form.save());
        Lead saved = store.leads().find(lead.getId()).orElseThrow();
        assertEquals("Head of Buying", saved.getTitle(), "the user's edit is saved");
        assertTrue(saved.isDoNotContact(), "the flag set meanwhile is kept");
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("Do not contact changed meanwhile: Ada Open's Do not contact flag was set"),
                dialogs.infos.get(0));
        assertTrue(form.form().doNotContactProperty().get(), "the form shows the stored flag after saving");
    }

    @Test
    void theUsersOwnChangeToTheBoxIsSavedWithoutAWarning() {
        Lead lead = Leads.lead("Bo", "Flagged", "Flagged Ltd");
        lead.setDoNotContact(true);
        lead = store.leads().save(lead);
        form.load(lead.getId());
        form.form().doNotContactProperty().set(false);
        form.save();
        assertFalse(store.leads().find(lead.getId()).orElseThrow().isDoNotContact(), "the user cleared it on purpose");

        form.form().doNotContactProperty().set(true);
        form.form().titleProperty().set("CFO");
        form.save();
        assertTrue(store.leads().find(lead.getId()).orElseThrow().isDoNotContact());
        assertEquals(List.of(), dialogs.infos, "nothing changed under the user");
    }

    @Test
    void aContactFormKeepsTheFlagItDoesNotShow() {
        Contact c = new Contact(Ids.newId());
        c.setFirstName("Cy");
        c.setLastName("Contact");
        c.setEmail("cy@contact.test");
        c.setCreatedAt(Instant.now());
        store.contacts().save(c);
        ContactDetailViewModel contactForm = new ContactDetailViewModel(store.contacts(), new DirectTaskExecutor(), dialogs,
                Clock.systemUTC());
        contactForm.load(c.getId());
        contactForm.titleProperty().set("Buyer");
        unsubscribe(c.getId(), "cy@contact.test");

        contactForm.save();
        Contact saved = store.contacts().find(c.getId()).orElseThrow();
        assertEquals("Buyer", saved.getTitle());
        assertTrue(saved.isDoNotContact(), "the unsubscribe's flag is kept");
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).contains("Cy Contact's Do not contact flag was set while you edited the contact"));
    }

    @Test
    void theRule() {
        assertTrue(DoNotContactEdits.onSave(false, false, true), "untouched: the stored value");
        assertFalse(DoNotContactEdits.onSave(true, true, false), "untouched: the stored value");
        assertFalse(DoNotContactEdits.onSave(true, false, true), "changed by the user: theirs");
        assertTrue(DoNotContactEdits.onSave(false, true, false), "changed by the user: theirs");
    }

    private void unsubscribe(UUID person, String address) {
        policy.suppress(new Suppression(Ids.newId(), person, address, null, Suppression.Reason.UNSUBSCRIBED,
                "email unsubscribe", Instant.now()));
    }
}
