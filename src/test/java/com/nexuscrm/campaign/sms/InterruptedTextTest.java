package com.nexuscrm.campaign.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.SendingReconciler;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts a crash left SENDING, against the loopback gateway (which, like a real one honouring Idempotency-Key, answers
 * a repeated key with the first message): after {@link SendingReconciler#STALE_AFTER} each is posted again with the
 * same key, so the one the gateway already took is not a second text and the one it never got goes out once; one whose
 * recipient has opted out since is not posted but marked UNKNOWN. Nothing happens before the threshold.
 */
class InterruptedTextTest {
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private LocalSmsGateway gateway;

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

    /** The enrolment's touch, scheduled (a run without an SMS channel leaves it pending) and claimed, as a crash leaves it. */
    private ScheduledTouch claimed(Enrolment e) {
        ws.runner(Map.of()).runOnce();
        ScheduledTouch touch = ws.touches(e).get(0);
        assertTrue(ws.ports.touches().claim(touch.id(), ws.clock.instant()));
        return touch;
    }

    @Test
    void aTextLeftSendingIsPostedAgainWithTheSameKeyAndNeverSentTwice() throws Exception {
        CampaignPlan plan = CampaignSmsGatewayTest.textPlan(ws);
        Enrolment ann = ws.enrol(plan, CampaignSmsGatewayTest.consentingLead(ws, "Ann", "Archer"));
        Enrolment bob = ws.enrol(plan, CampaignSmsGatewayTest.consentingLead(ws, "Bob", "Baker"));
        var cat = CampaignSmsGatewayTest.consentingLead(ws, "Cat", "Cole");
        Enrolment catIn = ws.enrol(plan, cat);
        SmsGatewayChannel channel = new SmsGatewayChannel(SmsSettings.of(gateway.baseUrl(), CampaignSmsGatewayTest.ACCOUNT,
                CampaignSmsGatewayTest.TOKEN, CampaignSmsGatewayTest.FROM));
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
