package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.campaign.email.SmtpEmailChannel;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.campaign.TeamSending;
import com.nexuscrm.storage.StoredEnrolments;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.usecase.HandOverCampaigns;
import com.nexuscrm.usecase.Workspace;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17's must-show: two workstations and two server instances on one database (a shared H2 file, or PostgreSQL
 * when NEXUS_TEST_PG_URL is set), db-scheduler running the campaign engine on the instances, GreenMail as the SMTP
 * server. Interleaved: a hand-over sent twice, server A killed (its connection pool closed) right after its SMTP server
 * accepted a touch and before the touch was marked sent, the workstation's store closed between the server's answer and
 * the mirror then reopened and the hand-over retried, an exit recorded offline and handed over on reconnect, a
 * restarted instance and overlapping runs. Every due touch arrives exactly once: each expected Message-ID once at
 * GreenMail, none missing, none extra.
 */
class CampaignExactlyOnceTest {
    private static final String PASSWORD = "exactly-once-1";
    private static final Duration EVERY = Duration.ofMillis(200);
    private static final Duration HEARTBEAT = Duration.ofMillis(200);

    static List<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyDueTouchIsDeliveredExactlyOnce(ServerTargets.Kind kind, @TempDir Path dir) throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
        mail.start();
        ServerTargets.Target target = kind.fresh();
        MutableClock clock = new MutableClock(CampaignWorkspace.MONDAY_9AM.plus(Duration.ofHours(1)));
        List<AutoCloseable> open = new ArrayList<>();
        try {
            AtomicInteger aSends = new AtomicInteger();
            CountDownLatch aKilled = new CountDownLatch(1);
            ServerDatabase dbA = ServerDatabase.open(target.url());
            ServerDatabase dbB = ServerDatabase.open(target.url());
            open.add(dbB);
            TeamServer a = new TeamServer(dbA, clock, Duration.ofHours(12));
            a.campaigns().every(EVERY, HEARTBEAT).channels(s -> Map.of(Channel.EMAIL, killAfter(3, smtp(s), aSends, () -> {
                dbA.close(); // the instance loses the database between the SMTP server's 250 and "mark sent"
                aKilled.countDown();
            })));
            TeamServer b = new TeamServer(dbB, clock, Duration.ofHours(12));
            b.campaigns().every(EVERY, HEARTBEAT).scheduling(false).channels(s -> Map.of(Channel.EMAIL, smtp(s)));
            b.start("127.0.0.1", 0);
            open.add(0, b);
            UUID team = accounts(b, mail);

            CampaignWorkspace w1 = new CampaignWorkspace(dir.resolve("w1"));
            CampaignWorkspace w2 = new CampaignWorkspace(dir.resolve("w2"));
            open.add(0, w1);
            CampaignPlan p1 = plan(w1, "W1 nurture");
            CampaignPlan p2 = plan(w2, "W2 nurture");
            List<Enrolment> expected = new ArrayList<>(enrol(w1, p1, "One", 10));
            expected.addAll(enrol(w2, p2, "Two", 10));

            // Phase 1: W1 hands over to A (twice: a retry), A sends; W2 hands over to B and its store dies mid-hand-over.
            a.start("127.0.0.1", 0);
            SyncClient toA = client(a, "w1");
            SyncClient toB = client(b, "w2");
            HandOverCampaigns.Result w1First = handOver(w1).run(toA::handOver);
            assertEquals(10, w1First.enrolmentsAdded());
            assertEquals(0, handOver(w1).run(toA::handOver).enrolmentsAdded(), "the retry changes nothing");
            assertThrows(RuntimeException.class, () -> handOver(w2).run(request -> {
                var answer = toB.handOver(request);
                w2.store.close(); // the workstation dies after the server answered, before it mirrored
                return answer;
            }));
            assertTrue(aKilled.await(60, TimeUnit.SECONDS), "server A sent three touches and was killed");
            a.close();

            CampaignWorkspace w2again = CampaignWorkspace.reopen(dir.resolve("w2"));
            open.add(0, w2again);
            HandOverCampaigns.Result retried = handOver(w2again).run(toB::handOver);
            assertEquals(0, retried.enrolmentsAdded(), "the server had them already");

            // An exit recorded offline on W2 is handed over before the server sends that step.
            Enrolment zed = enrol(w2again, p2, "Zed", 1).get(0);
            handOver(w2again).run(toB::handOver);
            new StoredEnrolments(w2again.store, w2again.clock).exit(zed.id(), ExitReason.REPLIED);
            assertEquals(1, handOver(w2again).run(toB::handOver).exitsApplied());
            handOver(w1).run(client(b, "w1")::handOver); // W1 reconnects through the other instance

            // Phase 2: B takes over (reviving the execution dead A held) and sends the rest.
            b.campaigns().scheduling(true).start("instance-b");
            assertTrue(mail.waitForIncomingEmail(60_000, 20), "20 touches arrive; got " + mail.getReceivedMessages().length);

            // Phase 3: A restarts on a new pool; more enrolments; both instances schedule, and overlapping runs too.
            ServerDatabase dbA2 = ServerDatabase.open(target.url());
            open.add(dbA2);
            TeamServer a2 = new TeamServer(dbA2, clock, Duration.ofHours(12));
            a2.campaigns().every(EVERY, HEARTBEAT).channels(s -> Map.of(Channel.EMAIL, smtp(s)));
            a2.start("127.0.0.1", 0);
            open.add(0, a2);
            expected.addAll(enrol(w1, p1, "Three", 10));
            expected.addAll(enrol(w2again, p2, "Four", 10));
            handOver(w1).run(client(a2, "w1")::handOver);
            handOver(w2again).run(toB::handOver);
            Thread overlapA = new Thread(() -> repeat(() -> a2.campaigns().runTeams(), 3));
            Thread overlapB = new Thread(() -> repeat(() -> b.campaigns().runTeams(), 3));
            overlapA.start();
            overlapB.start();
            overlapA.join(60_000);
            overlapB.join(60_000);
            assertTrue(mail.waitForIncomingEmail(60_000, 40), "40 touches arrive; got " + mail.getReceivedMessages().length);
            assertEquals(0, b.campaigns().runTeams().sent(), "nothing is left to send");
            assertEquals(0, a2.campaigns().runTeams().sent(), "nothing is left to send");

            Map<String, Integer> arrived = new HashMap<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                arrived.merge(m.getMessageID(), 1, Integer::sum);
            }
            Set<String> want = new HashSet<>();
            for (Enrolment e : expected) {
                want.add(ScheduledTouch.pending(e.id(), 0, "A", Channel.EMAIL, CampaignWorkspace.SENDER, null, null).messageId());
            }
            assertEquals(want, arrived.keySet(), "every due touch arrived, and nothing else (not Zed's)");
            arrived.forEach((id, n) -> assertEquals(1, n, id + " arrived " + n + " times"));
            assertEquals(40, mail.getReceivedMessages().length);
            long stuck = expected.stream().flatMap(e -> b.campaigns().ports(team).touches().forEnrolment(e.id()).stream())
                    .filter(t -> t.status() == TouchStatus.SENDING).count();
            assertEquals(1, stuck, "the touch A sent as it died stays SENDING: never sent again");

