package com.nexuscrm.server.campaign;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.InboundHandler;
import com.nexuscrm.campaign.email.EmailSettings;
import com.nexuscrm.campaign.email.ImapMailReader;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A team's campaign mailbox read by the team server at each scheduled run (after its runner), when the team's email
 * settings name an IMAP server: the same {@link ImapMailReader} and {@link InboundHandler} a standalone workstation
 * uses, over the team's ports, so a reply exits its enrolment and cancels its pending touches, a bounce suppresses the
 * address and an unsubscribe suppresses the person on every channel; each reply is kept for the team's workstations
 * ({@link ServerReplies}), whose next best action acts on it. Messages are marked seen once handled, and handling the
 * same mail again changes nothing more. A failure is logged and left for the next run; other teams still run.
 */
final class ServerInbox {
    private static final Logger LOG = LoggerFactory.getLogger(ServerInbox.class);

    private ServerInbox() { }

    /** True when the settings name an IMAP server to read. */
    static boolean reads(EmailSettings email) {
        return email != null && email.imap() != null && email.imap().host() != null && !email.imap().host().isBlank();
    }

    /** Reads the team's unseen mail and acts on it; how many mails were handled (0 when the read failed). */
    static int read(DataSource ds, UUID team, TeamSending sending, CampaignPorts ports, Clock clock) {
        if (!reads(sending.email())) {
            return 0;
        }
        try {
            return new ImapMailReader(sending.email()).processExplained(new InboundHandler(ports, clock,
                    new ServerReplies(ds, team, clock))).size();
        } catch (RuntimeException e) {
            LOG.warn("Reading team {}'s campaign mailbox failed; the next run retries: {}", team, e.getMessage());
            return 0;
        }
    }
}
