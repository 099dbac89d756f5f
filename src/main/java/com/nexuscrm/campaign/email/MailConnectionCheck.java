package com.nexuscrm.campaign.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * "Test connection" for campaign email: connects to the SMTP server or opens the IMAP folder with the settings as
 * typed, and says what worked, or throws {@link IllegalStateException} with a message a person can act on (which
 * server, host:port, and what to check). Blocks up to the settings' timeout: call it off the FX thread.
 */
public final class MailConnectionCheck {
    private MailConnectionCheck() { }

    /** Connects and logs in to the SMTP server; what it found. */
    public static String smtp(EmailSettings settings) {
        EmailSettings.MailServer smtp = settings.smtp();
        try (Transport transport = SmtpEmailChannel.session(settings).getTransport("smtp")) {
            transport.connect(smtp.host(), smtp.port(), smtp.username(), smtp.password());
            return "Connected to the SMTP server " + smtp.address() + " (" + smtp.security().label() + ")"
                    + (smtp.username() == null ? "." : " and logged in as " + smtp.username() + ".");
        } catch (MessagingException e) {
            throw new IllegalStateException(explain("SMTP", smtp, e), e);
        }
    }

    /** Logs in to the IMAP server and opens the folder read-only; what it found. */
    public static String imap(EmailSettings settings) {
        EmailSettings.MailServer imap = settings.imap();
        try (Store store = ImapMailReader.session(settings).getStore("imap")) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder folder = store.getFolder(settings.imapFolder());
            folder.open(Folder.READ_ONLY);
            int messages = folder.getMessageCount();
            folder.close(false);
            return "Connected to the IMAP server " + imap.address() + " as " + imap.username() + ": folder "
                    + settings.imapFolder() + " has " + messages + (messages == 1 ? " message." : " messages.");
        } catch (FolderNotFoundException e) {
            throw new IllegalStateException("The IMAP server " + imap.address() + " has no folder '" + settings.imapFolder()
                    + "': check IMAP folder (INBOX is where most servers put new mail).", e);
        } catch (MessagingException e) {
            throw new IllegalStateException(explain("IMAP", imap, e), e);
        }
    }

    /** Why a connection failed, from the deepest cause, with what to check. */
    static String explain(String kind, EmailSettings.MailServer server, MessagingException e) {
        Throwable cause = rootCause(e);
        String where = "the " + kind + " server " + server.address();
        if (e instanceof AuthenticationFailedException) {
            return capitalised(where) + " refused the login" + (server.username() == null ? "" : " of " + server.username())
                    + ": check " + kind + " user and " + kind + " password.";
        }
        if (cause instanceof UnknownHostException) {
            return kind + " host '" + server.host() + "' was not found: check its spelling and this computer's network"
                    + " connection.";
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
            return "Cannot reach " + where + " (" + cause.getMessage() + "): check " + kind + " host and " + kind
                    + " port, and that no firewall or VPN blocks this computer from it.";
        }
        if (cause instanceof SocketTimeoutException) {
            return capitalised(where) + " did not answer in time: check " + kind + " host and " + kind + " port, and"
                    + " that no firewall blocks this computer from it.";
        }
        if (cause instanceof SSLException) {
            return "The secure connection to " + where + " failed (" + cause.getMessage() + "): check the " + kind
                    + " TLS setting (STARTTLS is usual on ports 587 and 143, SSL/TLS on 465 and 993).";
        }
        return capitalised(where) + " answered with an error: " + e.getMessage() + ". Check the " + kind + " settings.";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
