package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.RunnerSettings;
import com.nexuscrm.campaign.email.EmailSettings;
import com.nexuscrm.campaign.email.MailSecurity;
import com.nexuscrm.campaign.email.SmtpEmailChannel;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.TrackingLinksRequest;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.testing.MutableClock;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Open and click tracking end to end on real components: a workspace linked to a real team server (loopback HTTP; H2
 * and, when configured, PostgreSQL) sends through GreenMail; the pixel and the click link found in the delivered
 * message are fetched with java.net.http as a mail client would; the workstation pulls the team's events into its
 * touches; the "opened previous" step then goes to the person who opened only. Nothing sleeps: both clocks are moved.
 */
class TrackedCampaignTest {
    private static final String PASSWORD = "tracked campaign password";
    private static final String MAILBOX_PASSWORD = "mailbox secret";
    private static final String PRICING = "https://example.com/pricing?plan=team";
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // a mail client's fetch: no redirect followed

    @TempDir Path dir;

    static List<ServerTargets.Kind> databases() {
        return ServerTargets.kinds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anOpenedEmailsNextStepGoesOnlyToWhoOpenedItAndAClickIsCounted(ServerTargets.Kind kind) throws Exception {
        ServerTargets.Target target = kind.fresh();
        GreenMail mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", "smtp")});
        MutableClock serverClock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
        try (ServerDatabase db = ServerDatabase.open(target.url());
             TeamServer server = new TeamServer(db, serverClock, Duration.ofDays(7)).start("127.0.0.1", 0);
             CampaignWorkspace ws = new CampaignWorkspace(dir.resolve("ws"))) {
            mail.start();
            URI base = URI.create("http://127.0.0.1:" + server.port());
            link(ws, server, base, "rep@example.com", "East");
            TeamTracking tracking = new TeamTracking(StoredReplica.of(ws.store).link(), ws.store.meta(), ws.ports.touches());
            mail.setUser(CampaignWorkspace.SENDER, CampaignWorkspace.SENDER, MAILBOX_PASSWORD);
            EmailSettings settings = new EmailSettings("127.0.0.1", mail.getSmtp().getPort(), "127.0.0.1", 1,
                    CampaignWorkspace.SENDER, MAILBOX_PASSWORD, "unsubscribe@nexus.test", "https://crm.nexus.test/unsubscribe", 5000);
            CampaignRunner runner = new CampaignRunner(ws.clock, ws.ports, RunnerSettings.defaults(ZoneOffset.UTC),
                    Map.of(Channel.EMAIL, new SmtpEmailChannel(settings, tracking)));
            CampaignPlan plan = openedFollowUp();
            ws.ports.plans().save(plan);
            Lead ann = ws.lead("Ann", "Archer");
            Lead bob = ws.lead("Bob", "Baker");
            Enrolment annIn = ws.enrol(plan, ann);
            Enrolment bobIn = ws.enrol(plan, bob);

            assertEquals(2, runner.runOnce().sent());
            MimeMessage toAnn = only(mail, ann.getEmail());
            MimeMessage toBob = only(mail, bob.getEmail());
            assertEquals(ws.touches(annIn).get(0).messageId(), toAnn.getMessageID());
            MimeMultipart parts = (MimeMultipart) toAnn.getContent();
            assertTrue(toAnn.getContentType().startsWith("multipart/alternative"), toAnn.getContentType());
            String text = (String) part(parts, "text/plain").getContent();
            String html = (String) part(parts, "text/html").getContent();
            String pixel = first(html, "<img src=\"([^\"]+)\"");
            String click = first(html, "<a href=\"(" + Pattern.quote(base.toString()) + "/t/c/[^\"]+)\"");
            assertTrue(pixel.startsWith(base + "/t/o/"), pixel);
            assertTrue(text.contains(click), "the text part's link is the click URL too");
            assertFalse(text.contains(PRICING), "no untracked copy of the link is left in the text");
            assertTrue(text.contains("unsubscribe: https://crm.nexus.test/unsubscribe/" + ws.touches(annIn).get(0).id()),
                    "the unsubscribe link stays untracked");
            assertTrue(html.contains("href=\"https://crm.nexus.test/unsubscribe/"), html);

            assertEquals(200, get(pixel).statusCode());
            assertEquals(200, get(pixel).statusCode(), "a second open (a replay) is counted on the server, not a new event");
            HttpResponse<String> clicked = get(click);
            assertEquals(302, clicked.statusCode());
            assertEquals(PRICING, clicked.headers().firstValue("Location").orElse(null));
            assertEquals(1, pixels((MimeMultipart) toBob.getContent()), "Bob's email is tracked too, but he does nothing");

            // another workstation of the team tracks a touch this workspace does not have: pulled and ignored
            SyncClient other = new SyncClient(base, Json.mapper());
            other.useToken(StoredReplica.of(ws.store).link().link().orElseThrow().token());
            String stranger = other.trackingLinks(new TrackingLinksRequest(Ids.newId(), List.of())).open();
            assertEquals(200, get(base + stranger).statusCode());

            // the linked workspace's campaign scheduler tick reads them (it sends nothing: the server owns scheduling)
            new CampaignSending(Workspace.over(ws.store)).save(new CampaignSendingSettings(true, 200,
                    new CampaignSendingSettings.Server("127.0.0.1", mail.getSmtp().getPort(), MailSecurity.NONE,
                            CampaignWorkspace.SENDER, MAILBOX_PASSWORD), CampaignWorkspace.SENDER,
                    "https://crm.nexus.test/unsubscribe", null, "INBOX", null, false));
            try (CampaignScheduler scheduler = new CampaignScheduler(Workspace.over(ws.store), ws.clock, ZoneOffset.UTC,
                    Runnable::run)) {
                CampaignScheduler.Status tick = scheduler.runNow();
                assertEquals(CampaignScheduler.State.TEAM_SERVER, tick.state());
                assertEquals(null, tick.lastError());
            }
            assertEquals(0, tracking.pull(), "the tick moved the cursor on: nothing is applied twice");
            assertEquals(new StepCondition.Engagement(true, true, false), ws.ports.touches().engagement(annIn.id(), 1));
            assertEquals(StepCondition.Engagement.NONE, ws.ports.touches().engagement(bobIn.id(), 1));

            ws.clock.advance(Duration.ofDays(2));
            assertEquals(1, runner.runOnce().sent());
            assertEquals(2, to(mail, ann.getEmail()).size(), "Ann opened: her follow-up went");
            assertEquals(1, to(mail, bob.getEmail()).size(), "Bob did not open: his step was skipped");
            assertEquals("Since you had a look", to(mail, ann.getEmail()).get(1).getSubject());
        } finally {
            mail.stop();
            target.cleanup().close();
        }
    }

    /** A team server user logs in and the workspace stores the link, as Settings ▸ Team server does. */
    private static void link(CampaignWorkspace ws, TeamServer server, URI base, String email, String team) {
        var userId = server.accounts().addUser(email, "Rita Rep", Role.REP, team, PASSWORD.toCharArray());
        SyncClient client = new SyncClient(base, Json.mapper());
        String token = client.login(email, PASSWORD.toCharArray()).token();
        StoredReplica.of(ws.store).link().saveLink(new ServerLink(base, email, userId, "Rita Rep"), token);
    }

    private static CampaignPlan openedFollowUp() {
        return new CampaignPlan(Ids.newId(), "Tracked", "Meeting booked", Audience.MANUAL, CampaignWorkspace.SENDER,
                "Nexus Sales", List.of(Step.of(0, Channel.EMAIL, new Template("A", "Our prices", "Hi {{firstName|there}},"
                                + " our prices are at " + PRICING + ". Questions?")),
                        new Step(2, Channel.EMAIL, StepCondition.of(StepCondition.Kind.OPENED_PREVIOUS),
                                List.of(new Template("A", "Since you had a look", "Hi {{firstName}}, shall we talk?")))));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex + " in " + html);
        return m.group(1).replace("&amp;", "&");
    }

    private static BodyPart part(MimeMultipart parts, String type) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static int pixels(MimeMultipart parts) throws Exception {
        return ((String) part(parts, "text/html").getContent()).split("<img ", -1).length - 1;
    }

    private static List<MimeMessage> to(GreenMail mail, String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (((InternetAddress) m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getAddress().equals(address)) {
                found.add(m);
            }
        }
        return found;
    }

    private static MimeMessage only(GreenMail mail, String address) throws Exception {
        List<MimeMessage> found = to(mail, address);
        assertEquals(1, found.size());
        return found.get(0);
    }
}
