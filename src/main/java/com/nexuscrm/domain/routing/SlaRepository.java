package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.Lead;
import java.time.Instant;
import java.util.List;

/** SLA reads over the leads and the escalation record. */
public interface SlaRepository {
    /** Routed leads still waiting for a first response (status New) whose SLA falls due after {@code dueAfter}. */
    List<Lead> waitingForResponse(Instant dueAfter);

    /** Records the escalation unless one exists for the same lead and due time; true when it is new. */
    boolean recordEscalation(SlaEscalation escalation);

    /** Escalations made in [from, to), oldest first. */
    List<SlaEscalation> escalations(Instant from, Instant to);

    /**
     * Per owner (as the leads stand now), the SLAs that fell due in [from, to) and how many were breached:
     * answered after the due time, or still unanswered in New.
     */
    List<RepBreaches> breachesByRep(Instant from, Instant to);
}
