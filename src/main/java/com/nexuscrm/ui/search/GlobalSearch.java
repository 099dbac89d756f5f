package com.nexuscrm.ui.search;

import com.nexuscrm.search.SearchHit;
import com.nexuscrm.search.SearchKind;
import java.util.List;
import java.util.Set;

/** The workspace's global search as the Ctrl+K popup sees it; every method may block (call off the FX thread). */
public interface GlobalSearch {
    List<SearchHit> search(String query, Set<SearchKind> kinds, int limit);

    /** Brings the index up to date with saves and syncs since it was last refreshed. */
    void refresh();

    /** Rebuilds the index from the records; returns how many entries it holds. */
    int rebuild();
}
