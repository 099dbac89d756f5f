package com.nexuscrm.ui.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.testing.InMemoryCampaigns;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.usecase.EnrolInCampaign;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Bulk "Enrol in campaign" over the campaign ports in memory: who is enrolled, and why each other person is not. */
class EnrolPeopleViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private final InMemoryCampaigns store = new InMemoryCampaigns();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final EnrolPeopleViewModel model = new EnrolPeopleViewModel(
            new EnrolInCampaign(store.ports(), new MutableClock(NOW)), new DirectTaskExecutor(), dialogs,
            new Formats(Locale.UK, ZoneOffset.UTC));
    private final CampaignPlan plan = new CampaignPlan(Ids.newId(), "Nurture", null, Audience.MANUAL, "me@nexus.test", null,
            List.of(Step.of(0, Channel.EMAIL, new Template("A", "Hi", "Hello"))));

    @Test
    void enrolsTheReachableAndSaysWhyEachOtherIsLeftOut() {
        store.plans.put(plan.id(), plan);
        PersonRef ana = person("Ana", "ana@acme.test");
        PersonRef ben = person("Ben", null);
        PersonRef cy = person("Cy", "cy@core.test");
        PersonRef di = person("Di", "di@dune.test");
        PersonRef ed = person("Ed", "ed@echo.test");
        store.suppressions.add(new Suppression(Ids.newId(), cy.id(), null, null, Suppression.Reason.UNSUBSCRIBED, "reply", NOW));
        Enrolment old = new Enrolment(Ids.newId(), plan.id(), di, 1, EnrolmentStatus.EXITED, ExitReason.REPLIED, NOW);
        store.enrolments.put(old.id(), old);

        model.loadPlans();
        assertEquals(List.of("Nurture"), model.plans().stream().map(EnrolPeopleViewModel.PlanChoice::name).toList());
        model.enrol(model.plans().get(0), List.of(ana, ben, cy, di, ed));

        assertEquals(3, store.enrolments.size(), "Ana and Ed joined Di, whose old enrolment stays the only one of hers");
        String text = model.outcomeProperty().get();
        assertEquals("2 of 5 people enrolled in Nurture.\n\nAlready in this campaign (1):\n• Di Smith, Co",
                text.substring(0, text.indexOf("\n\nNot enrolled")));
        String refused = text.substring(text.indexOf("Not enrolled"));
        assertEquals(List.of("Not enrolled (2):", "• Ben Smith: has no email address for the email steps"),
                List.of(refused.split("\n")).subList(0, 2));
        assertEquals(true, refused.split("\n")[2].startsWith("• Cy Smith: Email is suppressed: "));
        assertEquals(List.of("Enrol in campaign: " + text), dialogs.infos);
    }

    private PersonRef person(String first, String email) {
        PersonRef ref = PersonRef.lead(UUID.randomUUID());
        store.recipients.put(ref, new Recipient(ref, first, "Smith", "Co", null, email, null, null, null, ZoneOffset.UTC,
                null, null));
        return ref;
    }
}
