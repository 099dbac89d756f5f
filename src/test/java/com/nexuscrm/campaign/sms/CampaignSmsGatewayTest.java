package com.nexuscrm.campaign.sms;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.RunReport;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.campaign.SendingReconciler;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
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
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SMS step of a campaign through {@link SmsGatewayChannel} against a real HTTP server on loopback
 * ({@link LocalSmsGateway}): what the request carries, and what each kind of answer does to the touch; a text a crash
 * left SENDING is posted again with the same Idempotency-Key ({@link SendingReconciler}) and never sent twice. The
 * clock is moved by the test; nothing sleeps.
 */
class CampaignSmsGatewayTest {
    static final String ACCOUNT = "AC0123456789abcdef";
    static final String TOKEN = "gateway-secret-token";
    static final String FROM = "+15005550006";

    @TempDir Path dir;
    private CampaignWorkspace ws;
    private LocalSmsGateway gateway;
    private final List<SmsReceipt> receipts = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        gateway = new LocalSmsGateway();
    }

    @AfterEach
    void close() {
        gateway.close();
        ws.close();
    }

    static CampaignPlan textPlan(CampaignWorkspace ws) {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Texts", "Meeting booked", Audience.MANUAL, CampaignWorkspace.SENDER,
                "Nexus Sales", List.of(Step.of(0, Channel.SMS, new Template("A", null,
                        "Hi {{firstName|there}}, {{senderName}} here about {{company|your team}}. 10 min this week?"))));
        ws.ports.plans().save(plan);
        return plan;
    }

    static Lead consentingLead(CampaignWorkspace ws, String first, String last) {
        Lead lead = ws.lead(first, last);
        ws.ports.policy().recordConsent(new Consent(lead.getId(), Channel.SMS, true, "web form opt-in", ws.clock.instant()));
        return lead;
    }

    private CampaignRunner runner(String baseUrl) {
        SmsSettings settings = SmsSettings.of(baseUrl, ACCOUNT, TOKEN, FROM);
        return ws.runner(Map.of(Channel.SMS, new SmsGatewayChannel(settings, receipts::add)));
    }

    @Test
    void theStepIsPostedWithBasicAuthTheFilledInFormAndTheTouchIdAsIdempotencyKey() {
        Enrolment e = ws.enrol(textPlan(ws), consentingLead(ws, "Ann", "Archer"));

        RunReport report = runner(gateway.baseUrl()).runOnce();

        assertEquals(1, report.sent());
        assertEquals(1, gateway.requests.size());
        LocalSmsGateway.Request request = gateway.requests.get(0);
        ScheduledTouch touch = ws.touches(e).get(0);
        assertEquals("POST", request.method());
        assertEquals("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json", request.path());
        assertEquals("Basic " + Base64.getEncoder().encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)),
                request.header("Authorization"));
        assertTrue(request.header("Content-Type").startsWith("application/x-www-form-urlencoded"), request.header("Content-Type"));
        assertEquals(touch.id().toString(), request.header("Idempotency-Key"));
        assertEquals(Map.of("To", "+442079460958", "From", FROM,
                "Body", "Hi Ann, Nexus Sales here about Archer Ltd. 10 min this week?"), request.form());
        assertEquals(TouchStatus.SENT, touch.status());
        assertEquals(EnrolmentStatus.COMPLETED, ws.reload(e).status());
        assertEquals(List.of(new SmsReceipt(touch.id(), "+442079460958", "SM" + "0".repeat(31) + "1", "queued")), receipts);
    }

    @Test
    void a500KeepsTheTouchPendingWithBackoffAndTheNextRunDeliversExactlyOnce() {
        gateway.thenAnswer(500, "{\"code\":20500,\"message\":\"Internal Server Error\"}");
        Enrolment e = ws.enrol(textPlan(ws), consentingLead(ws, "Ann", "Archer"));
        CampaignRunner runner = runner(gateway.baseUrl());

        assertEquals(1, runner.runOnce().retried());
        ScheduledTouch touch = ws.touches(e).get(0);
        assertEquals(TouchStatus.PENDING, touch.status());
        assertEquals(1, touch.attempts());
        assertEquals(ws.clock.instant().plus(Duration.ofMinutes(1)), touch.nextAttemptAt());
        assertTrue(touch.lastError().contains("HTTP 500: Internal Server Error"), touch.lastError());
        assertEquals(RunReport.NONE, runner.runOnce(), "not due again before its backoff");
        assertEquals(1, gateway.requests.size());

        ws.clock.advance(Duration.ofMinutes(1));
        assertEquals(1, runner.runOnce().sent());
        ws.clock.advance(Duration.ofHours(2));
        assertEquals(RunReport.NONE, runner.runOnce());

        assertEquals(2, gateway.requests.size(), "one refused with 500, one accepted");
        assertEquals(1, gateway.accepted(), "delivered exactly once");
        assertEquals(gateway.requests.get(0).header("Idempotency-Key"), gateway.requests.get(1).header("Idempotency-Key"));
        assertEquals(TouchStatus.SENT, ws.touches(e).get(0).status());
        assertEquals(1, ws.touches(e).get(0).attempts(), "attempts counts the failed tries");
    }

    @Test
    void a400FailsTheTouchWithTheGatewaysMessageAndIsNotTriedAgain() {
        gateway.thenAnswer(400, "{\"code\":21211,\"message\":\"The 'To' number +442079460958 is not a valid phone number.\","
                + "\"more_info\":\"https://www.twilio.com/docs/errors/21211\",\"status\":400}");
        Enrolment e = ws.enrol(textPlan(ws), consentingLead(ws, "Ann", "Archer"));
        CampaignRunner runner = runner(gateway.baseUrl());

        assertEquals(1, runner.runOnce().failed());
        ws.clock.advance(Duration.ofDays(1));
        runner.runOnce();

        ScheduledTouch touch = ws.touches(e).get(0);
        assertEquals(TouchStatus.FAILED, touch.status());
        assertEquals("The SMS gateway refused the text to +442079460958: The 'To' number +442079460958 is not a valid phone"
                + " number. (code 21211, HTTP 400).", touch.lastError());
        assertEquals(ExitReason.BOUNCED, ws.reload(e).exitReason());
        assertEquals(1, gateway.requests.size());
        assertTrue(receipts.isEmpty());
    }

    @Test
    void anUnreachableGatewayIsRetryableAndTheTouchStaysPending() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Enrolment e = ws.enrol(textPlan(ws), consentingLead(ws, "Ann", "Archer"));

        assertEquals(1, runner("http://127.0.0.1:" + port + "/2010-04-01").runOnce().retried());

        ScheduledTouch touch = ws.touches(e).get(0);
        assertEquals(TouchStatus.PENDING, touch.status());
        assertEquals(ws.clock.instant().plus(Duration.ofMinutes(1)), touch.nextAttemptAt());
        assertTrue(touch.lastError().startsWith("The SMS gateway at http://127.0.0.1:" + port + "/2010-04-01 could not be"
                + " reached"), touch.lastError());
        assertEquals(EnrolmentStatus.ACTIVE, ws.reload(e).status());
    }

    @Test
    void rateLimitingAndAWrongLoginAreRetryableOtherClientErrorsAreNot() {
        gateway.thenAnswer(429, "{\"message\":\"Too Many Requests\"}")
                .thenAnswer(401, "{\"code\":20003,\"message\":\"Authenticate\"}")
                .thenAnswer(404, "")
                .thenAnswer(503, "<html>upstream down</html>")
                .thenAnswer(200, "{}");
        SmsGatewayChannel channel = new SmsGatewayChannel(SmsSettings.of(gateway.baseUrl(), ACCOUNT, "wrong", FROM));
        OutboundMessage text = new OutboundMessage(Ids.newId(), "<x@nexus.test>", CampaignWorkspace.SENDER, null,
                "+1 (415) 555-0100", null, "Hello");

        SendFailure limited = assertThrows(SendFailure.class, () -> channel.submit(text));
        SendFailure login = assertThrows(SendFailure.class, () -> channel.submit(text));
        SendFailure notFound = assertThrows(SendFailure.class, () -> channel.submit(text));
        SendFailure down = assertThrows(SendFailure.class, () -> channel.submit(text));
        SmsReceipt noSid = assertDoesNotThrow(() -> channel.submit(text));

        assertFalse(limited.permanent());
        assertTrue(limited.getMessage().contains("limiting our requests (HTTP 429: Too Many Requests)"), limited.getMessage());
        assertFalse(login.permanent());
        assertTrue(login.getMessage().contains("check the SMS account id and auth token"), login.getMessage());
        assertTrue(notFound.permanent());
        assertEquals("The SMS gateway refused the text to +14155550100: no reason given (HTTP 404).", notFound.getMessage());
        assertFalse(down.permanent());
        assertTrue(down.getMessage().contains("(HTTP 503: <html>upstream down</html>)"), down.getMessage());
        assertNull(noSid.sid());
        assertEquals("+14155550100", gateway.requests.get(0).form().get("To"));
        assertEquals(5, gateway.requests.size());
    }

    /** The enrolment's touch, scheduled (a run without an SMS channel leaves it pending) and claimed, as a crash leaves it. */
    private ScheduledTouch claimed(Enrolment e) {
        ws.runner(Map.of()).runOnce();
        ScheduledTouch touch = ws.touches(e).get(0);
        assertTrue(ws.ports.touches().claim(touch.id(), ws.clock.instant()));
        return touch;
    }

    @Test
    void aTextLeftSendingIsPostedAgainWithTheSameKeyAndNeverSentTwice() throws Exception {
        CampaignPlan plan = textPlan(ws);
        Enrolment ann = ws.enrol(plan, consentingLead(ws, "Ann", "Archer"));
        Enrolment bob = ws.enrol(plan, consentingLead(ws, "Bob", "Baker"));
        var cat = consentingLead(ws, "Cat", "Cole");
        Enrolment catIn = ws.enrol(plan, cat);
        SmsGatewayChannel channel = new SmsGatewayChannel(SmsSettings.of(gateway.baseUrl(), ACCOUNT,
                TOKEN, FROM));
        ScheduledTouch annTouch = claimed(ann);
        ScheduledTouch bobTouch = claimed(bob);
        ScheduledTouch catTouch = claimed(catIn);
        // Ann's text reached the gateway, then the workstation died before marking it; Bob's and Cat's never left
        channel.submit(new OutboundMessage(annTouch.id(), annTouch.messageId(), CampaignWorkspace.SENDER, "Nexus Sales",
                annTouch.address(), null, "Hi Ann, Nexus Sales here about Archer Ltd. 10 min this week?"));
        ws.ports.policy().suppress(new Suppression(com.nexuscrm.domain.Ids.newId(), cat.getId(), null, Channel.SMS, Suppression.Reason.UNSUBSCRIBED,
                "replied STOP", ws.clock.instant()));
        CampaignRunner runner = ws.runner(Map.of(Channel.SMS, channel));

        ws.clock.advance(SendingReconciler.STALE_AFTER.minusMinutes(1));
        runner.runOnce();
        assertEquals(1, gateway.requests.size(), "nothing is touched before the threshold");
        assertEquals(TouchStatus.SENDING, ws.touches(ann).get(0).status());

        ws.clock.advance(Duration.ofMinutes(2));
        assertEquals(2, runner.runOnce().sent());

        assertEquals(3, gateway.requests.size(), "Ann's and Bob's posted again, Cat's not at all");
        assertEquals(java.util.Set.of(annTouch.id().toString(), bobTouch.id().toString()), java.util.Set.of(
                gateway.requests.get(1).header("Idempotency-Key"), gateway.requests.get(2).header("Idempotency-Key")));
        assertEquals(2, gateway.accepted(), "two texts in all: Ann's repeat was answered with her first message");
        assertEquals(TouchStatus.SENT, ws.touches(ann).get(0).status());
        assertEquals(TouchStatus.SENT, ws.touches(bob).get(0).status());
        assertEquals(EnrolmentStatus.COMPLETED, ws.reload(ann).status());
        ScheduledTouch catAfter = ws.touches(catIn).get(0);
        assertEquals(TouchStatus.UNKNOWN, catAfter.status());
        assertTrue(catAfter.lastError().contains("Sent status unknown") && catAfter.lastError().contains("unsubscribed"),
                catAfter.lastError());
        assertEquals(catTouch.id(), catAfter.id());

        ws.clock.advance(Duration.ofDays(1));
        runner.runOnce();
        assertEquals(3, gateway.requests.size(), "settled touches are never posted again");
    }
}
