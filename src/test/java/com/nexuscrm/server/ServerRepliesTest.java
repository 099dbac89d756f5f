package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ReplyAction;
import com.nexuscrm.domain.campaign.ReplyIntent;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.CampaignHandover;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.sync.SyncException;
import com.nexuscrm.usecase.CampaignSending;
import com.nexuscrm.usecase.CampaignSendingSettings;
import com.nexuscrm.usecase.EmptyWorkspace;
import com.nexuscrm.usecase.HandOverCampaigns;
import com.nexuscrm.usecase.Workspace;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A linked workspace's campaign runs on the team server while the workstation is closed, and the server reads the
 * team's mailbox (GreenMail SMTP and IMAP, a real server on loopback, H2 and PostgreSQL): a reply ends the enrolment
 * before its later steps (counted at the SMTP server), a bounce suppresses the address, the workstation's next
 * hand-over brings the reply and runs the next best action once, an out-of-office reply pauses the enrolment on the
 * workstation, the pause is handed over and the server waits until the date, then resumes. Another team's workstation
 * and mailbox never see or touch the first team's replies.
 */
class ServerRepliesTest {
    private static final String PASSWORD = "server replies password";
    private static final String WEST_BOX = "west-campaigns@nexus.test";

    static List<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds();
    }

    /** A server on the workstation's clock (scheduler off: the test runs it), a Growth and a West team, GreenMail. */
    private record Setup(GreenMail mail, ServerDatabase db, TeamServer server, CampaignWorkspace ws, SyncClient rep,
                         SyncClient west, ServerHttp http, String boss, String repEmail) implements AutoCloseable {
        static Setup start(ServerTargets.Kind kind, Path dir) throws Exception {
            GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", "smtp"),
                new ServerSetup(0, "127.0.0.1", "imap")});
            mail.start();
            mail.setUser(CampaignWorkspace.SENDER, CampaignWorkspace.SENDER, PASSWORD);
            mail.setUser(WEST_BOX, WEST_BOX, PASSWORD);
            CampaignWorkspace ws = new CampaignWorkspace(dir.resolve("w"));
            ws.clock.advance(Duration.ofHours(1)); // Monday 10:00 UTC
            EmptyWorkspace.seed(ws.store, Progress.NONE);
            new CampaignSending(Workspace.over(ws.store)).save(CampaignSendingSettings.NONE.withActOnReplies(true));
            ServerDatabase db = ServerDatabase.open(kind.fresh().url());
            TeamServer server = new TeamServer(db, ws.clock, Duration.ofHours(12));
            server.campaigns().scheduling(false);
            server.start("127.0.0.1", 0);
            String suffix = Long.toHexString(System.nanoTime());
            server.accounts().addUser("boss" + suffix + "@growth.test", "Boss", Role.MANAGER, "Growth" + suffix, PASSWORD.toCharArray());
            server.accounts().addUser("rep" + suffix + "@growth.test", "Rep", Role.REP, "Growth" + suffix, PASSWORD.toCharArray());
            server.accounts().addUser("wboss" + suffix + "@west.test", "West boss", Role.MANAGER, "West" + suffix, PASSWORD.toCharArray());
            server.accounts().addUser("west" + suffix + "@west.test", "West", Role.REP, "West" + suffix, PASSWORD.toCharArray());
            ServerHttp http = new ServerHttp(server.port());
            String boss = http.token("boss" + suffix + "@growth.test", PASSWORD);
            assertEquals(200, http.send("PUT", "/campaigns/settings", boss, settings(mail, CampaignWorkspace.SENDER)).statusCode());
            String westBoss = http.token("wboss" + suffix + "@west.test", PASSWORD);
            assertEquals(200, http.send("PUT", "/campaigns/settings", westBoss, settings(mail, WEST_BOX)).statusCode());
            URI base = URI.create("http://127.0.0.1:" + server.port());
            SyncClient rep = new SyncClient(base, Json.mapper());
            rep.login("rep" + suffix + "@growth.test", PASSWORD.toCharArray());
            SyncClient west = new SyncClient(base, Json.mapper());
            west.login("west" + suffix + "@west.test", PASSWORD.toCharArray());
            return new Setup(mail, db, server, ws, rep, west, http, boss, "rep" + suffix + "@growth.test");
        }

        /** The workstation opens, signs in (days may have passed) and hands over (the tick of a linked workspace). */
        HandOverCampaigns.Result handOver() {
            rep.login(repEmail, PASSWORD.toCharArray());
            return new HandOverCampaigns(Workspace.over(ws.store), ws.clock, ZoneOffset.UTC).run(rep::handOver);
        }

        int sent() {
            return server.campaigns().runTeams().sent();
        }

        int received(Lead lead) {
            return mail.getReceivedMessagesForDomain(domain(lead)).length;
        }

        MimeMessage first(Lead lead) {
            return mail.getReceivedMessagesForDomain(domain(lead))[0];
        }

        void deliver(String box, MimeMessage m) {
            mail.getUserManager().getUser(box).deliver(m);
        }

        String serverStatus(Enrolment e) {
            return one(db.dataSource(), "select status from campaign_enrolment where id = '" + e.id() + "'");
        }

        List<CampaignReply> replies(CampaignPlan plan) {
            return Workspace.over(ws.store).campaignReplies().forPlan(plan.id());
        }

        @Override
        public void close() {
            server.close();
            db.close();
            ws.close();
            mail.stop();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aReplyReadByTheServerStopsTheCampaignAndReachesTheWorkstationOnce(ServerTargets.Kind kind, @TempDir Path dir)
            throws Exception {
        try (Setup s = Setup.start(kind, dir)) {
            String bad = settings(s.mail(), CampaignWorkspace.SENDER).replace("\"imap\":{\"host\":\"127.0.0.1\"",
                    "\"imap\":{\"host\":\"\"");
            var refused = s.http().send("PUT", "/campaigns/settings", s.boss(), bad);
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("email.imap.host"), refused.body());

            CampaignWorkspace ws = s.ws();
            CampaignPlan plan = ws.threeStepEmail("Welcome");
            Lead ann = ws.lead("Ann", "Archer");
            Lead bob = ws.lead("Bob", "Baker");
            Lead cat = ws.lead("Cat", "Cole");
            Enrolment annIn = ws.enrol(plan, ann);
            Enrolment bobIn = ws.enrol(plan, bob);
            Enrolment catIn = ws.enrol(plan, cat);
            s.handOver();
            assertEquals(3, s.sent(), "step 1 to all three, from the server");

            // The workstation is closed now. Ann replies, Bob's address bounces; a forged reply to Cat's email
            // arrives in West's mailbox, which West's server run must not apply to Growth's enrolment.
            MimeMessage annReply = reply(ann, s.first(ann), "Yes, that sounds great. Let's find a time to talk next week.");
            s.deliver(CampaignWorkspace.SENDER, annReply);
            s.deliver(CampaignWorkspace.SENDER, bounce(bob, s.first(bob)));
            s.deliver(WEST_BOX, reply(cat, s.first(cat), "Not interested, stop emailing me."));
            ws.clock.advance(Duration.ofMinutes(5));
            assertEquals(0, s.sent());
            assertEquals("EXITED", s.serverStatus(annIn), "the server read Ann's reply");
            assertEquals("EXITED", s.serverStatus(bobIn));
            assertEquals("ACTIVE", s.serverStatus(catIn), "West's mailbox cannot end Growth's enrolment");
            assertEquals("1", one(s.db().dataSource(), "select count(*) from campaign_suppression where reason = 'BOUNCED'"
                    + " and lower(address) = '" + bob.getEmail().toLowerCase() + "'"), "the bounce suppresses Bob");
            assertEquals("1", one(s.db().dataSource(), "select count(*) from campaign_reply"), "only Ann's reply is kept");

            // The same mail read again changes nothing more.
            s.deliver(CampaignWorkspace.SENDER, annReply);
            assertEquals(0, s.sent());
            assertEquals("1", one(s.db().dataSource(), "select count(*) from campaign_reply"));

            // West's workstation hands over: none of Growth's replies, touches or enrolments come back.
            CampaignHandover.Answer westAnswer = s.west().handOver(new CampaignHandover(List.of(), List.of(), List.of(),
                    List.of(), 0));
            assertEquals(List.of(), westAnswer.replies());
            assertEquals(List.of(), westAnswer.touches());

            // The workstation opens: the reply comes with the hand-over and the next best action runs, once.
            HandOverCampaigns.Result opened = s.handOver();
            assertEquals(1, opened.repliesMirrored());
            assertEquals(ExitReason.REPLIED, ws.reload(annIn).exitReason());
            assertEquals(ExitReason.BOUNCED, ws.reload(bobIn).exitReason());
            List<CampaignReply> replies = s.replies(plan);
            assertEquals(1, replies.size());
            CampaignReply r = replies.get(0);
            assertEquals(ReplyIntent.INTERESTED, r.intent());
            assertEquals(ReplyAction.BOOK_MEETING, r.recommendation().action());
            assertTrue(r.done() && r.automatic(), r.toString());
            assertTrue(r.text().contains("find a time"), r.text());
            assertEquals(annReply.getMessageID(), r.key());

            ws.store.meta().put(HandOverCampaigns.CURSOR, "0"); // as if the cursor was lost: everything comes again
            assertEquals(1, s.handOver().repliesMirrored());
            assertEquals(1, s.replies(plan).size(), "a reply mirrored again is not stored or acted on twice");
            assertEquals(r.doneAt(), s.replies(plan).get(0).doneAt());

            ws.clock.advance(Duration.ofDays(2));
            assertEquals(1, s.sent(), "only Cat gets step 2");
            ws.clock.advance(Duration.ofDays(2));
            assertEquals(1, s.sent(), "only Cat gets step 3");
            ws.clock.advance(Duration.ofDays(2));
            assertEquals(0, s.sent());
            assertEquals(1, s.received(ann), "Ann's later steps were never sent");
            assertEquals(1, s.received(bob));
            assertEquals(3, s.received(cat));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anOutOfOfficePauseIsHandedOverAndTheServerResumesAtTheDate(ServerTargets.Kind kind, @TempDir Path dir)
            throws Exception {
        try (Setup s = Setup.start(kind, dir)) {
            CampaignWorkspace ws = s.ws();
            CampaignPlan plan = ws.threeStepEmail("Away");
            Lead dan = ws.lead("Dan", "Dale");
            Enrolment danIn = ws.enrol(plan, dan);
            s.handOver();
            int dead;
            try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
                dead = closed.getLocalPort();
            }
            String unreadable = settings(s.mail(), CampaignWorkspace.SENDER).replace("\"port\":" + s.mail().getImap().getPort(),
                    "\"port\":" + dead);
            assertEquals(200, s.http().send("PUT", "/campaigns/settings", s.boss(), unreadable).statusCode());
            assertEquals(1, s.sent(), "a mailbox that cannot be read does not stop the sending");
            assertEquals(200, s.http().send("PUT", "/campaigns/settings", s.boss(),
                    settings(s.mail(), CampaignWorkspace.SENDER)).statusCode());
            s.deliver(CampaignWorkspace.SENDER, reply(dan, s.first(dan),
                    "Automatic reply: I am on holiday, back on 14 December. I will answer then."));
            ws.clock.advance(Duration.ofMinutes(5));
            assertEquals(0, s.sent());
            assertEquals("EXITED", s.serverStatus(danIn));

            s.handOver(); // the reply arrives; the next best action pauses Dan on the workstation
            CampaignReply r = s.replies(plan).get(0);
            assertEquals(ReplyIntent.OUT_OF_OFFICE, r.intent());
            assertEquals(ReplyAction.PAUSE, r.recommendation().action());
            assertTrue(r.done(), r.toString());
            assertEquals(EnrolmentStatus.PAUSED, ws.reload(danIn).status());
            Instant until = ws.ports.enrolments().pausedUntil(danIn.id()).orElseThrow();
            assertEquals(14, until.atZone(ZoneOffset.UTC).getDayOfMonth());

            s.handOver(); // the pause goes to the server
            assertEquals("PAUSED", s.serverStatus(danIn));
            String resumeAt = one(s.db().dataSource(), "select resume_at from campaign_enrolment where id = '" + danIn.id() + "'");
            var recipient = ws.ports.recipients().find(danIn.person()).orElseThrow();
            Enrolment paused = ws.reload(danIn);
            CampaignHandover hijack = new CampaignHandover(List.of(), List.of(new CampaignHandover.HandedEnrolment(paused,
                    recipient, null, until.plus(Duration.ofDays(300)))), List.of(), List.of(), 0);
            assertTrue(assertThrows(SyncException.class, () -> s.west().handOver(hijack)).getMessage()
                    .contains("another team"), "another team cannot move Growth's pause");
            CampaignHandover undated = new CampaignHandover(List.of(), List.of(new CampaignHandover.HandedEnrolment(paused,
                    recipient)), List.of(), List.of(), 0);
            assertTrue(assertThrows(SyncException.class, () -> s.rep().handOver(undated)).getMessage()
                    .contains("resumeAt"), "a pause without its date is refused, naming the field");
            assertEquals(resumeAt, one(s.db().dataSource(), "select resume_at from campaign_enrolment where id = '"
                    + danIn.id() + "'"), "nothing stored");
            s.handOver();
            assertEquals(EnrolmentStatus.PAUSED, ws.reload(danIn).status(), "the server's exit does not undo the pause");

            ws.clock.advance(Duration.ofDays(4)); // Friday 11 December: steps 2 and 3 would have been due
            assertEquals(0, s.sent(), "nothing goes to Dan while he is away");
            assertEquals("PAUSED", s.serverStatus(danIn));

            ws.clock.advance(Duration.between(ws.clock.instant(), until.plus(Duration.ofHours(1))));
            s.sent();
            assertEquals("ACTIVE", s.serverStatus(danIn), "resumed at the date");
            s.handOver();
            assertEquals(EnrolmentStatus.ACTIVE, ws.reload(danIn).status(), "the workstation mirrors the resume");
            s.handOver(); // a resumed pause handed over again (its date has passed) does not pause it again
            assertEquals("ACTIVE", s.serverStatus(danIn));

            Instant back = until.atZone(ZoneOffset.UTC).toLocalDate().atTime(11, 0).toInstant(ZoneOffset.UTC);
            ws.clock.advance(Duration.between(ws.clock.instant(), back.plus(Duration.ofDays(1))));
            assertEquals(0, s.sent(), "a day after the return: step 2 is two days after it, as before the pause");
            ws.clock.advance(Duration.ofDays(1));
            assertEquals(1, s.sent(), "step 2, its spacing kept after the pause");
            ws.clock.advance(Duration.ofDays(2));
            assertEquals(1, s.sent(), "step 3");
            assertEquals(3, s.received(dan));
            assertEquals(1, s.replies(plan).size());
        }
    }

    private static String settings(GreenMail mail, String box) {
        return "{\"dailyLimit\":500,\"email\":{\"smtp\":{\"host\":\"127.0.0.1\",\"port\":" + mail.getSmtp().getPort()
                + ",\"security\":\"NONE\",\"username\":null,\"password\":null},\"imap\":{\"host\":\"127.0.0.1\",\"port\":"
                + mail.getImap().getPort() + ",\"security\":\"NONE\",\"username\":\"" + box + "\",\"password\":\""
                + PASSWORD + "\"},\"imapFolder\":null,\"envelopeFrom\":null,\"unsubscribeAddress\":\"unsubscribe@nexus.test\","
                + "\"unsubscribeUrl\":\"https://crm.nexus.test/u\",\"timeoutMillis\":10000}}";
    }

    private static String domain(Lead lead) {
        return lead.getEmail().substring(lead.getEmail().indexOf('@') + 1);
    }

    private static MimeMessage reply(Lead lead, MimeMessage original, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(lead.getEmail()));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(CampaignWorkspace.SENDER));
        m.setSubject("Re: " + original.getSubject());
        m.setHeader("In-Reply-To", original.getMessageID());
        m.setHeader("References", original.getMessageID());
        m.setText(text + "\n\nOn Mon, 7 Dec 2026, Nexus Sales wrote:\n> " + original.getSubject());
        m.saveChanges();
        return m;
    }

    /** The lead's mail server returns our email: a DSN (RFC 3464) quoting the original headers. */
    private static MimeMessage bounce(Lead lead, MimeMessage original) throws Exception {
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Delivery to " + lead.getEmail() + " failed permanently: mailbox unknown.");
        report.addBodyPart(human);
        report.addBodyPart(raw("message/delivery-status", "Reporting-MTA: dns; mx.test\r\n\r\nFinal-Recipient: rfc822; "
                + lead.getEmail() + "\r\nAction: failed\r\nStatus: 5.1.1\r\n"));
        report.addBodyPart(raw("text/rfc822-headers", "Message-ID: " + original.getMessageID() + "\r\nTo: "
                + lead.getEmail() + "\r\nSubject: " + original.getSubject() + "\r\n"));
        MimeMessage dsn = new MimeMessage(Session.getInstance(new Properties()));
        dsn.setFrom(new InternetAddress("mailer-daemon@mx.test"));
        dsn.setRecipient(Message.RecipientType.TO, new InternetAddress(CampaignWorkspace.SENDER));
        dsn.setSubject("Undelivered Mail Returned to Sender");
        dsn.setContent(report);
        dsn.saveChanges();
        return dsn;
    }

    private static MimeBodyPart raw(String type, String text) throws Exception {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", type);
        return new MimeBodyPart(headers, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String one(DataSource ds, String sql) {
        try (var c = ds.getConnection(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
