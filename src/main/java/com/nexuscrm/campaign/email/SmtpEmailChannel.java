package com.nexuscrm.campaign.email;

import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.campaign.TrackingLinks;
import com.nexuscrm.domain.campaign.Channel;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Campaign email over SMTP (Jakarta Mail, Angus Mail). Every message carries the touch's Message-ID, the
 * {@code List-Unsubscribe} header with a mailto and a one-click URL plus {@code List-Unsubscribe-Post:
 * List-Unsubscribe=One-Click} (RFC 8058), and the unsubscribe link at the foot of the body. An invalid or refused
 * address is a permanent failure; a server that cannot be reached is a transient one. With {@link TrackingLinks} (a
 * workspace linked to a team server) the message is multipart/alternative: the text with each http(s) link replaced
 * by its click URL, and an HTML part with the same links and a 1x1 pixel; the unsubscribe links stay untracked.
 */
public final class SmtpEmailChannel implements OutboundChannel {
    private final EmailSettings settings;
    private final Session session;
    private final TrackingLinks tracking;

    public SmtpEmailChannel(EmailSettings settings) {
        this(settings, null);
    }

    /** A channel whose messages are tracked through {@code tracking}; null sends them unchanged. */
    public SmtpEmailChannel(EmailSettings settings, TrackingLinks tracking) {
        this.settings = settings;
        this.session = session(settings);
        this.tracking = tracking;
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
        List<String> links = tracking == null ? List.of() : TrackedBody.links(message.body());
        TrackingLinks.Tracked tracked = tracking == null ? null : tracking.links(message.touchId(), links);
        try {
            MimeMessage mime = compose(message, to, tracked == null ? null : new Tracking(tracked, links));
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

    /** The signed URLs of one message: the pixel and each link's click URL. */
    private record Tracking(TrackingLinks.Tracked urls, List<String> links) {
        Map<String, String> clicks() {
            Map<String, String> clicks = new HashMap<>();
            for (int i = 0; i < links.size() && i < urls.clicks().size(); i++) {
                clicks.put(links.get(i), urls.clicks().get(i));
            }
            return clicks;
        }
    }

    private MimeMessage compose(OutboundMessage m, InternetAddress to, Tracking tracked) throws MessagingException {
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
        String foot = "\n\n--\nTo stop receiving these emails, unsubscribe: " + url + "\n(or send an email to " + mailto + ")\n";
        if (tracked == null) {
            mime.setText(m.body() + foot, "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(TrackedBody.text(m.body(), tracked.clicks()) + foot, "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(TrackedBody.html(m.body(), tracked.clicks(), url, mailto, tracked.urls().pixel()), "UTF-8", "html");
            mime.setContent(new MimeMultipart("alternative", text, html));
        }
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
