package com.nexuscrm.domain;

import java.time.Instant;
import java.util.UUID;

/** A support ticket as an account's related list shows it. */
public record TicketSummary(UUID id, String subject, TicketStatus status, TicketPriority priority, Instant openedAt) { }
