package com.nexuscrm.campaign.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.InboundHandler;
import com.nexuscrm.campaign.InboundMail;
import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.RunReport;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign engine over a real SMTP and IMAP server (GreenMail, on free ports): a 3-step campaign sends, a reply
 * stops it, a bounce marks the address, an unsubscribe suppresses every channel; SMTP down retries with backoff and
 * sends once; an invalid address is refused. The clock is moved by the test; nothing sleeps.
 */
class CampaignEmailIntegrationTest {
    private static final String PASSWORD = "mailbox secret";

    @TempDir Path dir;
    private CampaignWorkspace ws;
    private GreenMail mail;

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        if (mail != null) {
            mail.stop();
        }
        ws.close();
    }

    private GreenMail startMail(ServerSetup... setups) {
        mail = new GreenMail(setups);
        mail.start();
        mail.setUser(CampaignWorkspace.SENDER, CampaignWorkspace.SENDER, PASSWORD);
        return mail;
    }

    private static EmailSettings settings(int smtpPort, int imapPort) {
        return new EmailSettings("127.0.0.1", smtpPort, "127.0.0.1", imapPort, CampaignWorkspace.SENDER, PASSWORD,
                "unsubscribe@nexus.test", "https://crm.nexus.test/unsubscribe", 5000);
    }

    private List<MimeMessage> sentByUs() throws MessagingException {
        List<MimeMessage> ours = new java.util.ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (((InternetAddress) m.getFrom()[0]).getAddress().equals(CampaignWorkspace.SENDER)) {
                ours.add(m);
            }
        }
        return ours;
    }

    @Test
    void aReplyStopsTheCampaignABounceMarksTheAddressAndAnUnsubscribeSuppressesEveryChannel() throws Exception {
        startMail(new ServerSetup(0, "127.0.0.1", "smtp"), new ServerSetup(0, "127.0.0.1", "imap"));
        EmailSettings settings = settings(mail.getSmtp().getPort(), mail.getImap().getPort());
        var sms = new com.nexuscrm.campaign.RecordingSms();
        CampaignRunner runner = ws.runner(Map.of(Channel.EMAIL, new SmtpEmailChannel(settings), Channel.SMS, sms));
        CampaignPlan plan = ws.threeStepEmail("Welcome");
        Lead ann = ws.lead("Ann", "Archer");
        Lead bob = ws.lead("Bob", "Baker");
        Lead cat = ws.lead("Cat", "Cole");
        Lead dan = ws.lead("Dan", "Dale");
        Enrolment annIn = ws.enrol(plan, ann);
        Enrolment bobIn = ws.enrol(plan, bob);
        Enrolment catIn = ws.enrol(plan, cat);
        Enrolment danIn = ws.enrol(plan, dan);
        CampaignPlan texts = smsPlan();
        ws.ports.policy().recordConsent(new Consent(cat.getId(), Channel.SMS, true, "web form opt-in", ws.clock.instant()));
        Enrolment catTexts = ws.enrol(texts, cat);

        assertEquals(4, runner.runOnce().sent());
        List<MimeMessage> first = sentByUs();
        assertEquals(4, first.size());
        MimeMessage toAnn = to(first, ann.getEmail());
        ScheduledTouch annTouch = ws.touches(annIn).get(0);
        assertEquals(annTouch.messageId(), toAnn.getMessageID());
        assertEquals("Hello Ann", toAnn.getSubject());
        String listUnsubscribe = toAnn.getHeader("List-Unsubscribe", null);
        assertEquals("<mailto:unsubscribe+" + annTouch.id() + "@nexus.test?subject=unsubscribe>, "
                + "<https://crm.nexus.test/unsubscribe/" + annTouch.id() + ">", listUnsubscribe);
        assertEquals("List-Unsubscribe=One-Click", toAnn.getHeader("List-Unsubscribe-Post", null));
        assertTrue(((String) toAnn.getContent()).contains("unsubscribe: https://crm.nexus.test/unsubscribe/" + annTouch.id()));

        reply(settings, ann.getEmail(), toAnn);
        bounce(settings, bob.getEmail(), to(first, bob.getEmail()));
        unsubscribe(ws.touches(catIn).get(0), cat.getEmail());
        List<InboundMail> read = new ImapMailReader(settings).process(new InboundHandler(ws.ports, ws.clock));
        assertEquals(List.of(InboundMail.Kind.REPLY, InboundMail.Kind.BOUNCE, InboundMail.Kind.UNSUBSCRIBE),
                read.stream().map(InboundMail::kind).toList());

        assertExited(annIn, ExitReason.REPLIED);
        assertExited(bobIn, ExitReason.BOUNCED);
        assertExited(catIn, ExitReason.UNSUBSCRIBED);
        assertExited(catTexts, ExitReason.UNSUBSCRIBED);
        List<Suppression> bobs = ws.ports.policy().suppressions(null, bob.getEmail());
        assertEquals(Suppression.Reason.BOUNCED, bobs.get(0).reason());
        assertEquals(Channel.EMAIL, bobs.get(0).channel());
        for (Channel channel : Channel.values()) {
            assertTrue(ws.ports.policy().blocked(cat.getId(), null, channel).isPresent(), channel.name());
        }
        ValidationException refused = assertThrows(ValidationException.class, () -> ws.enrol(texts, cat));
        assertTrue(refused.getMessage().contains("SMS is suppressed: unsubscribed (every channel"), refused.getMessage());

        ws.clock.advance(Duration.ofDays(2));
        RunReport dayTwo = runner.runOnce();
        ws.clock.advance(Duration.ofDays(2));
        RunReport dayFour = runner.runOnce();

        assertEquals(1, dayTwo.sent());
        assertEquals(1, dayFour.sent());
        assertEquals(6, sentByUs().size(), "step 2 and 3 went to Dan only");
        assertEquals(3, sentByUs().stream().filter(m -> recipient(m).equals(dan.getEmail())).count());
        assertEquals(1, sentByUs().stream().filter(m -> recipient(m).equals(ann.getEmail())).count());
        assertEquals(EnrolmentStatus.COMPLETED, ws.reload(danIn).status());
        assertEquals(0, sms.sent.size(), "the SMS step was due on day 1 but Cat had unsubscribed on day 0");
    }

    @Test
    void whileSmtpIsDownTheTouchStaysPendingWithBackoffThenGoesOutOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CampaignRunner runner = ws.runner(Map.of(Channel.EMAIL, new SmtpEmailChannel(settings(port, 1))));
        Enrolment e = ws.enrol(ws.threeStepEmail("Welcome"), ws.lead("Ann", "Archer"));

        assertEquals(1, runner.runOnce().retried());
        ScheduledTouch touch = ws.touches(e).get(0);
        assertEquals(TouchStatus.PENDING, touch.status());
        assertEquals(1, touch.attempts());
        assertEquals(ws.clock.instant().plus(Duration.ofMinutes(1)), touch.nextAttemptAt());
        assertTrue(touch.lastError().contains("127.0.0.1:" + port), touch.lastError());
        assertEquals(RunReport.NONE, runner.runOnce(), "not due again before its backoff");
        ws.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, runner.runOnce().retried());
        assertEquals(ws.clock.instant().plus(Duration.ofMinutes(2)), ws.touches(e).get(0).nextAttemptAt());

        startMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        ws.clock.advance(Duration.ofMinutes(2));
        assertEquals(1, runner.runOnce().sent());
        ws.clock.advance(Duration.ofMinutes(10));
        runner.runOnce();

        assertEquals(1, mail.getReceivedMessages().length);
        assertEquals(TouchStatus.SENT, ws.touches(e).get(0).status());
        assertEquals(2, ws.touches(e).get(0).attempts());
    }

    @Test
    void anInvalidAddressIsRefusedWithAClearMessageAndNothingIsSent() throws Exception {
        startMail(new ServerSetup(0, "127.0.0.1", "smtp"));
        OutboundChannel channel = new SmtpEmailChannel(settings(mail.getSmtp().getPort(), 1));
        OutboundMessage message = new OutboundMessage(Ids.newId(), "<x@nexus.test>", CampaignWorkspace.SENDER, null,
                "ann@@archer.test", "Hi", "Hello");

        SendFailure refused = assertThrows(SendFailure.class, () -> channel.send(message));

        assertTrue(refused.permanent());
        assertTrue(refused.getMessage().startsWith("'ann@@archer.test' is not a valid email address"), refused.getMessage());
        assertEquals(0, mail.getReceivedMessages().length);
    }

    private CampaignPlan smsPlan() {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Texts", null, Audience.MANUAL, null, null,
                List.of(Step.of(1, Channel.SMS, new Template("A", null, "Hi {{firstName|there}}, quick question?"))));
        ws.ports.plans().save(plan);
        return plan;
    }

    private void assertExited(Enrolment e, ExitReason reason) {
        Enrolment now = ws.reload(e);
        assertEquals(EnrolmentStatus.EXITED, now.status());
        assertEquals(reason, now.exitReason());
    }

    private static MimeMessage to(List<MimeMessage> messages, String address) {
        return messages.stream().filter(m -> recipient(m).equals(address)).findFirst().orElseThrow();
    }

    private static String recipient(MimeMessage m) {
        try {
            return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session smtp(EmailSettings s) {
        Properties p = new Properties();
        p.put("mail.smtp.host", s.smtpHost());
        p.put("mail.smtp.port", Integer.toString(s.smtpPort()));
        return Session.getInstance(p);
    }

    /** The lead answers our first email from their mail client. */
    private static void reply(EmailSettings s, String from, MimeMessage original) throws MessagingException {
        MimeMessage reply = new MimeMessage(smtp(s));
        reply.setFrom(new InternetAddress(from));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(CampaignWorkspace.SENDER));
        reply.setSubject("Re: " + original.getSubject());
        reply.setHeader("In-Reply-To", original.getMessageID());
        reply.setHeader("References", original.getMessageID());
        reply.setText("Sounds interesting, call me Tuesday.");
        Transport.send(reply);
    }

    /** The lead's mail server returns our email: a DSN (RFC 3464) quoting the original headers. */
    private static void bounce(EmailSettings s, String failed, MimeMessage original) throws MessagingException, IOException {
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Delivery to " + failed + " failed permanently: mailbox unknown.");
        report.addBodyPart(human);
        report.addBodyPart(rawPart("message/delivery-status", "Reporting-MTA: dns; mx.archer.test\r\n\r\n"
                + "Final-Recipient: rfc822; " + failed + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"));
        report.addBodyPart(rawPart("text/rfc822-headers", "Message-ID: " + original.getMessageID() + "\r\nTo: " + failed
                + "\r\nSubject: " + original.getSubject() + "\r\n"));
        MimeMessage dsn = new MimeMessage(smtp(s));
        dsn.setFrom(new InternetAddress("mailer-daemon@mx.baker.test"));
        dsn.setRecipient(Message.RecipientType.TO, new InternetAddress(CampaignWorkspace.SENDER));
        dsn.setSubject("Undelivered Mail Returned to Sender");
        dsn.setContent(report);
        Transport.send(dsn);
    }

    private static MimeBodyPart rawPart(String type, String text) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", type);
        return new MimeBodyPart(headers, text.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The lead mails the unsubscribe address from the List-Unsubscribe header. The campaign mailbox receives the
     * plus-addressed mail (as a real server with plus addressing would); GreenMail would file it in a mailbox of its
     * own, so it is delivered to the campaign mailbox directly.
     */
    private void unsubscribe(ScheduledTouch touch, String from) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("unsubscribe+" + touch.id() + "@nexus.test"));
        m.setSubject("unsubscribe");
        m.setText("");
        m.saveChanges();
        mail.getUserManager().getUser(CampaignWorkspace.SENDER).deliver(m);
    }
}
