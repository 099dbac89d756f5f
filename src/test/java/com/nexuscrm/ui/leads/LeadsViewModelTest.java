package com.nexuscrm.ui.leads;

import com.nexuscrm.usecase.SaveLead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Enrichments;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.routing.SalesFloor;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.domain.routing.SlaState;
import com.nexuscrm.domain.routing.SlaStatus;
import java.time.Instant;
import java.time.ZoneId;
import com.nexuscrm.testing.RulesScores;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox and detail ViewModels over a real workspace, with work run synchronously. */
class LeadsViewModelTest {
    @TempDir
    Path dir;
    private WorkspaceStore store;
    private LeadsViewModel inbox;
    private LeadDetailViewModel detail;
    private User me;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<SavedFilter> stored = new ArrayList<>();
    private final SavedFilterStore savedViews = new SavedFilterStore() {
        @Override
        public List<SavedFilter> load() { return List.copyOf(stored); }

        @Override
        public void save(List<SavedFilter> filters) {
            stored.clear();
            stored.addAll(filters);
        }
    };

    @BeforeEach
    void setUp() {
        store = WorkspaceStore.create(dir, "view-model-test".toCharArray());
        Team team = new Team();
        team.setName("East");
        me = new User();
        me.setDisplayName("Rita Rep");
        me.setEmail("rita@example.com");
        me.setRole(Role.REP);
        me.setAvailable(true);
        me.setTimeZone("Europe/Berlin");
        me.setWorkdayStart(9);
        me.setWorkdayEnd(17);
        store.repository(Team.class).save(team);
        store.repository(User.class).save(me);
        store.meta().put(WorkspaceMeta.CURRENT_USER, me.getId().toString());
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Lead lead = Leads.lead("Ann" + i, "Lee" + i, i % 3 == 0 ? "Acme Robotics" : "Globex");
            lead.setOwnerId(i % 2 == 0 ? me.getId() : null);
            lead.setStatus(i % 5 == 0 ? LeadStatus.CONVERTED : LeadStatus.NEW);
            lead.setConvertedAt(i % 5 == 0 ? lead.getCreatedAt() : null);
            leads.add(lead);
        }
        store.leads().saveAll(leads);
        var tasks = new DirectTaskExecutor();
        var enrichment = Enrichments.of(store);
        var scores = new RulesScores();
        detail = new LeadDetailViewModel(store.leads(), new SaveLead(store.leads(), enrichment, scores, id -> { }), tasks,
                dialogs, new LeadScoreViewModel(scores, Runnable::run, Runnable::run), enrichment);
        var directory = new StoredDirectory(store);
        inbox = new LeadsViewModel(store.leads(), directory.currentUser(), directory.users(), tasks, dialogs, detail,
                savedViews, () -> new SlaClock(new SalesFloor(directory.users(), directory.teams(), ZoneId.of("UTC"))));
        inbox.load();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void routedLeadsShowBusinessTimeLeftInTheOwnersHours() {
        Lead lead = store.leads().findAll().stream().filter(l -> me.getId().equals(l.getOwnerId())
                && l.getStatus() == LeadStatus.NEW).findFirst().orElseThrow();
        // Wednesday 25 Nov 2026, 16:50 in Berlin: ten minutes of Rita's working day are left.
        Instant routed = Instant.parse("2026-11-25T15:45:00Z");
        lead.setRoutedAt(routed);
        lead.setPriority(LeadPriority.HIGH);
        lead.setSlaDueAt(Instant.parse("2026-11-26T08:15:00Z"));
        store.leads().save(lead);
        inbox.load();
        LeadRow row = store.leads().row(lead.getId());
        SlaStatus onTrack = inbox.sla(row, Instant.parse("2026-11-25T15:50:00Z"));
        assertEquals(SlaState.ON_TRACK, onTrack.state());
        assertEquals(25, onTrack.minutesLeft(), "30 business minutes from 16:45, five of them gone");
        SlaStatus overnight = inbox.sla(row, Instant.parse("2026-11-25T22:00:00Z"));
        assertTrue(overnight.paused(), "the clock stops outside working hours");
        assertEquals(SlaState.BREACHED, inbox.sla(row, Instant.parse("2026-11-26T09:00:00Z")).state());
    }

    @Test
    void savedViewsAndSearchNarrowTheList() {
        assertEquals(24, inbox.visibleLeads().size(), "open leads: converted ones hidden");
        inbox.savedFilterProperty().set(SavedFilter.MY_NEW);
        assertEquals(12, inbox.visibleLeads().size());
        inbox.savedFilterProperty().set(SavedFilter.UNASSIGNED);
        assertEquals(12, inbox.visibleLeads().size());
        inbox.savedFilterProperty().set(SavedFilter.ALL);
        inbox.searchProperty().set("acme lee1");
        assertEquals(List.of("Lee12", "Lee15", "Lee18"), inbox.visibleLeads().stream()
                .map(i -> i.row().lastName()).sorted().toList());
        assertEquals("3 of 30 leads", inbox.summaryProperty().get());
    }

    @Test
    void theCurrentFiltersCanBeSavedAsANamedView() {
        inbox.searchProperty().set("acme");
        inbox.ownerProperty().set(OwnerChoice.UNASSIGNED);
        dialogs.answer = "Acme, unassigned";
        inbox.saveCurrentView();
        assertEquals(List.of("Acme, unassigned"), stored.stream().map(SavedFilter::name).toList());
        inbox.savedFilterProperty().set(SavedFilter.ALL);
        assertEquals(30, inbox.visibleLeads().size());
        inbox.savedFilterProperty().set(inbox.savedFilters().get(4));
        assertEquals(4, inbox.visibleLeads().size());
    }

    @Test
    void bulkAssignUpdatesRowsAndCapturesChanges() {
        inbox.savedFilterProperty().set(SavedFilter.UNASSIGNED);
        List<LeadItem> selected = List.copyOf(inbox.visibleLeads().subList(0, 3));
        long before = store.outbox().size();
        inbox.assign(selected, me);
        assertEquals(9, inbox.visibleLeads().size());
        assertEquals(before + 3, store.outbox().size());
    }

    @Test
    void invalidEditIsRefusedFieldByFieldThenSaved() {
        LeadItem first = inbox.visibleLeads().get(0);
        inbox.open(first);
        detail.emailProperty().set("ann@@example");
        detail.employeesProperty().set("many");
        var errors = detail.save();
        assertEquals(List.of("employees", "email"), errors.stream().map(e -> e.field()).toList());
        assertTrue(detail.errors().get("email").contains("not a valid email"));
        assertEquals(first.row().email(), store.leads().row(first.row().id()).email(), "nothing saved");

        detail.emailProperty().set("ann@example.com");
        detail.employeesProperty().set("1,200");
        assertTrue(detail.save().isEmpty());
        assertEquals(1200, store.leads().find(first.row().id()).orElseThrow().getEmployees());
        assertEquals("ann@example.com", inbox.allLeads().stream().filter(i -> i.row().id().equals(first.row().id()))
                .findFirst().orElseThrow().row().email(), "inbox row refreshed after save");
    }
}
