package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.ui.settings.PicklistSettings;
import com.nexuscrm.usecase.TeamPicklists;

/** Settings → Picklists over the team-settings use case; {@code saved} runs after a save (the forms re-read the lists). */
public final class TeamPicklistSettings implements PicklistSettings {
    private final TeamPicklists lists;
    private final Runnable saved;

    public TeamPicklistSettings(TeamPicklists lists) {
        this(lists, () -> { });
    }

    public TeamPicklistSettings(TeamPicklists lists, Runnable saved) {
        this.lists = lists;
        this.saved = saved;
    }

    @Override
    public Picklist load(PicklistName name) { return lists.load(name); }

    @Override
    public void save(Picklist list) {
        lists.save(list);
        saved.run();
    }

    @Override
    public boolean editable() { return lists.editable(); }
}
