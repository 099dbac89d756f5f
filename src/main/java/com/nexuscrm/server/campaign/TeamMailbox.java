package com.nexuscrm.server.campaign;

import com.nexuscrm.campaign.email.EmailSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the IMAP part of a team's email settings ({@code PUT /campaigns/settings}): none (replies are not read) or a
 * host, a port and a folder the server can read the team's campaign mailbox with ({@link ServerInbox}).
 */
final class TeamMailbox {
    private TeamMailbox() { }

    /** Every wrong IMAP field, named as the request names it; empty when there is none or it is complete. */
    static List<String> problems(EmailSettings email) {
        List<String> problems = new ArrayList<>();
        if (email == null || email.imap() == null) {
            return problems;
        }
        EmailSettings.MailServer imap = email.imap();
        if (imap.host() == null || imap.host().isBlank() || imap.host().strip().contains(" ")) {
            problems.add("email.imap.host: the team's IMAP server the replies arrive at, e.g. imap.example.com"
                    + " (or \"imap\": null when replies are not read)");
        }
        if (imap.port() < 1 || imap.port() > 65_535) {
            problems.add("email.imap.port: must be from 1 to 65535 (993 for IMAPS, 143 otherwise), not " + imap.port());
        }
        if (imap.username() == null || imap.username().isBlank()) {
            problems.add("email.imap.username: the campaign mailbox's login is needed to read replies");
        }
        if (email.imapFolder().length() > 200) {
            problems.add("email.imapFolder: at most 200 characters (INBOX when left out)");
        }
        return problems;
    }
}
