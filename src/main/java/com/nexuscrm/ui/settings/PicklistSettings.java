package com.nexuscrm.ui.settings;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;

/** Settings → Picklists' view of the team's lists (implemented in app over the team-settings use case). */
public interface PicklistSettings {
    Picklist load(PicklistName name);

    /** Saves the list for the team; throws with a message for people when it cannot. */
    void save(Picklist list);

    /** False on a rep's workstation: the lists are shown read-only. */
    boolean editable();
}
