package com.nexuscrm.campaign.email;

import com.nexuscrm.campaign.InboundHandler;
import com.nexuscrm.campaign.InboundMail;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads the campaign mailbox's unseen messages over IMAP, classifies each ({@link MailClassifier}), hands it to the
 * {@link InboundHandler} and marks it seen, so the next read starts after it. A message that cannot be read stays
 * unseen and is tried again next time.
 */
public final class ImapMailReader {
    private final EmailSettings settings;
    private final MailClassifier classifier;
    private final Session session;

    public ImapMailReader(EmailSettings settings) {
        this.settings = settings;
        this.classifier = new MailClassifier(settings);
        this.session = session(settings);
    }

    /** The IMAP session of these settings: host, port, protection, timeouts. */
    static Session session(EmailSettings settings) {
        Properties p = new Properties();
        p.put("mail.imap.host", settings.imap().host());
        p.put("mail.imap.port", Integer.toString(settings.imap().port()));
        p.put("mail.imap.connectiontimeout", Integer.toString(settings.timeoutMillis()));
        p.put("mail.imap.timeout", Integer.toString(settings.timeoutMillis()));
        settings.imap().security().apply(p, "imap");
        return Session.getInstance(p);
    }

    /** Reads and acts on every unseen message; what each was. */
    public List<InboundMail> process(InboundHandler handler) throws MessagingException {
        List<InboundMail> read = new ArrayList<>();
        try (Store store = session.getStore("imap")) {
            EmailSettings.MailServer imap = settings.imap();
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            Folder inbox = store.getFolder(settings.imapFolder());
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message message : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    InboundMail mail = classify(message);
                    if (mail != null) {
                        handler.handle(mail);
                        message.setFlag(Flags.Flag.SEEN, true);
                        read.add(mail);
                    }
                }
            } finally {
                inbox.close(false);
            }
        }
        return read;
    }

    /** As {@link #process}, with a failure explained for people (which server, what to check). */
    public List<InboundMail> processExplained(InboundHandler handler) {
        try {
            return process(handler);
        } catch (MessagingException e) {
            throw new IllegalStateException(MailConnectionCheck.explain("IMAP", settings.imap(), e), e);
        }
    }

    private InboundMail classify(Message message) throws MessagingException {
        try {
            return classifier.classify(message);
        } catch (IOException e) {
            return null;
        }
    }
}
