package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An entry of the suppression list: a person, an address or both, on one channel or (channel null) on every
 * channel, with why, where it came from and when. Do-not-contact is an entry for every channel.
 */
public record Suppression(UUID id, UUID personId, String address, Channel channel, Reason reason, String source,
                          Instant at) {
    /** Why someone is suppressed. */
    public enum Reason { UNSUBSCRIBED, BOUNCED, DO_NOT_CONTACT, COMPLAINT }

    public Suppression {
        if (personId == null && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("A suppression names a person, an address or both.");
        }
        address = normalise(address);
    }

    /** Lower case, trimmed; null stays null. */
    public static String normalise(String address) {
        return address == null || address.isBlank() ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    /** True when this entry blocks {@code channel}. */
    public boolean covers(Channel channel) {
        return this.channel == null || this.channel == channel;
    }

    public String describe() {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + (channel == null ? "every channel"
                : channel.label()) + ", " + source + ", " + at + ")";
    }
}
