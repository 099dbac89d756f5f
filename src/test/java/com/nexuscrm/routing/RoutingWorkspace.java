package com.nexuscrm.routing;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.StoredRouting;
import com.nexuscrm.storage.StoredRoutingRules;
import com.nexuscrm.storage.StoredSla;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.SalesTeams;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A real encrypted workspace holding a sales organisation, with routing and the SLA monitor over it. */
final class RoutingWorkspace implements AutoCloseable {
    static final char[] PASS = "routing test passphrase".toCharArray();
    static final ZoneId FALLBACK = ZoneId.of("UTC");

    final WorkspaceStore store;

    private RoutingWorkspace(WorkspaceStore store) {
        this.store = store;
    }

    static RoutingWorkspace create(Path dir, SalesTeams org) {
        WorkspaceStore store = WorkspaceStore.create(dir, PASS);
        store.repository(Team.class).saveAll(org.teams);
        store.repository(User.class).saveAll(org.users);
        return new RoutingWorkspace(store);
    }

    static RoutingWorkspace open(Path dir) {
        return new RoutingWorkspace(WorkspaceStore.open(dir, PASS));
    }

    LeadRouting routing(Instant now) {
        return new LeadRouting(new StoredRoutingRules(store), new StoredRouting(store), store.leads(),
                new StoredDirectory(store), Clock.fixed(now, ZoneOffset.UTC), FALLBACK);
    }

    SlaMonitor monitor() {
        return new SlaMonitor(new StoredSla(store), new StoredDirectory(store), FALLBACK);
    }

    SlaMonitor monitor(com.nexuscrm.domain.routing.SlaPolicy policy) {
        return new SlaMonitor(new StoredSla(store), new StoredDirectory(store), FALLBACK, () -> policy);
    }

    StoredRouting log() {
        return new StoredRouting(store);
    }

    Lead newLead(String last, Integer score, Integer employees) {
        Lead lead = Leads.lead("Jane", last, last + " Inc");
        lead.setScore(score);
        lead.setEmployees(employees);
        return store.leads().save(lead);
    }

    Lead lead(Lead lead) {
        return store.leads().find(lead.getId()).orElseThrow();
    }

    @Override
    public void close() {
        store.close();
    }
}
