package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.routing.SlaPolicy;
import com.nexuscrm.ui.settings.SlaSettings;
import com.nexuscrm.usecase.TeamSlaPolicy;

/** Settings → SLA policy over the team-settings use case. */
public final class TeamSlaSettings implements SlaSettings {
    private final TeamSlaPolicy policy;

    public TeamSlaSettings(TeamSlaPolicy policy) {
        this.policy = policy;
    }

    @Override
    public SlaPolicy load() { return policy.get(); }

    @Override
    public void save(SlaPolicy p) { policy.save(p); }

    @Override
    public boolean editable() { return policy.editable(); }
}
