package com.nexuscrm.usecase;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.routing.LeadRouting;
import com.nexuscrm.scoring.LeadScoring;
import com.nexuscrm.scoring.ModelRegistry;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.StoredRouting;
import com.nexuscrm.storage.StoredRoutingRules;
import com.nexuscrm.storage.WorkspaceStore;
import java.time.Clock;
import java.time.ZoneId;

/** The lead model and lead routing over an open workspace, built the same way for the window and the commands. */
public final class LeadServices {
    private LeadServices() { }

    /** Scoring with the workspace's active model (its folder's model registry), on the system clock. */
    public static LeadScoring scoring(WorkspaceStore store) {
        return new LeadScoring(new ModelRegistry(store.folder()), store.leadScores(), Clock.systemUTC());
    }

    /** Routing by the workspace's rules; working hours in the machine's zone for users who have none. */
    public static LeadRouting routing(WorkspaceStore store, Directory directory) {
        return new LeadRouting(routingRules(store, directory), new StoredRouting(store), store.leads(), directory,
                Clock.systemUTC(), ZoneId.systemDefault(), slaPolicy(store, directory));
    }

    /** The team's SLA policy (a team setting), else the defaults: read fresh by routing, the SLA clock and Today. */
    public static TeamSlaPolicy slaPolicy(WorkspaceStore store, Directory directory) {
        return new TeamSlaPolicy(store.repository(TeamSetting.class), directory);
    }

    /** The routing table and SLAs: the team's when it has them (a team setting), else the workspace's own. */
    public static TeamRoutingRules routingRules(WorkspaceStore store, Directory directory) {
        return new TeamRoutingRules(new StoredRoutingRules(store), store.repository(TeamSetting.class), directory);
    }

    public static LeadScoring scoring(Workspace workspace) {
        return scoring(workspace.store());
    }

    public static LeadRouting routing(Workspace workspace) {
        WorkspaceStore store = workspace.store();
        return routing(store, new StoredDirectory(store));
    }
}
