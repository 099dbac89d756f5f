package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.routing.SlaPolicy;

/** Settings → SLA policy's view of the team's SLA setting (implemented in app over the {@code TeamSlaPolicy} use case). */
public interface SlaSettings {
    SlaPolicy load();

    /** Saves the policy for the team; throws with a message for people when it cannot. */
    void save(SlaPolicy policy);

    /** False on a rep's workstation: the policy is shown read-only. */
    boolean editable();
}
