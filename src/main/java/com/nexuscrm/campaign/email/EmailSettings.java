package com.nexuscrm.campaign.email;

import java.util.UUID;

/**
 * Where campaign email goes and comes back: the SMTP server and the IMAP mailbox (host, port, protection, login;
 * a null IMAP host when replies are not read), the IMAP folder read, the envelope sender bounces return to (null: the
 * message's From), the unsubscribe address ({@code unsubscribe@company.com}; each touch's mailto is
 * {@code unsubscribe+<touch id>@company.com}) and the one-click unsubscribe URL the touch id is appended to (RFC 8058
 * wants HTTPS there), and a timeout.
 */
public record EmailSettings(MailServer smtp, MailServer imap, String imapFolder, String envelopeFrom,
                            String unsubscribeAddress, String unsubscribeUrl, int timeoutMillis) {
    /** One mail server: host, port, protection and login (a null user: no login). Passwords stay out of toString. */
    public record MailServer(String host, int port, MailSecurity security, String username, String password) {
        public MailServer {
            security = security == null ? MailSecurity.NONE : security;
        }

        /** {@code host:port}, as messages name the server. */
        public String address() {
            return host + ":" + port;
        }

        @Override
        public String toString() {
            return address() + " (" + security.label() + (username == null ? "" : ", user " + username) + ")";
        }
    }

    /** One login for both servers, without TLS, reading INBOX (a mail server on this machine or in tests). */
    public EmailSettings(String smtpHost, int smtpPort, String imapHost, int imapPort, String username, String password,
                         String unsubscribeAddress, String unsubscribeUrl, int timeoutMillis) {
        this(new MailServer(smtpHost, smtpPort, MailSecurity.NONE, username, password),
                new MailServer(imapHost, imapPort, MailSecurity.NONE, username, password), "INBOX", null,
                unsubscribeAddress, unsubscribeUrl, timeoutMillis);
    }

    public EmailSettings {
        imapFolder = imapFolder == null || imapFolder.isBlank() ? "INBOX" : imapFolder.strip();
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
