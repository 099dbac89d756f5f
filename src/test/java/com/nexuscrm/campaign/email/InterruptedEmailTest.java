package com.nexuscrm.campaign.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.RunnerSettings;
import com.nexuscrm.campaign.SendingReconciler;
import com.nexuscrm.campaign.VariantChooser;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.TouchStatus;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emails a crash left SENDING, over GreenMail SMTP and IMAP: after {@link SendingReconciler#STALE_AFTER}, the one whose
 * copy (by Message-ID) is in the mailbox's Sent folder is SENT and its enrolment moves on; the one with no copy, and
 * every one when no IMAP is set up, is UNKNOWN ("sent status unknown") for review. None is ever sent again, and an
 * unreachable mailbox leaves the touch SENDING for the next run.
 */
class InterruptedEmailTest {
    private static final String PASSWORD = "mailbox secret";

    @TempDir Path dir;
    private CampaignWorkspace ws;
    private GreenMail mail;
    private EmailSettings settings;

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        mail = CampaignWorkspace.mailServer(PASSWORD);
        settings = new EmailSettings("127.0.0.1", mail.getSmtp().getPort(), "127.0.0.1", mail.getImap().getPort(),
                CampaignWorkspace.SENDER, PASSWORD, "unsubscribe@nexus.test", "https://crm.nexus.test/unsubscribe", 5000);
    }

    @AfterEach
    void close() {
        mail.stop();
        ws.close();
    }

    private ScheduledTouch claimed(Enrolment e) {
        ScheduledTouch touch = ws.touches(e).get(0);
        assertTrue(ws.ports.touches().claim(touch.id(), ws.clock.instant()));
        return touch;
    }

    private CampaignRunner runner(SendingReconciler.SentCopies copies) {
        return new CampaignRunner(ws.clock, ws.ports, RunnerSettings.defaults(ZoneOffset.UTC),
                Map.of(Channel.EMAIL, new SmtpEmailChannel(settings)), VariantChooser.EVEN_SPLIT, copies);
    }

    /** What a provider that keeps sent mail does: the message as sent, appended to the account's Sent folder. */
    private void keepInSent(Message sent) throws Exception {
        try (Store store = ImapMailReader.session(settings).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), CampaignWorkspace.SENDER, PASSWORD);
            Folder folder = store.getFolder("Sent");
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.appendMessages(new Message[] {sent});
        }
    }

    @Test
    void aFoundCopyIsSentNoCopyIsForReviewAndNothingIsSentTwice() throws Exception {
        CampaignPlan plan = ws.threeStepEmail("Welcome");
        Enrolment ann = ws.enrol(plan, ws.lead("Ann", "Archer"));
        Enrolment bob = ws.enrol(plan, ws.lead("Bob", "Baker"));
        ws.runner(Map.of()).runOnce(); // scheduled; no channel yet, so both wait
        ScheduledTouch annTouch = claimed(ann);
        claimed(bob);
        // Ann's email went out (and the provider kept a copy), then the workstation died before marking it; Bob's never left
        new SmtpEmailChannel(settings).send(new OutboundMessage(annTouch.id(), annTouch.messageId(), CampaignWorkspace.SENDER,
                "Nexus Sales", annTouch.address(), "Hello Ann", "Hi Ann, a note from Nexus Sales."));
        keepInSent(mail.getReceivedMessages()[0]);
        CampaignRunner runner = runner(new SentCopySearch(settings));

        ws.clock.advance(SendingReconciler.STALE_AFTER.minusMinutes(1));
        runner.runOnce();
        assertEquals(TouchStatus.SENDING, ws.touches(ann).get(0).status(), "not before the threshold");

        ws.clock.advance(Duration.ofMinutes(2));
        assertEquals(1, runner.runOnce().sent(), "Ann's confirmed from her copy");
        assertEquals(TouchStatus.SENT, ws.touches(ann).get(0).status());
        assertEquals(1, ws.reload(ann).currentStep(), "her enrolment moves on to step 2");
        ScheduledTouch bobs = ws.touches(bob).get(0);
        assertEquals(TouchStatus.UNKNOWN, bobs.status());
        assertTrue(bobs.lastError().startsWith("Sent status unknown") && bobs.lastError().contains(bobs.messageId()),
                bobs.lastError());

        assertEquals(2, mail.getReceivedMessages().length, "Ann's email and its Sent copy; nothing sent while settling");
        ws.clock.advance(Duration.ofDays(3));
        runner.runOnce();
        assertEquals(3, mail.getReceivedMessages().length, "Ann's step 2 only: neither first email went twice");
        int followUps = 0;
        for (Message m : mail.getReceivedMessages()) {
            followUps += "Following up".equals(m.getSubject()) ? 1 : 0;
        }
        assertEquals(1, followUps);
        assertEquals(1, ws.touches(bob).size(), "Bob's enrolment waits for the review");
        assertEquals(EnrolmentStatus.ACTIVE, ws.reload(bob).status());
    }

    @Test
    void withoutAMailboxAnInterruptedEmailIsForReviewAndAnUnreadableOneWaits() throws Exception {
        Enrolment ann = ws.enrol(ws.threeStepEmail("Welcome"), ws.lead("Ann", "Archer"));
        ws.runner(Map.of()).runOnce();
        claimed(ann);
        ws.clock.advance(SendingReconciler.STALE_AFTER.plusMinutes(1));

        EmailSettings wrongLogin = new EmailSettings("127.0.0.1", mail.getSmtp().getPort(), "127.0.0.1",
                mail.getImap().getPort(), CampaignWorkspace.SENDER, "wrong password", "unsubscribe@nexus.test",
                "https://crm.nexus.test/unsubscribe", 5000);
        assertThrows(IllegalStateException.class, () -> new SentCopySearch(wrongLogin).holds("<x@nexus.test>"));
        runner(new SentCopySearch(wrongLogin)).runOnce();
        assertEquals(TouchStatus.SENDING, ws.touches(ann).get(0).status(), "an unreadable mailbox decides nothing");

        runner(null).runOnce();
        ScheduledTouch touch = ws.touches(ann).get(0);
        assertEquals(TouchStatus.UNKNOWN, touch.status());
        assertTrue(touch.lastError().contains("no IMAP mailbox is set up"), touch.lastError());
        assertEquals(0, mail.getReceivedMessages().length, "never sent");
    }
}
