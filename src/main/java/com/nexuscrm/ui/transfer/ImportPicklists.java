package com.nexuscrm.ui.transfer;

import com.nexuscrm.transfer.PicklistMatching;

/** The team's picklists for one import in the dialog: where matching starts, and where added values are kept. */
public interface ImportPicklists {
    /** Matching against the team's lists, unknown values added (the dialog asks about each one first). */
    PicklistMatching start();

    /** Saves the lists the import added values to; a rep's workstation keeps the values on the records only. */
    void keep(PicklistMatching used);

    /** Built-in lists, nothing saved: for an import dialog without a workspace's lists. */
    ImportPicklists BUILT_IN = new ImportPicklists() {
        @Override
        public PicklistMatching start() { return PicklistMatching.defaults(); }

        @Override
        public void keep(PicklistMatching used) { }
    };
}
