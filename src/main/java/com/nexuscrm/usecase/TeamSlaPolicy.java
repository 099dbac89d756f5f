package com.nexuscrm.usecase;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.routing.SlaPolicy;
import com.nexuscrm.json.TeamSettingJson;
import java.util.function.Supplier;

/**
 * The team's SLA policy (working days, default hours, holidays, warning, escalation) as the team setting
 * {@code sla}: the team's copy when it has a readable one, else {@link SlaPolicy#DEFAULT} (how SLAs ran before the
 * team could set them). Only an admin or a manager of the team saves it (the team server refuses anyone else's
 * change too); it reaches every workstation of the team at the next sync, and the SLA clock, the monitor, routing
 * and Today read it fresh each time through {@link #get}.
 */
public final class TeamSlaPolicy implements Supplier<SlaPolicy> {
    private final TeamSettingStore settings;

    public TeamSlaPolicy(RecordRepository<TeamSetting> settings, Directory directory) {
        this.settings = new TeamSettingStore(settings, directory);
    }

    /** The policy in force on this workstation. Reads the store; not on the FX thread. */
    @Override
    public SlaPolicy get() {
        return settings.content(TeamSettingJson.SLA).flatMap(content -> {
            try {
                SlaPolicy policy = TeamSettingJson.readSla(content);
                return policy.problems().isEmpty() ? java.util.Optional.of(policy) : java.util.Optional.<SlaPolicy>empty();
            } catch (IllegalArgumentException unreadable) {
                return java.util.Optional.empty();
            }
        }).orElse(SlaPolicy.DEFAULT);
    }

    /** Whether this workstation's user may change the policy (an admin or a manager of the team). */
    public boolean editable() {
        return settings.editable();
    }

    /**
     * Saves the policy as the team's; refuses one with problems ({@link ValidationException}, every field named)
     * or a user who may not change it ({@link IllegalStateException}, saying who can). Nothing is saved on a refusal.
     */
    public void save(SlaPolicy policy) {
        if (!policy.problems().isEmpty()) {
            throw new ValidationException(policy.problems());
        }
        if (!settings.editable()) {
            throw new IllegalStateException("SLA settings are your team's; only an admin or a manager of the team can"
                    + " change them.");
        }
        settings.write(TeamSettingJson.SLA, TeamSettingJson.writeSla(policy));
    }
}
