package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.json.Json;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.usecase.HandOverCampaigns;
import com.nexuscrm.usecase.Workspace;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The emails the team server sends itself carry the pixel and tracked links at the tracking URL the manager set; a
 * recipient's open reaches the server's own touch, so its "opened previous" step goes only to who opened (GreenMail,
 * a real server on loopback, H2 and PostgreSQL).
 */
class ServerTrackedEmailTest {
    private static final String PASSWORD = "server tracked password";
    private static final String PRICING = "https://example.com/pricing";
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // a mail client: no redirect followed

    static List<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theServersEmailsAreTrackedAndAnOpenDecidesTheNextStep(ServerTargets.Kind kind, @TempDir Path dir) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
        mail.start();
        MutableClock clock = new MutableClock(CampaignWorkspace.MONDAY_9AM.plus(Duration.ofHours(1)));
        try (ServerDatabase db = ServerDatabase.open(kind.fresh().url());
             TeamServer server = new TeamServer(db, clock, Duration.ofHours(12));
             CampaignWorkspace ws = new CampaignWorkspace(dir.resolve("w"))) {
            server.campaigns().scheduling(false);
            server.start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + server.port();
            server.accounts().addUser("boss@growth.test", "Boss", Role.MANAGER, "Growth", PASSWORD.toCharArray());
            server.accounts().addUser("rep@growth.test", "Rep", Role.REP, "Growth", PASSWORD.toCharArray());
            ServerHttp http = new ServerHttp(server.port());
            String settings = "{\"dailyLimit\":500,\"trackingUrl\":\"" + base + "\",\"email\":{\"smtp\":{\"host\":\"127.0.0.1\","
                    + "\"port\":" + mail.getSmtp().getPort() + ",\"security\":\"NONE\",\"username\":null,\"password\":null},"
                    + "\"imap\":null,\"imapFolder\":null,\"envelopeFrom\":null,\"unsubscribeAddress\":\"unsubscribe@nexus.test\","
                    + "\"unsubscribeUrl\":\"https://crm.nexus.test/u\",\"timeoutMillis\":10000}}";
            String boss = http.token("boss@growth.test", PASSWORD);
            assertEquals(400, http.send("PUT", "/campaigns/settings", boss, settings.replace(base, "ftp://x")).statusCode(),
                    "a tracking URL recipients cannot open is refused");
            assertEquals(200, http.send("PUT", "/campaigns/settings", boss, settings).statusCode());

            CampaignPlan plan = new CampaignPlan(Ids.newId(), "Tracked", "Meeting booked", Audience.MANUAL,
                    CampaignWorkspace.SENDER, "Nexus Sales", List.of(
                    Step.of(0, Channel.EMAIL, new Template("A", "Our prices", "Hi {{firstName}}, see " + PRICING + " today.")),
                    new Step(2, Channel.EMAIL, StepCondition.of(StepCondition.Kind.OPENED_PREVIOUS),
                            List.of(new Template("A", "Since you had a look", "Hi {{firstName}}, shall we talk?")))));
            ws.ports.plans().save(plan);
            Lead ann = ws.lead("Ann", "Archer");
            Lead bob = ws.lead("Bob", "Baker");
            ws.enrol(plan, ann);
            ws.enrol(plan, bob);
            SyncClient rep = new SyncClient(URI.create(base), Json.mapper());
            rep.login("rep@growth.test", PASSWORD.toCharArray());
            new HandOverCampaigns(Workspace.over(ws.store), ws.clock, ZoneOffset.UTC).run(rep::handOver);

            assertEquals(2, server.campaigns().runTeams().sent());
            String html = html(to(mail, ann.getEmail()).get(0));
            String pixel = first(html, "<img src=\"([^\"]+)\"");
            String click = first(html, "<a href=\"(" + Pattern.quote(base) + "/t/c/[^\"]+)\"");
            assertTrue(pixel.startsWith(base + "/t/o/"), pixel);
            HttpResponse<String> opened = get(pixel);
            assertEquals(200, opened.statusCode());
            HttpResponse<String> clicked = get(click);
            assertEquals(302, clicked.statusCode());
            assertEquals(PRICING, clicked.headers().firstValue("Location").orElseThrow());
            assertEquals(404, get(pixel.replace("/t/o/", "/t/o/x")).statusCode(), "an altered token counts nothing");

            clock.advance(Duration.ofDays(2));
            assertEquals(1, server.campaigns().runTeams().sent(), "only Ann opened: only she gets the follow-up");
            assertEquals(2, to(mail, ann.getEmail()).size());
            assertEquals(1, to(mail, bob.getEmail()).size());
        } finally {
            mail.stop();
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex + " in " + html);
        return m.group(1).replace("&amp;", "&");
    }

    private static String html(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/html")) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no HTML part in " + message.getContentType());
    }

    private static List<MimeMessage> to(GreenMail mail, String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (((InternetAddress) m.getAllRecipients()[0]).getAddress().equalsIgnoreCase(address)) {
                found.add(m);
            }
        }
        return found;
    }
}
