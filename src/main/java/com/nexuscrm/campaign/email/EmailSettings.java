package com.nexuscrm.campaign.email;

import java.util.UUID;

/**
 * Where campaign email goes and comes back: SMTP and IMAP hosts and ports, the mailbox's login, the unsubscribe
 * address ({@code unsubscribe@company.com}; each touch's mailto is {@code unsubscribe+<touch id>@company.com}) and
 * the one-click unsubscribe URL the touch id is appended to (RFC 8058 wants HTTPS there), and a timeout.
 */
public record EmailSettings(String smtpHost, int smtpPort, String imapHost, int imapPort, String username,
                            String password, String unsubscribeAddress, String unsubscribeUrl, int timeoutMillis) {
    public EmailSettings {
        int at = unsubscribeAddress == null ? -1 : unsubscribeAddress.indexOf('@');
        if (at <= 0 || at == unsubscribeAddress.length() - 1) {
            throw new IllegalArgumentException("The unsubscribe address must be name@domain, not '" + unsubscribeAddress + "'.");
        }
        if (unsubscribeUrl == null || unsubscribeUrl.isBlank()) {
            throw new IllegalArgumentException("Campaign email needs a one-click unsubscribe URL.");
        }
    }

    /** The unsubscribe mailto address of one touch. */
    public String unsubscribeAddress(UUID touchId) {
        int at = unsubscribeAddress.indexOf('@');
        return unsubscribeAddress.substring(0, at) + "+" + touchId + unsubscribeAddress.substring(at);
    }

    /** The one-click unsubscribe URL of one touch. */
    public String unsubscribeUrl(UUID touchId) {
        return unsubscribeUrl + (unsubscribeUrl.endsWith("/") ? "" : "/") + touchId;
    }

    /** The touch id in an unsubscribe mailto address of ours, or null for any other address. */
    public UUID touchInUnsubscribeAddress(String address) {
        if (address == null) {
            return null;
        }
        int at = unsubscribeAddress.indexOf('@');
        String local = unsubscribeAddress.substring(0, at) + "+";
        String domain = unsubscribeAddress.substring(at).toLowerCase();
        String a = address.strip().toLowerCase();
        if (!a.startsWith(local.toLowerCase()) || !a.endsWith(domain)) {
            return null;
        }
        try {
            return UUID.fromString(a.substring(local.length(), a.length() - domain.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
