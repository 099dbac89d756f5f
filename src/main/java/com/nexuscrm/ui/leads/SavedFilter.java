package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadStatus;
import java.util.List;

/** A named set of filters, chosen from the inbox toolbar. */
public record SavedFilter(String name, LeadCriteria criteria) {
    public static final SavedFilter OPEN = new SavedFilter("Open leads",
            new LeadCriteria("", null, null, OwnerChoice.ANY, true));
    public static final SavedFilter MY_NEW = new SavedFilter("My new leads",
            new LeadCriteria("", LeadStatus.NEW, null, OwnerChoice.ME, true));
    public static final SavedFilter UNASSIGNED = new SavedFilter("Unassigned",
            new LeadCriteria("", null, null, OwnerChoice.UNASSIGNED, true));
    public static final SavedFilter ALL = new SavedFilter("All leads", LeadCriteria.ALL);
    /** The views every inbox has, before the rep's own. */
    public static final List<SavedFilter> BUILT_IN = List.of(OPEN, MY_NEW, UNASSIGNED, ALL);

    @Override
    public String toString() {
        return name;
    }
}
