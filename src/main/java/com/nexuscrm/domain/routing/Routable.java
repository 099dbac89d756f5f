package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;

/**
 * Which leads routing may assign, the one home of the rule: a live lead that is still New, was never routed,
 * and that nobody owns. A lead someone already owns was assigned by a person (or its importer), and routing
 * never overrides that; a routed lead is not routed twice. The store's query of candidates
 * ({@link RoutingRepository#unroutedLeadIds()}) selects the same leads, which a storage test checks.
 */
public final class Routable {
    private Routable() { }

    public static boolean test(Lead lead) {
        return lead != null && !lead.isDeleted() && lead.getStatus() == LeadStatus.NEW && lead.getRoutedAt() == null
                && lead.getOwnerId() == null;
    }
}
