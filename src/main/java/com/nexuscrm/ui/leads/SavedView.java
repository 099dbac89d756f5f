package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.LeadStatus;

/** A named set of filters, chosen from the inbox toolbar. */
public record SavedView(String name, LeadCriteria criteria) {
    public static final SavedView OPEN = new SavedView("Open leads",
            new LeadCriteria("", null, null, OwnerChoice.ANY, true));
    public static final SavedView MY_NEW = new SavedView("My new leads",
            new LeadCriteria("", LeadStatus.NEW, null, OwnerChoice.ME, true));
    public static final SavedView UNASSIGNED = new SavedView("Unassigned",
            new LeadCriteria("", null, null, OwnerChoice.UNASSIGNED, true));
    public static final SavedView ALL = new SavedView("All leads", LeadCriteria.ALL);

    @Override
    public String toString() {
        return name;
    }
}
