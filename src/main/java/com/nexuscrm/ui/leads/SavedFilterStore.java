package com.nexuscrm.ui.leads;

import java.util.List;

/** Where the rep's own saved inbox views are kept (the workspace, so they follow the data). */
public interface SavedFilterStore {
    List<SavedFilter> load();

    void save(List<SavedFilter> filters);
}
