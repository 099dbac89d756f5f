package com.nexuscrm.app.adapters;

import com.nexuscrm.transfer.PicklistMatching;
import com.nexuscrm.ui.transfer.ImportPicklists;
import com.nexuscrm.usecase.TeamPicklists;

/** The import dialog's picklists: the team's lists; values the import added are saved when this user may. */
public final class TeamImportPicklists implements ImportPicklists {
    private final TeamPicklists lists;

    public TeamImportPicklists(TeamPicklists lists) {
        this.lists = lists;
    }

    @Override
    public PicklistMatching start() {
        return new PicklistMatching(lists.all(), PicklistMatching.Unknown.ADD);
    }

    @Override
    public void keep(PicklistMatching used) {
        if (lists.editable()) {
            used.grownLists().forEach(lists::save);
        }
    }
}
