package com.nexuscrm.campaign.email;

import com.nexuscrm.campaign.InboundMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a received message as the engine needs it: sent to a touch's unsubscribe address → unsubscribe; a delivery
 * report ({@code multipart/report}) or mail from the mailer-daemon/postmaster → bounce, with the failed address
 * ({@code Final-Recipient}) and the Message-IDs quoted from the returned message; {@code In-Reply-To} or
 * {@code References} → reply, with its own Message-ID, its plain text and when it was written (its Date header, else when the mailbox received it); anything else is other.
 */
public final class MailClassifier {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");
    private static final Pattern FINAL_RECIPIENT = Pattern.compile("(?im)^(?:Final|Original)-Recipient:\\s*rfc822;\\s*<?([^\\s>]+)>?");
    private static final Pattern QUOTED_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^<>\\s]+@[^<>\\s]+>)");
    private static final int MAX_TEXT = 200_000;

    private final EmailSettings settings;

    public MailClassifier(EmailSettings settings) {
        this.settings = settings;
    }

    public InboundMail classify(Message message) throws MessagingException, IOException {
        String from = sender(message);
        UUID token = unsubscribeToken(message);
        if (token != null) {
            return new InboundMail(InboundMail.Kind.UNSUBSCRIBE, from, List.of(), null, token);
        }
        if (isBounce(message, from)) {
            String text = text(message, new StringBuilder()).toString();
            Matcher failed = FINAL_RECIPIENT.matcher(text);
            List<String> quoted = new ArrayList<>();
            Matcher id = QUOTED_ID.matcher(text);
            while (id.find()) {
                quoted.add(id.group(1));
            }
            return new InboundMail(InboundMail.Kind.BOUNCE, from, quoted, failed.find() ? failed.group(1) : null, null);
        }
        List<String> refs = referenced(message);
        if (refs.isEmpty()) {
            return new InboundMail(InboundMail.Kind.OTHER, from, refs, null, null);
        }
        String[] ids = message.getHeader("Message-ID");
        Date received = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
        return new InboundMail(InboundMail.Kind.REPLY, from, refs, null, null, ids == null || ids.length == 0 ? null : ids[0].strip(),
                plainText(message), received == null ? null : received.toInstant(), message.getSubject());
    }

    /** The first text/plain part (what the sender wrote, quotes included), at most {@link #MAX_TEXT} characters. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            Object content = part.getContent();
            String text = content instanceof String s ? s : "";
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private UUID unsubscribeToken(Message message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        for (Address a : to == null ? new Address[0] : to) {
            if (a instanceof InternetAddress ia) {
                UUID token = settings.touchInUnsubscribeAddress(ia.getAddress());
                if (token != null) {
                    return token;
                }
            }
        }
        return null;
    }

    private static boolean isBounce(Message message, String from) throws MessagingException {
        String type = message.getContentType() == null ? "" : message.getContentType().toLowerCase(Locale.ROOT);
        String sender = from == null ? "" : from.toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/report") || sender.startsWith("mailer-daemon@") || sender.startsWith("postmaster@");
    }

    private static List<String> referenced(Message message) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String[] values = message.getHeader(header);
            for (String value : values == null ? new String[0] : values) {
                Matcher m = MESSAGE_ID.matcher(value);
                while (m.find()) {
                    ids.add(m.group());
                }
            }
        }
        return ids;
    }

    private static String sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress ia ? ia.getAddress() : null;
    }

    /** The raw text of every part (delivery status, returned headers, body), at most {@link #MAX_TEXT} characters. */
    private static StringBuilder text(Part part, StringBuilder out) throws MessagingException, IOException {
        if (out.length() >= MAX_TEXT) {
            return out;
        }
        Object content = part.isMimeType("multipart/*") ? part.getContent() : null;
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text(child, out);
            }
            return out;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_TEXT - out.length());
            out.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
        }
        return out;
    }
}
