package com.nexuscrm.domain.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What routing reads and writes besides the rules. */
public interface RoutingRepository {
    /** Leads waiting to be routed (live, status New, never routed), oldest first. */
    List<UUID> unroutedLeadIds();

    /** The pool's rotation; empty when it has never been used. */
    RoundRobinState roundRobin(String pool);

    /**
     * Per owner, of the live leads created in [since, until), how many they had and how many converted.
     * Owners with no such leads are absent.
     */
    Map<UUID, ConversionRate> conversionRates(Instant since, Instant until);

    /**
     * Applies a decision in one transaction: the lead's owner, team, priority, routedAt and slaDueAt (captured
     * for sync), the nurture enrolment, the decision log row and the rotation. Returns false, changing
     * nothing, when the lead is gone or was routed meanwhile.
     */
    boolean apply(RoutingResult result);

    /** The logged decisions for a lead, oldest first. */
    List<RoutingDecision> decisions(UUID leadId);
}
