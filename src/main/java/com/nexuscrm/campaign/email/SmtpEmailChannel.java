package com.nexuscrm.campaign.email;

import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.domain.campaign.Channel;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Properties;

/**
 * Campaign email over SMTP (Jakarta Mail, Angus Mail). Every message carries the touch's Message-ID, the
 * {@code List-Unsubscribe} header with a mailto and a one-click URL plus {@code List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click} (RFC 8058), and the unsubscribe link at the foot of the body. An invalid or refused
 * address is a permanent failure; a server that cannot be reached is a transient one.
 */
public final class SmtpEmailChannel implements OutboundChannel {
    private final EmailSettings settings;
    private final Session session;

    public SmtpEmailChannel(EmailSettings settings) {
        this.settings = settings;
        this.session = session(settings);
    }

    /** The SMTP session of these settings: host, port, protection, login, envelope sender, timeouts. */
    static Session session(EmailSettings settings) {
        EmailSettings.MailServer smtp = settings.smtp();
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", Integer.toString(smtp.port()));
        p.put("mail.smtp.auth", Boolean.toString(smtp.username() != null));
        p.put("mail.smtp.connectiontimeout", Integer.toString(settings.timeoutMillis()));
        p.put("mail.smtp.timeout", Integer.toString(settings.timeoutMillis()));
        p.put("mail.smtp.writetimeout", Integer.toString(settings.timeoutMillis()));
        if (settings.envelopeFrom() != null) {
            p.put("mail.smtp.from", settings.envelopeFrom());
        }
        smtp.security().apply(p, "smtp");
        return Session.getInstance(p);
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutboundMessage message) throws SendFailure {
        InternetAddress to = address(message.to());
        try {
            MimeMessage mime = compose(message, to);
            if (settings.smtp().username() == null) {
                Transport.send(mime);
            } else {
                Transport.send(mime, settings.smtp().username(), settings.smtp().password());
            }
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                throw SendFailure.permanent("The mail server refused " + message.to() + ": " + e.getMessage(), e);
            }
            throw SendFailure.transientFailure("Sending to " + message.to() + " failed: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw SendFailure.transientFailure("The mail server " + settings.smtp().address()
                    + " could not take the message: " + e.getMessage(), e);
        }
    }

    /** The recipient, checked strictly; an invalid one is a permanent failure naming it. */
    static InternetAddress address(String to) throws SendFailure {
        try {
            if (to == null || to.isBlank()) {
                throw new AddressException("the address is empty");
            }
            InternetAddress address = new InternetAddress(to, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw SendFailure.permanent("'" + to + "' is not a valid email address: " + e.getMessage(), e);
        }
    }

    private MimeMessage compose(OutboundMessage m, InternetAddress to) throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", m.messageId());
            }
        };
        mime.setFrom(from(m));
        mime.setRecipient(Message.RecipientType.TO, to);
        mime.setSubject(m.subject(), "UTF-8");
        String mailto = settings.unsubscribeAddress(m.touchId());
        String url = settings.unsubscribeUrl(m.touchId());
        mime.setHeader("List-Unsubscribe", "<mailto:" + mailto + "?subject=unsubscribe>, <" + url + ">");
        mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mime.setText(m.body() + "\n\n--\nTo stop receiving these emails, unsubscribe: " + url
                + "\n(or send an email to " + mailto + ")\n", "UTF-8");
        mime.saveChanges();
        return mime;
    }

    private static InternetAddress from(OutboundMessage m) throws MessagingException {
        try {
            return m.fromName() == null ? new InternetAddress(m.from(), true) : new InternetAddress(m.from(), m.fromName(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }
}
