package com.nexuscrm.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Provenance of one lead field that enrichment filled: the value it wrote (as text), the directory file it
 * came from, when, and how the company was matched (e.g. "email domain acme.com").
 */
public record EnrichedField(UUID leadId, String field, String value, String source, Instant enrichedAt,
                            String matchedBy) { }
