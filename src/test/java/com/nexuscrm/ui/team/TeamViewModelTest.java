package com.nexuscrm.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.RepBreaches;
import com.nexuscrm.testing.SalesTeams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The team table's SLA breach column and the SDR queue's line. */
class TeamViewModelTest {
    @Test
    void breachesShowPerRepAndTheQueueHasItsOwnLine() {
        SalesTeams org = new SalesTeams();
        Team smb = org.team("SMB", "SMB");
        User ana = org.rep("Ana Adams", smb, "UTC");
        User ben = org.rep("Ben Brown", smb, "UTC");
        org.rep("Cy Cole", smb, "UTC");
        List<RepBreaches> breaches = List.of(new RepBreaches(ana.getId(), 40, 2), new RepBreaches(null, 7, 3));
        List<TeamViewModel.Member> rows = TeamViewModel.rows(org.teams, org.users, breaches, Map.of(ben.getId(), 3L));
        assertEquals(List.of("2 of 40", "none due · 3 waiting", "none due"),
                rows.stream().map(TeamViewModel.Member::breaches).toList(), "no rep's SLA cell is left empty");
        assertEquals("SDR queue (unassigned leads): 3 of 7 SLAs breached in the last 30 days.", TeamViewModel.queueLine(breaches));
        assertEquals("", TeamViewModel.queueLine(List.of()));
    }
}
