package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.sync.PendingChange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synced "do not contact" flag over a real encrypted workspace: honoured on every channel (email, and SMS even with
 * consent on record), set by an unsubscribe and queued for sync in the same step, and not set by a bounce (a dead
 * mailbox says nothing about calls).
 */
class DoNotContactTest {
    @TempDir Path dir;
    private CampaignWorkspace ws;

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private List<PendingChange> pendingFor(Lead lead) {
        return StoredReplica.of(ws.store).outbox().pending(10_000).stream()
                .filter(c -> c.recordId().equals(lead.getId())).toList();
    }

    @Test
    void aFlaggedPersonIsRefusedOnEveryChannelAndAFlagSetLaterStopsTheNextTouch() {
        Lead ann = ws.lead("Ann", "Archer");
        ann.setDoNotContact(true);
        ann = ws.store.leads().save(ann);
        ws.ports.policy().recordConsent(new Consent(ann.getId(), Channel.SMS, true, "web form", ws.clock.instant()));
        assertTrue(ws.ports.policy().blocked(ann.getId(), "+442079460958", Channel.SMS).orElseThrow()
                .contains("the lead's Do not contact flag"), "consent for texts does not outweigh do not contact");
        var plan = ws.threeStepEmail("Welcome");
        Lead flagged = ann;
        ValidationException refused = assertThrows(ValidationException.class, () -> ws.enrol(plan, flagged));
        assertTrue(refused.getMessage().contains("do not contact"), refused.getMessage());

        Lead bob = ws.lead("Bob", "Baker");
        Enrolment bobIn = ws.enrol(plan, bob);
        bob.setDoNotContact(true);
        ws.store.leads().save(bob);
        RecordingChannel email = new RecordingChannel(Channel.EMAIL);
        ws.runner(Map.of(Channel.EMAIL, email)).runOnce();
        assertTrue(email.sent.isEmpty(), "flagged after enrolment: nothing goes out");
        assertEquals(ExitReason.SUPPRESSED, ws.reload(bobIn).exitReason());

        Contact cy = new Contact();
        cy.setFirstName("Cy");
        cy.setLastName("Cole");
        cy.setEmail("cy@cole.test");
        cy.setCreatedAt(ws.clock.instant());
        cy.setDoNotContact(true);
        cy = ws.store.repository(Contact.class).save(cy);
        assertTrue(ws.ports.policy().blocked(cy.getId(), "cy@cole.test", Channel.EMAIL).orElseThrow()
                .contains("the contact's Do not contact flag"));
    }

    @Test
    void anUnsubscribeSetsTheSyncedFlagAndABounceDoesNot() {
        var plan = ws.threeStepEmail("Welcome");
        Lead ann = ws.lead("Ann", "Archer");
        Lead bob = ws.lead("Bob", "Baker");
        Enrolment annIn = ws.enrol(plan, ann);
        Enrolment bobIn = ws.enrol(plan, bob);
        ws.runner(Map.of(Channel.EMAIL, new RecordingChannel(Channel.EMAIL))).runOnce();
        int before = pendingFor(ann).size();

        InboundHandler inbound = new InboundHandler(ws.ports, ws.clock);
        inbound.unsubscribeByToken(ws.touches(annIn).get(0).id());
        ScheduledTouch bobTouch = ws.touches(bobIn).get(0);
        inbound.handle(new InboundMail(InboundMail.Kind.BOUNCE, "mailer-daemon@x.test", List.of(bobTouch.messageId()),
                bobTouch.address(), null));

        assertTrue(ws.store.leads().find(ann.getId()).orElseThrow().isDoNotContact());
        assertEquals(before + 1, pendingFor(ann).size(), "the flag is a change in the outbox: it syncs with the next round");
        assertTrue(pendingFor(ann).get(pendingFor(ann).size() - 1).fields().has("doNotContact"));
        assertEquals(EnrolmentStatus.EXITED, ws.reload(bobIn).status());
        assertFalse(ws.store.leads().find(bob.getId()).orElseThrow().isDoNotContact(), "a bounce suppresses the address only");
        inbound.unsubscribeByToken(ws.touches(annIn).get(0).id());
        assertEquals(before + 1, pendingFor(ann).size(), "a second unsubscribe changes nothing more");
        assertTrue(ws.ports.policy().blocked(ann.getId(), null, Channel.VOICE_TASK).isPresent());
        assertTrue(ws.ports.policy().blocked(ann.getId(), null, Channel.SMS).isPresent());
        assertThrows(ValidationException.class, () -> ws.enrol(ws.threeStepEmail("Another"), ann));
    }
}
