package com.nexuscrm.campaign.email;

/**
 * How a mail server connection is protected: not at all (a relay on the local network), upgraded with STARTTLS
 * (SMTP's port 587, IMAP's 143), or TLS from the first byte (SMTP's 465, IMAP's 993). The certificate's host name is
 * checked whenever TLS is used.
 */
public enum MailSecurity {
    NONE("None"), STARTTLS("STARTTLS"), TLS("SSL/TLS");

    private final String label;

    MailSecurity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Jakarta Mail properties that ask for this protection on {@code protocol} ("smtp" or "imap"). */
    void apply(java.util.Properties p, String protocol) {
        String prefix = "mail." + protocol + ".";
        if (this == STARTTLS) {
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        } else if (this == TLS) {
            p.put(prefix + "ssl.enable", "true");
        }
        if (this != NONE) {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
    }
}