            handOver(w2again).run(toB::handOver);
            assertEquals(EnrolmentStatus.EXITED, w2again.reload(zed).status());
            assertEquals(TouchStatus.SENT, w2again.touches(expected.get(35)).get(0).status(), "the server's sends are mirrored");
        } finally {
            for (AutoCloseable c : open) {
                try {
                    c.close();
                } catch (Exception | Error ignored) {
                    // closing what is left; the first failure is the test's
                }
            }
            target.cleanup().close();
            mail.stop();
        }
    }

    private static UUID accounts(TeamServer server, GreenMail mail) throws Exception {
        server.accounts().addUser("boss@growth.test", "Boss", Role.MANAGER, "Growth", PASSWORD.toCharArray());
        server.accounts().addUser("w1@growth.test", "One", Role.REP, "Growth", PASSWORD.toCharArray());
        server.accounts().addUser("w2@growth.test", "Two", Role.REP, "Growth", PASSWORD.toCharArray());
        String settings = "{\"dailyLimit\":500,\"email\":{\"smtp\":{\"host\":\"127.0.0.1\",\"port\":" + mail.getSmtp().getPort()
                + ",\"security\":\"NONE\",\"username\":null,\"password\":null},\"imap\":null,\"imapFolder\":null,"
                + "\"envelopeFrom\":null,\"unsubscribeAddress\":\"unsubscribe@nexus.test\","
                + "\"unsubscribeUrl\":\"https://crm.nexus.test/u\",\"timeoutMillis\":10000}}";
        ServerHttp http = new ServerHttp(server.port());
        assertEquals(200, http.send("PUT", "/campaigns/settings", http.token("boss@growth.test", PASSWORD), settings).statusCode());
        return server.accounts().authenticate("boss@growth.test", PASSWORD.toCharArray()).orElseThrow().teamId();
    }

    private static SyncClient client(TeamServer server, String user) {
        SyncClient client = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), Json.mapper());
        client.login(user + "@growth.test", PASSWORD.toCharArray());
        return client;
    }

    private static HandOverCampaigns handOver(CampaignWorkspace ws) {
        return new HandOverCampaigns(Workspace.over(ws.store), ws.clock, ZoneOffset.UTC);
    }

    private static CampaignPlan plan(CampaignWorkspace ws, String name) {
        CampaignPlan plan = CampaignHandoverFixtures.plan(name);
        ws.ports.plans().save(plan);
        return plan;
    }

    private static List<Enrolment> enrol(CampaignWorkspace ws, CampaignPlan plan, String prefix, int n) {
        List<Enrolment> enrolled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            enrolled.add(ws.enrol(plan, ws.lead(prefix + i, "Lead")));
        }
        return enrolled;
    }

    private static OutboundChannel smtp(TeamSending sending) {
        return new SmtpEmailChannel(sending.email());
    }

    /** The channel, which after its {@code n}th delivered message runs {@code kill} (the instance dies there). */
    private static OutboundChannel killAfter(int n, OutboundChannel channel, AtomicInteger sends, Runnable kill) {
        return new OutboundChannel() {
            @Override
            public Channel channel() {
                return channel.channel();
            }

            @Override
            public void send(OutboundMessage message) throws SendFailure {
                channel.send(message);
                if (sends.incrementAndGet() == n) {
                    kill.run();
                }
            }
        };
    }

    private static void repeat(Runnable run, int times) {
        for (int i = 0; i < times; i++) {
            run.run();
        }
    }
}
