package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.json.Json;
import com.nexuscrm.json.TeamSettingJson;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.usecase.LeadServices;
import com.nexuscrm.usecase.TeamChoices;
import com.nexuscrm.usecase.TeamCurrency;
import com.nexuscrm.usecase.TeamPicklists;
import com.nexuscrm.usecase.TeamSlaPolicy;
import com.nexuscrm.domain.routing.SlaPolicy;
import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.routing.RoutingRule;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.domain.routing.RoutingStrategy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Team settings through a real team server on loopback (H2, and PostgreSQL when {@code NEXUS_TEST_PG_URL} is
 * set): a picklist value a manager adds reaches a rep's workstation; a rep's change is refused with nothing
 * stored on the server, and so is a manager's setting for another team. Routing rules (with their SLA
 * minutes) and the workspace currency travel the same way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamSettingSyncTest {
    private static final String PASSWORD = "team settings password";
    private static final char[] PASS = "workspace pass".toCharArray();

    List<ServerTargets.Kind> databases() {
        return ServerTargets.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aManagersPicklistValueReachesARepAndARepsChangeIsRefused(ServerTargets.Kind kind) throws Exception {
        ServerTargets.Target target = kind.fresh();
        Path dir = Files.createTempDirectory("nexus-team-settings");
        try (ServerDatabase db = ServerDatabase.open(target.url());
             TeamServer server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", 0);
             WorkspaceStore mia = WorkspaceStore.create(dir.resolve("mia"), PASS);
             WorkspaceStore rita = WorkspaceStore.create(dir.resolve("rita"), PASS)) {
            java.util.UUID miaId = server.accounts().addUser("mia@example.com", "Mia", Role.MANAGER, "East", PASSWORD.toCharArray());
            java.util.UUID ritaId = server.accounts().addUser("rita@example.com", "Rita", Role.REP, "East", PASSWORD.toCharArray());
            server.accounts().addUser("wes@example.com", "Wes", Role.REP, "West", PASSWORD.toCharArray());
            sync(server, mia, "mia@example.com");
            sync(server, rita, "rita@example.com");
            // What connecting does (BackgroundSync adopts the signed-in user as the workstation's own).
            StoredReplica.of(mia).link().adoptUser(miaId);
            StoredReplica.of(rita).link().adoptUser(ritaId);

            TeamPicklists managerLists = lists(mia);
            assertTrue(managerLists.editable(), "a manager edits the team's lists");
            managerLists.save(managerLists.load(PicklistName.LEAD_SOURCE).withAdded("Podcast"));
            SyncEngine.Round pushed = sync(server, mia, "mia@example.com");
            assertEquals(1, pushed.applied(), pushed.toString());

            sync(server, rita, "rita@example.com");
            TeamPicklists repLists = lists(rita);
            assertEquals("Podcast", repLists.load(PicklistName.LEAD_SOURCE).match("podcast").orElseThrow().label());
            assertFalse(repLists.editable(), "a rep reads the lists");
            assertThrows(IllegalStateException.class,
                    () -> repLists.save(repLists.load(PicklistName.LEAD_SOURCE).withAdded("Radio")));

            // Routing rules and SLAs are a team setting too: the manager's table reaches the rep, who cannot change it.
            RoutingRules tighter = new RoutingRules(List.of(
                    new RoutingRule(70, RoutingStrategy.ROUND_ROBIN, LeadPriority.URGENT, 10),
                    new RoutingRule(0, RoutingStrategy.QUEUE, LeadPriority.NORMAL, 120)), 40);
            LeadServices.routingRules(mia, new StoredDirectory(mia)).save(tighter);
            assertEquals(1, sync(server, mia, "mia@example.com").applied());
            sync(server, rita, "rita@example.com");
            assertEquals(tighter, LeadServices.routingRules(rita, new StoredDirectory(rita)).rules());
            assertThrows(IllegalStateException.class,
                    () -> LeadServices.routingRules(rita, new StoredDirectory(rita)).save(RoutingRules.defaults()));

            // The workspace currency: the manager's GBP reaches the rep, whose forms then show it; the rep cannot change it.
            assertEquals("USD", TeamCurrency.of(Workspace.over(rita)).load(), "USD until the team chooses");
            assertEquals("GBP", TeamCurrency.of(Workspace.over(mia)).save("gbp"));
            assertEquals(1, sync(server, mia, "mia@example.com").applied());
            sync(server, rita, "rita@example.com");
            assertEquals("GBP", TeamChoices.load(Workspace.over(rita)).currency());
            IllegalStateException repCurrency = assertThrows(IllegalStateException.class,
                    () -> TeamCurrency.of(Workspace.over(rita)).save("EUR"));
            assertTrue(repCurrency.getMessage().contains("admin or a manager"), repCurrency.getMessage());

            // A workstation that writes the setting anyway (an old or altered client): the server refuses it.
            TeamSetting forged = rita.repository(TeamSetting.class).find(TeamSetting.idFor(
                    repListsTeam(rita), PicklistName.LEAD_SOURCE.settingName())).orElseThrow();
            String before = forged.getContent();
            forged.setContent(TeamSettingJson.write(repLists.load(PicklistName.LEAD_SOURCE).withAdded("Radio")));
            rita.repository(TeamSetting.class).save(forged);
            SyncEngine.Round refused = sync(server, rita, "rita@example.com");
            assertEquals(1, refused.rejected(), refused.toString());
            RecordChange stored = SyncWorld.serverRecords(db.dataSource()).get(forged.getId());
            assertEquals(before, stored.fields().get("content").asText(), "the server kept the manager's list");
            assertFalse(stored.fields().get("content").asText().contains("Radio"));

            // A manager's setting for a team the manager does not lead: refused, nothing stored.
            java.util.UUID west;
            try (java.sql.Connection c = db.dataSource().getConnection();
                 java.sql.ResultSet rs = c.createStatement().executeQuery("select id from team where name = 'West'")) {
                assertTrue(rs.next());
                west = rs.getObject(1, java.util.UUID.class);
            }
            Picklist foreign = managerLists.load(PicklistName.INDUSTRY).withAdded("Mining");
            TeamSetting elsewhere = new TeamSetting(west, PicklistName.INDUSTRY.settingName(), TeamSettingJson.write(foreign));
            mia.repository(TeamSetting.class).save(elsewhere);
            SyncEngine.Round misplaced = sync(server, mia, "mia@example.com");
            assertEquals(1, misplaced.rejected(), misplaced.toString());
            assertFalse(SyncWorld.serverRecords(db.dataSource()).containsKey(elsewhere.getId()));
        } finally {
            target.cleanup().close();
            ServerTargets.deleteTree(dir);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aManagersSlaPolicyReachesARepAndMovesTheRepsSlaDueTime(ServerTargets.Kind kind) throws Exception {
        ServerTargets.Target target = kind.fresh();
        Path dir = Files.createTempDirectory("nexus-team-sla");
        try (ServerDatabase db = ServerDatabase.open(target.url());
             TeamServer server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(1)).start("127.0.0.1", 0);
             WorkspaceStore mia = WorkspaceStore.create(dir.resolve("mia"), PASS);
             WorkspaceStore rita = WorkspaceStore.create(dir.resolve("rita"), PASS)) {
            java.util.UUID miaId = server.accounts().addUser("mia@example.com", "Mia", Role.MANAGER, "East", PASSWORD.toCharArray());
            java.util.UUID ritaId = server.accounts().addUser("rita@example.com", "Rita", Role.REP, "East", PASSWORD.toCharArray());
            sync(server, mia, "mia@example.com");
            sync(server, rita, "rita@example.com");
            StoredReplica.of(mia).link().adoptUser(miaId);
            StoredReplica.of(rita).link().adoptUser(ritaId);
            // Thursday 24 December 2026, 16:30 UTC: a 60-minute SLA starts for Rita (who works in UTC).
            java.time.Instant routed = java.time.Instant.parse("2026-12-24T16:30:00Z");
            assertEquals(SlaPolicy.DEFAULT, LeadServices.slaPolicy(rita, new StoredDirectory(rita)).get(), "the defaults until the team sets one");
            assertEquals(java.time.Instant.parse("2026-12-25T09:30:00Z"), ritasDue(rita, ritaId, routed), "half an hour on Friday the 25th");

            SlaPolicy christmas = new SlaPolicy(SlaPolicy.WEEKDAYS, 9, 17, new java.util.TreeSet<>(List.of(
                    java.time.LocalDate.parse("2026-12-25"))), 25, true, 15);
            TeamSlaPolicy managers = LeadServices.slaPolicy(mia, new StoredDirectory(mia));
            assertTrue(managers.editable());
            managers.save(christmas);
            assertEquals(1, sync(server, mia, "mia@example.com").applied());
            sync(server, rita, "rita@example.com");

            TeamSlaPolicy ritas = LeadServices.slaPolicy(rita, new StoredDirectory(rita));
            assertEquals(christmas, ritas.get(), "the team's copy wins on the rep's workstation");
            assertEquals(java.time.Instant.parse("2026-12-28T09:30:00Z"), ritasDue(rita, ritaId, routed),
                    "the 25th is a holiday now: the SLA runs on into Monday");
            assertFalse(ritas.editable());
            assertThrows(IllegalStateException.class, () -> ritas.save(SlaPolicy.DEFAULT));
            assertEquals(christmas, ritas.get(), "nothing changed by the refusal");
        } finally {
            target.cleanup().close();
            ServerTargets.deleteTree(dir);
        }
    }

    /** Rita's due time as her workstation's SLA monitor computes it (the team's policy read fresh). */
    private static java.time.Instant ritasDue(WorkspaceStore store, java.util.UUID rita, java.time.Instant start) {
        StoredDirectory directory = new StoredDirectory(store);
        return new com.nexuscrm.routing.SlaMonitor(new com.nexuscrm.storage.StoredSla(store), directory,
                java.time.ZoneOffset.UTC, LeadServices.slaPolicy(store, directory)).clock().due(rita, start, 60);
    }

    private static java.util.UUID repListsTeam(WorkspaceStore store) {
        return new StoredDirectory(store).currentUser().getTeamId();
    }

    private static TeamPicklists lists(WorkspaceStore store) {
        return new TeamPicklists(store.repository(TeamSetting.class), new StoredDirectory(store));
    }

    private static SyncEngine.Round sync(TeamServer server, WorkspaceStore store, String email) {
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), Json.mapper());
        client.login(email, PASSWORD.toCharArray());
        return new SyncEngine(StoredReplica.of(store), client, Clock.systemUTC(), SyncEngine.DEFAULT_PAGE)
                .syncOnce(Progress.NONE);
    }
}
