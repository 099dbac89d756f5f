package com.nexuscrm.ui.customers;

import java.util.List;

/** Where the rep's own saved views of the accounts and contacts lists are kept (the workspace). */
public interface SavedViewStore {
    /** The views saved for {@code list} ("accounts" or "contacts"); unreadable ones are left out. */
    List<SavedView> load(String list);

    void save(String list, List<SavedView> views);
}
