package com.nexuscrm.domain.campaign;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The suppression list, do-not-contact and consent per channel (port; {@code storage.StoredContactPolicy}). */
public interface ContactPolicy {
    void suppress(Suppression entry);

    void recordConsent(Consent consent);

    /** Records every entry or, on a failure, none (storage: one transaction). */
    default void recordConsents(java.util.List<Consent> consents) {
        consents.forEach(this::recordConsent);
    }

    /** The newest consent of the person for the channel, if any was recorded. */
    Optional<Consent> consent(UUID personId, Channel channel);

    /** Entries naming this person or this address (either may be null). */
    List<Suppression> suppressions(UUID personId, String address);

    /**
     * Why this person may not be reached on {@code channel} at {@code address}: a suppression covering the channel,
     * consent withdrawn, or no consent on record for a channel that {@link Channel#needsConsent() needs it} (SMS);
     * empty when the touch may go.
     */
    default Optional<String> blocked(UUID personId, String address, Channel channel) {
        Optional<Suppression> hit = suppressions(personId, address).stream().filter(s -> s.covers(channel)).findFirst();
        if (hit.isPresent()) {
            return Optional.of("suppressed: " + hit.get().describe());
        }
        Optional<Consent> consent = consent(personId, channel);
        if (consent.isEmpty() && channel.needsConsent()) {
            return Optional.of("not consented to: no " + channel.label() + " consent is on record (record the person's"
                    + " consent with its source and date first)");
        }
        return consent.filter(c -> !c.granted())
                .map(c -> "consent for " + channel.label() + " withdrawn (" + c.source() + ", " + c.at() + ")");
    }
}
