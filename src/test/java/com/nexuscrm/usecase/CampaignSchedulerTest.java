package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.email.MailSecurity;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.ServerLinkStore;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation's campaign scheduler over a real encrypted workspace and a real SMTP/IMAP server (GreenMail): the
 * settings are saved through {@link CampaignSending}, the clock is moved by the test and each tick is run on the test's
 * thread ({@link CampaignScheduler#runNow()}, what the timer calls every minute); nothing sleeps.
 */
class CampaignSchedulerTest {
    static final String PASSWORD = "mailbox secret";

    @TempDir Path dir;
    private CampaignWorkspace ws;
    private GreenMail mail;
    private CampaignSending sending;
    private CampaignScheduler scheduler;
    private final List<CampaignScheduler.Status> published = new ArrayList<>();

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        mail = CampaignWorkspace.mailServer(PASSWORD);
        sending = new CampaignSending(Workspace.over(ws.store));
        scheduler = new CampaignScheduler(Workspace.over(ws.store), ws.clock, ZoneOffset.UTC, Runnable::run);
        scheduler.subscribe(published::add);
    }

    @AfterEach
    void close() {
        scheduler.close();
        mail.stop();
        ws.close();
    }

    private CampaignSendingSettings settings(boolean on) {
        return settings(mail, on);
    }

    /** Sending on or off over this GreenMail's SMTP and IMAP, as the campaign mailbox's user. */
    static CampaignSendingSettings settings(GreenMail mail, boolean on) {
        return new CampaignSendingSettings(on, 200,
                new CampaignSendingSettings.Server("127.0.0.1", mail.getSmtp().getPort(), MailSecurity.NONE,
                        CampaignWorkspace.SENDER, PASSWORD), CampaignWorkspace.SENDER, "https://crm.nexus.test/unsubscribe",
                new CampaignSendingSettings.Server("127.0.0.1", mail.getImap().getPort(), MailSecurity.NONE, "", ""),
                "INBOX", null, false);
    }

    private List<MimeMessage> sentByUs() throws Exception {
        List<MimeMessage> ours = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (((InternetAddress) m.getFrom()[0]).getAddress().equals(CampaignWorkspace.SENDER)) {
                ours.add(m);
            }
        }
        return ours;
    }

    @Test
    void aDueTouchIsSentExactlyOnceAcrossTwoTicksAndNothingMoreOnceTheSwitchIsOff() throws Exception {
        assertEquals(CampaignSendingSettings.NONE, sending.load(), "nothing is set up in a new workspace");
        assertEquals(CampaignScheduler.State.OFF, scheduler.runNow().state(), "off by default");
        sending.save(settings(true));
        assertEquals(settings(true), sending.load(), "saved and read back, passwords included");
        CampaignPlan plan = ws.threeStepEmail("Welcome");
        Lead ann = ws.lead("Ann", "Archer");
        Enrolment annIn = ws.enrol(plan, ann);

        CampaignScheduler.Status first = scheduler.runNow();
        assertEquals(CampaignScheduler.State.RAN, first.state(), String.valueOf(first.lastError()));
        assertEquals(1, first.report().sent());
        assertEquals(ws.clock.instant(), first.lastRun());
        assertNull(first.lastError());
        ws.clock.advance(Duration.ofMinutes(1));
        CampaignScheduler.Status second = scheduler.runNow();
        assertEquals(0, second.report().sent(), "the next tick finds nothing due");
        assertEquals(1, sentByUs().size(), "delivered exactly once");
        assertEquals("Hello Ann", sentByUs().get(0).getSubject());
        assertEquals(ws.touches(annIn).get(0).messageId(), sentByUs().get(0).getMessageID());
        assertEquals(second, published.get(published.size() - 1), "each tick's status goes to the subscribers");

        sending.save(settings(true).withSending(false));
        ws.clock.advance(Duration.ofDays(2)); // step 2 is due now
        CampaignScheduler.Status off = scheduler.runNow();
        assertEquals(CampaignScheduler.State.OFF, off.state());
        assertEquals(second.lastRun(), off.lastRun(), "the last run is still shown");
        assertEquals(1, sentByUs().size(), "nothing sent while the switch is off");
        assertEquals(1, ws.touches(annIn).size(), "nor scheduled");

        sending.save(settings(true));
        assertEquals(1, scheduler.runNow().report().sent(), "turned on again, the due step goes");
        assertEquals(2, sentByUs().size());
    }

    @Test
    void aWorkspaceLinkedToATeamServerSendsNothing() throws Exception {
        sending.save(settings(true));
        Lead ann = ws.lead("Ann", "Archer");
        Enrolment annIn = ws.enrol(ws.threeStepEmail("Welcome"), ann);
        ServerLinkStore links = StoredReplica.of(ws.store).link();
        links.saveLink(new ServerLink(URI.create("https://crm.nexus.test"), "ann@nexus.test", Ids.newId(), "Ann"), "token");

        CampaignScheduler.Status linked = scheduler.runNow();
        assertEquals(CampaignScheduler.State.TEAM_SERVER, linked.state());
        ws.clock.advance(Duration.ofMinutes(1));
        scheduler.runNow();
        assertEquals(0, sentByUs().size(), "the team server owns scheduling");
        assertTrue(ws.touches(annIn).isEmpty(), "no touch scheduled either");

        links.clearLink();
        assertEquals(1, scheduler.runNow().report().sent(), "standalone again, it sends");
        assertEquals(TouchStatus.SENT, ws.touches(annIn).get(0).status());
    }

    @Test
    void anSmtpServerThatIsDownIsTheLastErrorAndTheTouchStaysPending() {
        sending.save(settings(true));
        Enrolment annIn = ws.enrol(ws.threeStepEmail("Welcome"), ws.lead("Ann", "Archer"));
        int smtpPort = mail.getSmtp().getPort();
        mail.stop();

        CampaignScheduler.Status down = scheduler.runNow();
        assertEquals(CampaignScheduler.State.FAILED, down.state());
        assertEquals(1, down.pending());
        assertTrue(down.lastError().contains("127.0.0.1:" + smtpPort), down.lastError());
        assertEquals(TouchStatus.PENDING, ws.touches(annIn).get(0).status());
    }
}
