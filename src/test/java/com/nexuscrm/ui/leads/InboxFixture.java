package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.SalesFloor;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.RulesScores;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.usecase.SaveLead;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox tests' workspace, over whichever repositories a test passes (in memory, or a real workspace when
 * it checks what only the store shows): Rita, a rep in Berlin, in team East, and 30 leads, every other one
 * hers, every fifth converted, every third at Acme Robotics. Work runs synchronously.
 */
final class InboxFixture {
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<SavedFilter> stored = new ArrayList<>();
    final SavedFilterStore savedViews = new SavedFilterStore() {
        @Override
        public List<SavedFilter> load() { return List.copyOf(stored); }

        @Override
        public void save(List<SavedFilter> filters) {
            stored.clear();
            stored.addAll(filters);
        }
    };
    LeadsViewModel inbox;
    LeadDetailViewModel detail;

    static Team east() {
        Team team = new Team();
        team.setName("East");
        return team;
    }

    static User rita() {
        User me = new User();
        me.setDisplayName("Rita Rep");
        me.setEmail("rita@example.com");
        me.setRole(Role.REP);
        me.setAvailable(true);
        me.setTimeZone("Europe/Berlin");
        me.setWorkdayStart(9);
        me.setWorkdayEnd(17);
        return me;
    }

    static List<Lead> leads(User me) {
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Lead lead = Leads.lead("Ann" + i, "Lee" + i, i % 3 == 0 ? "Acme Robotics" : "Globex");
            lead.setOwnerId(i % 2 == 0 ? me.getId() : null);
            lead.setStatus(i % 5 == 0 ? LeadStatus.CONVERTED : LeadStatus.NEW);
            lead.setConvertedAt(i % 5 == 0 ? lead.getCreatedAt() : null);
            leads.add(lead);
        }
        return leads;
    }

    /** Builds the inbox and detail ViewModels over the repositories (already holding the leads) and loads the inbox. */
    void open(LeadRepository leads, Directory directory, LeadEnrichment enrichment) {
        var tasks = new DirectTaskExecutor();
        var scores = new RulesScores();
        detail = new LeadDetailViewModel(leads, new SaveLead(leads, enrichment, scores, id -> { }), tasks,
                dialogs, new LeadScoreViewModel(scores, Runnable::run, Runnable::run), enrichment);
        inbox = new LeadsViewModel(leads, directory.currentUser(), directory.users(), tasks, dialogs, detail,
                savedViews, () -> new SlaClock(new SalesFloor(directory.users(), directory.teams(), ZoneId.of("UTC"))));
        inbox.load();
    }
}
