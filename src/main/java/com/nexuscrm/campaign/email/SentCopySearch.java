package com.nexuscrm.campaign.email;

import com.nexuscrm.campaign.SendingReconciler;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.search.HeaderTerm;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks for a sent email's copy by Message-ID over IMAP, in the usual Sent folders (many providers, Gmail and Microsoft
 * 365 among them, keep a copy of what SMTP sent), the campaign folder and INBOX (a copy to ourselves). Folders the
 * account does not have are skipped. A mailbox that cannot be read is an IllegalStateException naming the server.
 */
public final class SentCopySearch implements SendingReconciler.SentCopies {
    /** The folders looked in after the settings' own, in order. */
    static final List<String> FOLDERS = List.of("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX");

    private final EmailSettings settings;

    public SentCopySearch(EmailSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean holds(String messageId) {
        Set<String> folders = new LinkedHashSet<>(FOLDERS);
        folders.add(settings.imapFolder());
        try (Store store = ImapMailReader.session(settings).getStore("imap")) {
            EmailSettings.MailServer imap = settings.imap();
            store.connect(imap.host(), imap.port(), imap.username(), imap.password());
            for (String name : folders) {
                Folder folder = store.getFolder(name);
                if (!folder.exists()) {
                    continue;
                }
                folder.open(Folder.READ_ONLY);
                try {
                    if (folder.search(new HeaderTerm("Message-ID", messageId)).length > 0) {
                        return true;
                    }
                } finally {
                    folder.close(false);
                }
            }
            return false;
        } catch (MessagingException e) {
            throw new IllegalStateException(MailConnectionCheck.explain("IMAP", settings.imap(), e), e);
        }
    }
}
