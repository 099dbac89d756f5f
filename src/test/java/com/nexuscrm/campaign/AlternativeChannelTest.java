package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step offering "SMS or email" on a real H2 workspace: stored as written, checked for both, sent where reachable. */
class AlternativeChannelTest {
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

    @Test
    void aStepWithASecondChannelIsStoredAndEachPersonGetsOneTheyCanReceive() {
        CampaignPlan plan = plan(Step.of(0, Channel.SMS, new Template("A", "Hello", "Hi {{firstName|there}}")).or(Channel.EMAIL));
        ws.ports.plans().save(plan);
        assertEquals(Channel.EMAIL, ws.ports.plans().find(plan.id()).orElseThrow().step(0).alternative(), "read back");
        Lead ann = ws.lead("Ann", "Archer");
        Lead bob = ws.lead("Bob", "Baker");
        ws.ports.policy().recordConsent(new Consent(bob.getId(), Channel.SMS, true, "web form", ws.clock.instant()));
        Enrolment a = ws.enrol(plan, ann);
        Enrolment b = ws.enrol(plan, bob);

        new CampaignRunner(ws.clock, ws.ports, RunnerSettings.defaults(java.time.ZoneOffset.UTC), Map.of()).runOnce();

        ScheduledTouch toAnn = ws.touches(a).get(0);
        assertEquals(Channel.EMAIL, toAnn.channel(), "no SMS consent: the email");
        assertEquals(ann.getEmail(), toAnn.address());
        assertEquals(Channel.SMS, ws.touches(b).get(0).channel(), "consented: the step's own channel first");
    }

    @Test
    void theSecondChannelMustDifferAndTheMessageSuitBoth() {
        ValidationException same = assertThrows(ValidationException.class, () -> ws.ports.plans().save(
                plan(Step.of(0, Channel.EMAIL, new Template("A", "Hi", "Hello")).or(Channel.EMAIL))));
        assertTrue(same.getMessage().contains("Step 1: the second channel must differ from the first"), same.getMessage());
        ValidationException subject = assertThrows(ValidationException.class, () -> ws.ports.plans().save(
                plan(Step.of(0, Channel.SMS, new Template("A", null, "Hello")).or(Channel.EMAIL))));
        assertTrue(subject.getMessage().contains("an email needs a subject"), subject.getMessage());
        assertEquals(List.of(), ws.ports.plans().all(), "nothing saved");
    }

    private static CampaignPlan plan(Step step) {
        return new CampaignPlan(Ids.newId(), "Best of", "Meeting booked", Audience.MANUAL, CampaignWorkspace.SENDER,
                "Nexus Sales", List.of(step));
    }
}
