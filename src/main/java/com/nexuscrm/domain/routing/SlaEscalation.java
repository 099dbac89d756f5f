package com.nexuscrm.domain.routing;

import java.time.Instant;
import java.util.UUID;

/** A breached SLA handed to a manager; recorded once per lead and due time. {@code repId} null: the SDR queue. */
public record SlaEscalation(UUID leadId, UUID repId, UUID managerId, Instant dueAt, Instant escalatedAt) { }
