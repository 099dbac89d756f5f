package com.nexuscrm.usecase;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.routing.RoutingRuleRepository;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.json.TeamSettingJson;
import java.util.Optional;

/**
 * The routing table (with each rule's SLA minutes) as a team setting: the team's copy when it has one, else
 * this workspace's own table. An admin or a manager saves both, so the rules reach the team at the next sync;
 * on a workstation whose team has rules, anyone else's change is refused (the team server would refuse it
 * too). A workspace whose team has no rules yet keeps working on its own table, as before.
 */
public final class TeamRoutingRules implements RoutingRuleRepository {
    private final RoutingRuleRepository local;
    private final TeamSettingStore settings;

    public TeamRoutingRules(RoutingRuleRepository local, RecordRepository<TeamSetting> settings, Directory directory) {
        this.local = local;
        this.settings = new TeamSettingStore(settings, directory);
    }

    @Override
    public RoutingRules rules() {
        return team().orElseGet(local::rules);
    }

    @Override
    public void save(RoutingRules rules) {
        if (!rules.problems().isEmpty()) {
            throw new ValidationException(rules.problems());
        }
        boolean editable = settings.editable();
        if (!editable && team().isPresent()) {
            throw new IllegalStateException("Routing rules and SLAs are your team's settings; only an admin or a"
                    + " manager of the team can change them.");
        }
        local.save(rules);
        if (editable) {
            settings.write(TeamSettingJson.ROUTING_RULES, TeamSettingJson.writeRules(rules));
        }
    }

    private Optional<RoutingRules> team() {
        return settings.content(TeamSettingJson.ROUTING_RULES).flatMap(content -> {
            try {
                RoutingRules rules = TeamSettingJson.readRules(content);
                return rules.problems().isEmpty() ? Optional.of(rules) : Optional.empty();
            } catch (IllegalArgumentException unreadable) {
                return Optional.empty();
            }
        });
    }
}
