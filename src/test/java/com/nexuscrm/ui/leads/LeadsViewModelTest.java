package com.nexuscrm.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.SlaState;
import com.nexuscrm.domain.routing.SlaStatus;
import com.nexuscrm.testing.Enrichments;
import com.nexuscrm.testing.InMemoryDirectory;
import com.nexuscrm.testing.InMemoryLeads;
import com.nexuscrm.ui.common.RecordingDialogs;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox and detail ViewModels over in-memory leads and directory, with work run synchronously. That bulk
 * changes are captured for sync only a real workspace shows: {@link LeadsInboxStoreTest}.
 */
class LeadsViewModelTest {
    private final InboxFixture fixture = new InboxFixture();
    private final InMemoryLeads leads = new InMemoryLeads();
    private final RecordingDialogs dialogs = fixture.dialogs;
    private final List<SavedFilter> stored = fixture.stored;
    private LeadsViewModel inbox;
    private LeadDetailViewModel detail;
    private User me;

    @BeforeEach
    void setUp() {
        me = InboxFixture.rita();
        var directory = InMemoryDirectory.of(me, InboxFixture.east());
        leads.saveAll(InboxFixture.leads(me));
        fixture.open(leads, directory, Enrichments.of(leads));
        inbox = fixture.inbox;
        detail = fixture.detail;
    }

    @Test
    void routedLeadsShowBusinessTimeLeftInTheOwnersHours() {
        Lead lead = leads.findAll().stream().filter(l -> me.getId().equals(l.getOwnerId())
                && l.getStatus() == LeadStatus.NEW).findFirst().orElseThrow();
        // Wednesday 25 Nov 2026, 16:50 in Berlin: ten minutes of Rita's working day are left.
        Instant routed = Instant.parse("2026-11-25T15:45:00Z");
        lead.setRoutedAt(routed);
        lead.setPriority(LeadPriority.HIGH);
        lead.setSlaDueAt(Instant.parse("2026-11-26T08:15:00Z"));
        leads.save(lead);
        inbox.load();
        LeadRow row = leads.row(lead.getId());
        SlaStatus onTrack = inbox.sla(row, Instant.parse("2026-11-25T15:50:00Z"));
        assertEquals(SlaState.ON_TRACK, onTrack.state());
        assertEquals(25, onTrack.minutesLeft(), "30 business minutes from 16:45, five of them gone");
        SlaStatus overnight = inbox.sla(row, Instant.parse("2026-11-25T22:00:00Z"));
        assertTrue(overnight.paused(), "the clock stops outside working hours");
        assertEquals(SlaState.BREACHED, inbox.sla(row, Instant.parse("2026-11-26T09:00:00Z")).state());
    }

    @Test
    void aLeadOpenedFromElsewhereIsShownSelectedEvenWhenFiltersHideItOrTheInboxHasNotLoadedIt() {
        Lead converted = leads.findAll().stream().filter(l -> l.getStatus() == LeadStatus.CONVERTED).findFirst().orElseThrow();
        inbox.filters().savedFilterProperty().set(SavedFilter.MY_NEW);
        inbox.filters().searchProperty().set("globex");
        inbox.select(converted.getId());
        assertEquals(converted.getId(), inbox.selectRequestProperty().get().row().id());
        assertTrue(inbox.visibleLeads().contains(inbox.selectRequestProperty().get()), "the filters hiding it were cleared");
        assertEquals("", inbox.filters().searchProperty().get());

        Lead fresh = com.nexuscrm.testing.Leads.lead("Nora", "Newer", "Initech");
        leads.save(fresh);
        inbox.select(fresh.getId());
        assertEquals(fresh.getId(), inbox.selectRequestProperty().get().row().id(), "read and added after the inbox loaded");
        assertTrue(inbox.visibleLeads().contains(inbox.selectRequestProperty().get()));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void savedViewsAndSearchNarrowTheList() {
        assertEquals(24, inbox.visibleLeads().size(), "open leads: converted ones hidden");
        inbox.filters().savedFilterProperty().set(SavedFilter.MY_NEW);
        assertEquals(12, inbox.visibleLeads().size());
        inbox.filters().savedFilterProperty().set(SavedFilter.UNASSIGNED);
        assertEquals(12, inbox.visibleLeads().size());
        inbox.filters().savedFilterProperty().set(SavedFilter.ALL);
        inbox.filters().searchProperty().set("acme lee1");
        assertEquals(List.of("Lee12", "Lee15", "Lee18"), inbox.visibleLeads().stream()
                .map(i -> i.row().lastName()).sorted().toList());
        assertEquals("3 of 30 leads", inbox.summaryProperty().get());
    }

    @Test
    void theCurrentFiltersCanBeSavedAsANamedView() {
        inbox.filters().searchProperty().set("acme");
        inbox.filters().ownerProperty().set(OwnerChoice.UNASSIGNED);
        dialogs.answer = "Acme, unassigned";
        inbox.filters().saveCurrentView();
        assertEquals(List.of("Acme, unassigned"), stored.stream().map(SavedFilter::name).toList());
        inbox.filters().savedFilterProperty().set(SavedFilter.ALL);
        assertEquals(30, inbox.visibleLeads().size());
        inbox.filters().savedFilterProperty().set(inbox.filters().savedFilters().get(4));
        assertEquals(4, inbox.visibleLeads().size());
    }

    @Test
    void invalidEditIsRefusedFieldByFieldThenSaved() {
        LeadItem first = inbox.visibleLeads().get(0);
        inbox.open(first);
        detail.form().emailProperty().set("ann@@example");
        detail.form().employeesProperty().set("many");
        var errors = detail.save();
        assertEquals(List.of("employees", "email"), errors.stream().map(e -> e.field()).toList());
        assertTrue(detail.errors().get("email").contains("not a valid email"));
        assertEquals(first.row().email(), leads.row(first.row().id()).email(), "nothing saved");

        detail.form().emailProperty().set("ann@example.com");
        detail.form().employeesProperty().set("1,200");
        assertTrue(detail.save().isEmpty());
        assertEquals(1200, leads.find(first.row().id()).orElseThrow().getEmployees());
        assertEquals("ann@example.com", inbox.allLeads().stream().filter(i -> i.row().id().equals(first.row().id()))
                .findFirst().orElseThrow().row().email(), "inbox row refreshed after save");
    }

    @Test
    void doNotContactIsAFieldOfTheFormThatIsSavedAndCanBeUndone() {
        LeadItem first = inbox.visibleLeads().get(0);
        inbox.open(first);
        assertFalse(detail.form().doNotContactProperty().get());
        List<Object> before = detail.form().values();
        detail.form().doNotContactProperty().set(true);
        assertNotEquals(before, detail.form().values(), "ticking it is an unsaved edit");
        assertTrue(detail.save().isEmpty());
        assertTrue(leads.find(first.row().id()).orElseThrow().isDoNotContact());
        detail.form().restore(before);
        assertFalse(detail.form().doNotContactProperty().get());
    }
}
