package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.ui.settings.PicklistSettings;
import com.nexuscrm.usecase.TeamPicklists;

/** Settings → Picklists over the team-settings use case. */
public final class TeamPicklistSettings implements PicklistSettings {
    private final TeamPicklists lists;

    public TeamPicklistSettings(TeamPicklists lists) {
        this.lists = lists;
    }

    @Override
    public Picklist load(PicklistName name) { return lists.load(name); }

    @Override
    public void save(Picklist list) { lists.save(list); }

    @Override
    public boolean editable() { return lists.editable(); }
}
