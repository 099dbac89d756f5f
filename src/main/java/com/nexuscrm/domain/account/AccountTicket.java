package com.nexuscrm.domain.account;

import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import java.time.Instant;
import java.util.UUID;

/** A support ticket of an account, with when it was opened and closed (the health's ticket load at any date). */
public record AccountTicket(UUID id, String subject, TicketPriority priority, TicketStatus status, Instant openedAt,
                            Instant closedAt) {

    /** Still waiting on someone: open or pending. */
    public boolean open() {
        return status == TicketStatus.OPEN || status == TicketStatus.PENDING;
    }

    /** Open at {@code at}: opened by then and not closed by then (a ticket without a close date counts by status). */
    public boolean openAt(Instant at) {
        if (openedAt == null || openedAt.isAfter(at)) {
            return false;
        }
        return closedAt != null ? closedAt.isAfter(at) : open();
    }

    /** Priority as a word, "normal" when missing. */
    public String priorityWord() {
        return priority == null ? "normal" : priority.name().toLowerCase(java.util.Locale.ROOT);
    }
}
