package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ReplyAction;
import com.nexuscrm.domain.campaign.ReplyIntent;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.storage.StoredDirectory;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies of several intents come back over IMAP (GreenMail) to a real encrypted workspace, read by the workstation's
 * scheduler tick; the clock is moved by the test. With "act on replies" on, the next best actions happen once; with it
 * off, only the recommendations are stored until someone clicks "Do it". An SMS STOP is an unsubscribe everywhere.
 */
class ActOnReplyIntegrationTest {
    private static final String PASSWORD = CampaignSchedulerTest.PASSWORD;

    @TempDir Path dir;
    private CampaignWorkspace ws;
    private GreenMail mail;
    private CampaignSending sending;
    private CampaignScheduler scheduler;

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        EmptyWorkspace.seed(ws.store, Progress.NONE);
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", "smtp"), new ServerSetup(0, "127.0.0.1", "imap")});
        mail.start();
        mail.setUser(CampaignWorkspace.SENDER, CampaignWorkspace.SENDER, PASSWORD);
        sending = new CampaignSending(Workspace.over(ws.store));
        scheduler = new CampaignScheduler(Workspace.over(ws.store), ws.clock, ZoneOffset.UTC, Runnable::run);
    }

    @AfterEach
    void close() {
        scheduler.close();
        mail.stop();
        ws.close();
    }

    private CampaignSendingSettings settings(boolean act) {
        return CampaignSchedulerTest.settings(mail, true).withActOnReplies(act);
    }

    @Test
    void withTheSwitchOnEachIntentsActionHappensOnce() throws Exception {
        sending.save(settings(true));
        CampaignPlan plan = ws.threeStepEmail("Welcome");
        Lead ann = ws.lead("Ann", "Archer");
        Lead bob = ws.lead("Bob", "Baker");
        Lead cat = ws.lead("Cat", "Cole");
        Lead dan = ws.lead("Dan", "Dale");
        Map<String, Enrolment> in = Map.of("ann", ws.enrol(plan, ann), "bob", ws.enrol(plan, bob), "cat", ws.enrol(plan, cat),
                "dan", ws.enrol(plan, dan));
        ws.ports.policy().recordConsent(new Consent(dan.getId(), Channel.SMS, true, "web form", ws.clock.instant()));
        Enrolment danTexts = ws.enrol(textPlan(), dan);
        assertEquals(4, scheduler.runNow().report().sent());

        MimeMessage annReply = reply(ann, "Yes, that sounds great. Let's find a time to talk next week.");
        deliver(annReply);
        deliver(reply(bob, "Automatic reply: I am on holiday, back on 14 December. I will answer then."));
        deliver(reply(cat, "I'm not the right person. Please contact Sarah Kim, sarah.kim@globex.com, she runs purchasing."));
        deliver(reply(dan, "Please remove me from your mailing list and stop emailing me."));
        ws.clock.advance(Duration.ofMinutes(1));
        CampaignScheduler.Status read = scheduler.runNow();
        assertEquals(4, read.mailRead(), String.valueOf(read.lastError()));

        Map<ReplyIntent, CampaignReply> replies = replies(plan);
        assertEquals(List.of(ReplyAction.BOOK_MEETING, ReplyAction.PAUSE, ReplyAction.CREATE_LEAD, ReplyAction.SUPPRESS),
                List.of(ReplyIntent.INTERESTED, ReplyIntent.OUT_OF_OFFICE, ReplyIntent.REFERRAL, ReplyIntent.UNSUBSCRIBE).stream()
                        .map(i -> replies.get(i).recommendation().action()).toList(), replies.toString());
        assertTrue(replies.values().stream().allMatch(r -> r.done() && r.automatic()), replies.toString());

        List<Activity> tasks = openTasks();
        assertEquals(1, tasks.size(), "one task: Ann's meeting");
        assertEquals("Book a meeting: Ann Archer", tasks.get(0).getSubject());
        assertEquals(TaskPriority.HIGH, tasks.get(0).getPriority());
        assertEquals(ann.getId(), tasks.get(0).getLeadId());
        assertTrue(tasks.get(0).getBody().contains("Let's find a time to talk"), tasks.get(0).getBody());

        Instant bobBack = Instant.parse("2026-12-14T00:00:00Z");
        assertEquals(EnrolmentStatus.PAUSED, ws.reload(in.get("bob")).status());
        assertEquals(bobBack, ws.ports.enrolments().pausedUntil(in.get("bob").id()).orElseThrow());
        assertEquals("Paused until 14 Dec 2026", replies.get(ReplyIntent.OUT_OF_OFFICE).outcome());
        CampaignResults.Summary summary = new CampaignResults(ws.ports).summaries().stream()
                .filter(s -> s.plan().id().equals(plan.id())).findFirst().orElseThrow();
        assertEquals(List.of(1, CampaignResults.Status.RUNNING), List.of(summary.counts().active(), summary.status()),
                "a paused enrolment still runs");

        List<Lead> sarahs = ws.store.leads().findAll().stream().filter(l -> "sarah.kim@globex.com".equals(l.getEmail())).toList();
        assertEquals(1, sarahs.size(), "a lead for the referral");
        assertEquals("Sarah", sarahs.get(0).getFirstName());
        assertEquals("Kim", sarahs.get(0).getLastName());
        assertEquals("Cole Ltd", sarahs.get(0).getCompany());
        assertEquals("Campaign referral", sarahs.get(0).getSource());

        for (Channel channel : Channel.values()) {
            assertTrue(ws.ports.policy().blocked(dan.getId(), null, channel).isPresent(), channel.name());
        }
        assertEquals(ExitReason.UNSUBSCRIBED, ws.reload(danTexts).exitReason(), "the SMS campaign ends too");
        assertEquals(ExitReason.REPLIED, ws.reload(in.get("ann")).exitReason());

        // The same mail again (a second client marked it unread, a crash before it was marked seen): nothing more.
        deliver(annReply);
        ws.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, scheduler.runNow().mailRead());
        assertEquals(1, openTasks().size(), "acted once");
        assertEquals(4, Workspace.over(ws.store).campaignReplies().forPlan(plan.id()).size(), "stored once");

        // Paused: nothing goes to Bob while he is away; he resumes on his return day with the plan's spacing kept.
        ws.clock.advance(Duration.ofDays(3)); // Thursday 10 December: step 2 would have been due on the 9th
        assertEquals(0, scheduler.runNow().report().sent(), "nobody else is left to send to, Bob is paused");
        assertEquals(1, ws.touches(in.get("bob")).size());
        moveTo("2026-12-14T09:00:00Z");
        scheduler.runNow();
        assertEquals(EnrolmentStatus.ACTIVE, ws.reload(in.get("bob")).status(), "resumed on the 14th");
        assertEquals(1, ws.touches(in.get("bob")).size(), "step 2 keeps its two days after the pause");
        moveTo("2026-12-16T09:00:00Z");
        assertEquals(1, scheduler.runNow().report().sent());
        assertEquals(TouchStatus.SENT, ws.touches(in.get("bob")).stream().filter(t -> t.stepIndex() == 1).findFirst()
                .orElseThrow().status());
    }

    @Test
    void withTheSwitchOffOnlyRecommendationsAreStoredUntilSomeoneClicksDoIt() throws Exception {
        sending.save(settings(false));
        CampaignPlan plan = ws.threeStepEmail("Welcome");
        Lead ann = ws.lead("Ann", "Archer");
        Lead bob = ws.lead("Bob", "Baker");
        Enrolment bobIn = ws.enrol(plan, bob);
        ws.enrol(plan, ann);
        scheduler.runNow();
        deliver(reply(ann, "Yes, that sounds great. Let's find a time to talk next week."));
        deliver(reply(bob, "Automatic reply: I am on holiday, back on 14 December. I will answer then."));
        ws.clock.advance(Duration.ofMinutes(1));
        assertEquals(2, scheduler.runNow().mailRead());

        Map<ReplyIntent, CampaignReply> replies = replies(plan);
        assertTrue(replies.values().stream().noneMatch(CampaignReply::done), "recommended only");
        assertEquals(0, openTasks().size());
        assertEquals(ExitReason.REPLIED, ws.reload(bobIn).exitReason(), "a reply stops the campaign until someone decides");

        ActOnReply act = ActOnReply.over(Workspace.over(ws.store), ws.ports, ws.clock);
        CampaignReply paused = act.doIt(replies.get(ReplyIntent.OUT_OF_OFFICE).id());
        assertEquals("Paused until 14 Dec 2026", paused.outcome());
        assertFalse(paused.automatic());
        assertEquals(EnrolmentStatus.PAUSED, ws.reload(bobIn).status());
        assertEquals(paused.doneAt(), act.doIt(paused.id()).doneAt(), "a second click does nothing more");
        act.doIt(replies.get(ReplyIntent.INTERESTED).id());
        act.doIt(replies.get(ReplyIntent.INTERESTED).id());
        assertEquals(1, openTasks().size(), "one task for two clicks");
    }

    @Test
    void anSmsStopIsAnUnsubscribeOnEveryChannel() {
        sending.save(settings(false));
        Lead eve = ws.lead("Eve", "Evans");
        eve.setPhone("+447946000111");
        ws.store.leads().save(eve);
        ws.ports.policy().recordConsent(new Consent(eve.getId(), Channel.SMS, true, "web form", ws.clock.instant()));
        Enrolment mails = ws.enrol(ws.threeStepEmail("Welcome"), eve);
        Enrolment texts = ws.enrol(textPlan(), eve);
        ScheduledTouch text = ScheduledTouch.pending(texts.id(), 0, "A", Channel.SMS, "+15550000000", "+447946000111",
                ws.clock.instant());
        ws.ports.touches().schedule(text);
        ws.ports.touches().claim(text.id(), ws.clock.instant());
        ws.ports.touches().markSent(text.id(), ws.clock.instant());

        scheduler.textReceived("+44 7946 000111", " stop ", "SM1");
        for (Channel channel : Channel.values()) {
            assertTrue(ws.ports.policy().blocked(eve.getId(), null, channel).isPresent(), channel.name());
        }
        assertEquals(ExitReason.UNSUBSCRIBED, ws.reload(texts).exitReason());
        assertEquals(ExitReason.UNSUBSCRIBED, ws.reload(mails).exitReason(), "the email campaign ends too");
        assertTrue(ws.ports.policy().blocked(null, "someone.else@evans.test", Channel.EMAIL).isEmpty(), "nobody else is");
    }

    private void moveTo(String at) {
        ws.clock.advance(Duration.between(ws.clock.instant(), Instant.parse(at)));
    }

    private List<Activity> openTasks() {
        return ws.store.activities().openTasks(new StoredDirectory(ws.store).currentUser().getId(),
                Instant.parse("9999-01-01T00:00:00Z"), 100);
    }

    private Map<ReplyIntent, CampaignReply> replies(CampaignPlan plan) {
        return Workspace.over(ws.store).campaignReplies().forPlan(plan.id()).stream().collect(Collectors.toMap(CampaignReply::intent, Function.identity()));
    }

    private CampaignPlan textPlan() {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Texts", "Meeting booked", Audience.MANUAL, "+15550000000", "Nexus",
                List.of(Step.of(0, Channel.SMS, new Template("A", "", "Hi {{firstName|there}}, a quick note."))));
        ws.ports.plans().save(plan);
        return plan;
    }

    /** The lead's answer to the first email we sent them, from their mail client. */
    private MimeMessage reply(Lead lead, String text) throws Exception {
        MimeMessage original = mail.getReceivedMessagesForDomain(lead.getEmail().substring(lead.getEmail().indexOf('@') + 1))[0];
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(lead.getEmail()));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(CampaignWorkspace.SENDER));
        m.setSubject("Re: " + original.getSubject());
        m.setHeader("In-Reply-To", original.getMessageID());
        m.setHeader("References", original.getMessageID());
        m.setText(text + "\n\nOn Mon, 7 Dec 2026, Nexus Sales wrote:\n> " + original.getSubject());
        m.setSentDate(java.util.Date.from(ws.clock.instant()));
        m.saveChanges();
        return m;
    }

    private void deliver(MimeMessage m) {
        mail.getUserManager().getUser(CampaignWorkspace.SENDER).deliver(m);
    }
}
