package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.UUID;

/** A person's consent (or its withdrawal) for one channel, where it was given and when. The newest one counts. */
public record Consent(UUID personId, Channel channel, boolean granted, String source, Instant at) {
    public Consent {
        if (personId == null || channel == null || source == null || source.isBlank() || at == null) {
            throw new IllegalArgumentException("Consent needs a person, a channel, its source and its date.");
        }
    }
}
