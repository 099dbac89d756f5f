package com.nexuscrm.campaign.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignRunner;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.RunReport;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
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
 * What the SMS channel refuses before anything reaches the gateway (a number that is not E.164, a text too long,
 * settings that cannot work) and whom the campaign never texts (no SMS consent, consent withdrawn, do-not-contact).
 * Each case checks the local gateway saw no request.
 */
class SmsRefusalTest {
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private LocalSmsGateway gateway;
    private SmsGatewayChannel channel;

    @BeforeEach
    void open() throws Exception {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        gateway = new LocalSmsGateway();
        channel = new SmsGatewayChannel(SmsSettings.of(gateway.baseUrl(), CampaignSmsGatewayTest.ACCOUNT,
                CampaignSmsGatewayTest.TOKEN, CampaignSmsGatewayTest.FROM));
    }

    @AfterEach
    void close() {
        gateway.close();
        ws.close();
    }

    private CampaignRunner runner() {
        return ws.runner(Map.of(Channel.SMS, channel));
    }

    @Test
    void aPhoneThatIsNotE164IsRefusedAtEnrolmentAndAtSendNamingTheFieldAndNothingIsSent() {
        CampaignPlan plan = CampaignSmsGatewayTest.textPlan(ws);
        Lead local = CampaignSmsGatewayTest.consentingLead(ws, "Lou", "Local");
        local.setPhone("020 7946 0958");
        ws.store.leads().save(local);
        ValidationException atEnrolment = assertThrows(ValidationException.class, () -> ws.enrol(plan, local));
        assertEquals("Lou Local: Phone '020 7946 0958' is not an international mobile number: write it in E.164 form, a '+',"
                + " the country code and the number (7 to 15 digits, e.g. +14155550100); the SMS steps need it",
                atEnrolment.getMessage());

        Lead ann = CampaignSmsGatewayTest.consentingLead(ws, "Ann", "Archer");
        Enrolment e = ws.enrol(plan, ann);
        ann.setPhone("020 7946 0958");
        ws.store.leads().save(ann);
        assertEquals(1, runner().runOnce().failed());

        ScheduledTouch touch = ws.touches(e).get(0);
        assertEquals(TouchStatus.FAILED, touch.status());
        assertTrue(touch.lastError().startsWith("Not sent: the recipient's Phone '020 7946 0958' is not an international"
                + " mobile number"), touch.lastError());
        assertEquals(0, gateway.requests.size());
    }

    @Test
    void aTextOverTheLimitOrEmptyIsRefusedWithItsLengthAndNothingIsSent() {
        OutboundMessage tooLong = new OutboundMessage(Ids.newId(), "<x@nexus.test>", CampaignWorkspace.SENDER, null,
                "+14155550100", null, "x".repeat(SmsGatewayChannel.MAX_BODY + 1));
        OutboundMessage empty = new OutboundMessage(Ids.newId(), "<y@nexus.test>", CampaignWorkspace.SENDER, null,
                "+14155550100", null, "  ");
        OutboundMessage noNumber = new OutboundMessage(Ids.newId(), "<z@nexus.test>", CampaignWorkspace.SENDER, null,
                null, null, "Hello");

        SendFailure long1601 = assertThrows(SendFailure.class, () -> channel.send(tooLong));
        SendFailure blank = assertThrows(SendFailure.class, () -> channel.send(empty));
        SendFailure missing = assertThrows(SendFailure.class, () -> channel.send(noNumber));

        assertTrue(long1601.permanent() && blank.permanent() && missing.permanent());
        assertEquals("Not sent: the text to +14155550100 has 1601 characters after its merge fields were filled; a text is at"
                + " most 1600. Shorten the step's message or its merge fields.", long1601.getMessage());
        assertEquals("Not sent: the text to +14155550100 is empty after its merge fields were filled.", blank.getMessage());
        assertTrue(missing.getMessage().startsWith("Not sent: the recipient's Phone is empty"), missing.getMessage());
        assertEquals(0, gateway.requests.size());
    }

    @Test
    void withoutSmsConsentWithConsentWithdrawnOrOnDoNotContactNothingIsSent() {
        CampaignPlan plan = CampaignSmsGatewayTest.textPlan(ws);
        Lead bob = ws.lead("Bob", "Baker");
        ValidationException refused = assertThrows(ValidationException.class, () -> ws.enrol(plan, bob));
        assertEquals("Bob Baker: SMS is not consented to: no SMS consent is on record (record the person's consent with its"
                + " source and date first)", refused.getMessage());
        Enrolment byRule = ws.ports.enrolments().enrol(Enrolment.start(Ids.newId(), plan.id(), PersonRef.lead(bob.getId()),
                ws.clock.instant()));
        Lead cat = CampaignSmsGatewayTest.consentingLead(ws, "Cat", "Cole");
        Enrolment catIn = ws.enrol(plan, cat);
        ws.ports.policy().recordConsent(new Consent(cat.getId(), Channel.SMS, false, "replied STOP",
                ws.clock.instant().plusSeconds(1)));
        Lead dan = CampaignSmsGatewayTest.consentingLead(ws, "Dan", "Dale");
        Enrolment danIn = ws.enrol(plan, dan);
        ws.ports.policy().suppress(new Suppression(Ids.newId(), dan.getId(), null, null, Suppression.Reason.DO_NOT_CONTACT,
                "rep marked do not contact", ws.clock.instant()));
        ws.clock.advance(Duration.ofMinutes(1));

        RunReport report = runner().runOnce();

        assertEquals(3, report.cancelled());
        assertEquals(0, report.sent());
        assertEquals(0, gateway.requests.size());
        assertCancelled(byRule, "not consented to: no SMS consent is on record");
        assertCancelled(catIn, "consent for SMS withdrawn (replied STOP");
        assertCancelled(danIn, "suppressed: do not contact (every channel");
    }

    @Test
    void settingsThatCannotWorkAreRefusedNamingTheSetting() {
        IllegalArgumentException from = assertThrows(IllegalArgumentException.class,
                () -> SmsSettings.of(gateway.baseUrl(), "AC1", "token", "0800 123"));
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> SmsSettings.of("ftp://gateway.test", "AC1", "token", "+15005550006"));
        IllegalArgumentException account = assertThrows(IllegalArgumentException.class,
                () -> SmsSettings.of(gateway.baseUrl(), "AC1/../x", "token", "+15005550006"));
        IllegalArgumentException token = assertThrows(IllegalArgumentException.class,
                () -> SmsSettings.of(gateway.baseUrl(), "AC1", " ", "+15005550006"));

        assertTrue(from.getMessage().startsWith("SMS sender number '0800 123' is not an international mobile number"),
                from.getMessage());
        assertTrue(url.getMessage().startsWith("SMS gateway URL 'ftp://gateway.test' must be an http or https URL"), url.getMessage());
        assertTrue(account.getMessage().startsWith("SMS account id 'AC1/../x' must be"), account.getMessage());
        assertEquals("SMS auth token is empty: copy it from the gateway's console.", token.getMessage());
        assertTrue(!SmsSettings.of(gateway.baseUrl(), "AC1", "s3cret", "+15005550006").toString().contains("s3cret"));
    }

    private void assertCancelled(Enrolment e, String why) {
        ScheduledTouch touch = ws.touches(e).get(0);
        assertEquals(TouchStatus.CANCELLED, touch.status());
        assertTrue(touch.lastError().startsWith(why), touch.lastError());
        assertEquals(ExitReason.SUPPRESSED, ws.reload(e).exitReason());
    }
}
