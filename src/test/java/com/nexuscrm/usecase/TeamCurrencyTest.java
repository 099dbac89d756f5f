package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.User;
import com.nexuscrm.json.TeamSettingJson;
import com.nexuscrm.testing.InMemoryDirectory;
import com.nexuscrm.testing.InMemoryRecords;
import com.nexuscrm.testing.SalesTeams;
import org.junit.jupiter.api.Test;

/** The workspace currency as a team setting: USD by default, an ISO 4217 code saved by a manager, read by a rep. */
class TeamCurrencyTest {
    private final SalesTeams org = new SalesTeams();
    private final Team east = org.team("East", "SMB");
    private final User mia = org.manager("Mia Manager", east, "UTC");
    private final User rita = org.rep("Rita Rep", east, "UTC");
    private final InMemoryRecords<TeamSetting> settings = new InMemoryRecords<>();

    private TeamCurrency as(User user) {
        return new TeamCurrency(settings, InMemoryDirectory.of(user, east));
    }

    @Test
    void usdUntilAManagerChoosesThenWhatTheManagerSavedForEveryone() {
        assertEquals("USD", as(rita).load());
        assertTrue(as(mia).editable());
        assertEquals("EUR", as(mia).save(" eur "), "typed in lower case with spaces: stored as the code");
        assertEquals("EUR", as(rita).load());
        assertEquals("{\"code\":\"EUR\"}", settings.find(TeamSetting.idFor(east.getId(), TeamSetting.WORKSPACE_CURRENCY))
                .orElseThrow().getContent());
    }

    @Test
    void aCodeThatIsNotIso4217IsRefusedSayingWhatToTypeAndNothingIsStored() {
        for (String bad : new String[] {"XYZ", "Euro", "€", "", "US D"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> as(mia).save(bad));
            assertTrue(refused.getMessage().contains("ISO 4217") && refused.getMessage().contains("USD, EUR or GBP"),
                    refused.getMessage());
        }
        assertTrue(settings.findAll().isEmpty());
        assertEquals("'xyz' is not an ISO 4217 currency code: enter three letters such as USD, EUR or GBP.",
                assertThrows(IllegalArgumentException.class, () -> as(mia).save("xyz")).getMessage());
    }

    @Test
    void aRepReadsButCannotChangeIt() {
        as(mia).save("GBP");
        assertFalse(as(rita).editable());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> as(rita).save("EUR"));
        assertTrue(refused.getMessage().contains("ask your manager"), refused.getMessage());
        assertEquals("GBP", as(rita).load());
    }

    @Test
    void theSettingIsCheckedLikeEveryTeamSetting() {
        assertTrue(TeamSettingJson.problems(TeamSetting.WORKSPACE_CURRENCY, "{\"code\":\"JPY\"}").isEmpty());
        assertTrue(TeamSettingJson.problems(TeamSetting.WORKSPACE_CURRENCY, "{\"code\":\"jpy\"}").orElseThrow()
                .contains("ISO 4217"));
        assertTrue(TeamSettingJson.problems(TeamSetting.WORKSPACE_CURRENCY, "\"JPY\"").isPresent());
        assertTrue(TeamSettingJson.problems(TeamSetting.WORKSPACE_CURRENCY, "{\"code\":\"JPY\",\"rate\":1}").isPresent());
        assertTrue(TeamSetting.isKnownName(TeamSetting.WORKSPACE_CURRENCY));
        // an unreadable copy (an old client wrote it) is never shown: the default is
        TeamSetting broken = new TeamSetting(east.getId(), TeamSetting.WORKSPACE_CURRENCY, "{\"code\":\"???\"}");
        settings.save(broken);
        assertEquals("USD", as(rita).load());
    }
}
