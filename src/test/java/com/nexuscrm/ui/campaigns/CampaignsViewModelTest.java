package com.nexuscrm.ui.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.AudienceFilters;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.testing.InMemoryCampaigns;
import com.nexuscrm.testing.InMemoryReplies;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.CampaignReplies;
import com.nexuscrm.usecase.CampaignResults;
import com.nexuscrm.usecase.CreateCampaign;
import com.nexuscrm.usecase.EditCampaignStep;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Campaigns screen's models over the campaign ports in memory: the results' arithmetic, the preview, a refused save. */
class CampaignsViewModelTest {
    private static final Instant ENROLLED = Instant.parse("2026-11-30T09:00:00Z");
    private final InMemoryCampaigns store = new InMemoryCampaigns();
    private final CampaignPlan nurture = new CampaignPlan(Ids.newId(), "Nurture", "Meeting booked", Audience.MANUAL,
            "me@nexus.test", "Sam Seller", List.of(
            Step.of(0, Channel.EMAIL, new Template("A", "Hi {{firstName|there}}", "Hello {{firstName|there}} from {{senderName}}"),
                    new Template("B", "About {{company|your team}}", "Hi {{firstName|there}}")),
            Step.of(4, Channel.EMAIL, new Template("A", "Following up", "Any thoughts?")).when(StepCondition.of(StepCondition.Kind.NO_REPLY)),
            Step.of(6, Channel.VOICE_TASK, new Template("A", null, "Call {{fullName}}"))));
    private final CampaignPlan webinar = new CampaignPlan(Ids.newId(), "Webinar", null, Audience.MANUAL, "me@nexus.test",
            "Sam Seller", List.of(Step.of(0, Channel.EMAIL, new Template("A", "Slides", "Here they are."))));

    private CampaignsViewModel model() {
        store.plans.put(nurture.id(), nurture);
        store.plans.put(webinar.id(), webinar);
        Enrolment ana = enrol("Ana", "Acme", EnrolmentStatus.EXITED, ExitReason.REPLIED, 1);
        Enrolment ben = enrol("Ben", "Bolt", EnrolmentStatus.EXITED, ExitReason.REPLIED, 2);
        Enrolment cy = enrol("Cy", "Core", EnrolmentStatus.EXITED, ExitReason.BOUNCED, 1);
        Enrolment di = enrol("Di", "Dune", EnrolmentStatus.ACTIVE, null, 1);
        Enrolment ed = enrol(null, "Echo", EnrolmentStatus.EXITED, ExitReason.UNSUBSCRIBED, 1);
        Instant sent = ENROLLED.plus(Duration.ofHours(1));
        store.sent(ana, 0, "A", Channel.EMAIL, sent, sent.plus(Duration.ofHours(3)));
        store.sent(ben, 0, "B", Channel.EMAIL, sent, null);
        store.sent(ben, 1, "A", Channel.EMAIL, sent.plus(Duration.ofDays(4)), sent.plus(Duration.ofDays(5)));
        store.sent(cy, 0, "A", Channel.EMAIL, sent, null);
        store.sent(di, 0, "B", Channel.EMAIL, sent, null);
        store.sent(ed, 0, "A", Channel.EMAIL, sent, null);
        CampaignsViewModel model = new CampaignsViewModel(new CampaignResults(store.ports()), new EditCampaignStep(store.ports()),
                new CampaignReplies(new InMemoryReplies(), store.ports().recipients(), id -> { throw new AssertionError(); }),
                new CreateCampaign(store.ports(), AudienceFilters.NONE), new Formats(Locale.UK, ZoneOffset.UTC), new DirectTaskExecutor());
        model.load();
        return model;
    }

    private Enrolment enrol(String first, String company, EnrolmentStatus status, ExitReason exit, int step) {
        PersonRef ref = PersonRef.lead(UUID.randomUUID());
        store.recipients.put(ref, new Recipient(ref, first, first == null ? "Nameless" : "Smith", company, null,
                "x@" + company.toLowerCase() + ".test", null, null, null, ZoneOffset.UTC, null, null));
        Enrolment e = new Enrolment(Ids.newId(), nurture.id(), ref, step, status, exit, ENROLLED.plusSeconds(store.enrolments.size()));
        store.enrolments.put(e.id(), e);
        return e;
    }

    @Test
    void theListCountsEnrolmentsAndRepliesOverTouchesSent() {
        CampaignsViewModel model = model();
        assertEquals(List.of("Nurture", "Webinar"), model.rows().stream().map(CampaignRow::name).toList());
        CampaignRow n = model.rows().get(0);
        assertEquals(List.of("Running", "Email, Voice task", 3, 5, 1, 2, 1, 1), List.of(n.status(), n.channels(), n.steps(),
                n.enrolled(), n.active(), n.replied(), n.bounced(), n.unsubscribed()));
        assertEquals(2.0 / 6, n.replyRate(), 1e-9); // 6 touches sent, 2 replied
        CampaignRow w = model.rows().get(1);
        assertEquals("Draft", w.status());
        assertNull(w.replyRate(), "nothing sent: no rate, not 0%");
        assertEquals("2 campaigns · 1 running · 5 enrolled", model.summaryProperty().get());
        assertEquals("Nurture", model.selectedProperty().get().name());
    }

    @Test
    void theSelectedCampaignShowsResultsPerStepAndVariantAndItsEnrolments() {
        CampaignDetailViewModel detail = model().detail();
        StepRow first = detail.steps().get(0);
        assertEquals(List.of("Step 1", "Day 0", "Email", "Always", "A, B", 5, 1), List.of(first.step(), first.day(),
                first.channel(), first.condition(), first.variants(), first.sent(), first.replied()));
        assertEquals(0.2, first.replyRate(), 1e-9);
        assertEquals("No reply yet", detail.steps().get(1).condition());
        assertEquals(List.of("Step 1 · A 3/1", "Step 1 · B 2/0", "Step 2 · A 1/1", "Step 3 · A 0/0"), detail.variants().stream()
                .map(v -> v.label() + " " + v.sent() + "/" + v.replied()).toList());
        assertEquals(1.0 / 3, detail.variants().get(0).replyRate(), 1e-9);
        assertNull(detail.variants().get(3).replyRate());
        EnrolmentRow di = detail.enrolments().stream().filter(r -> r.person().startsWith("Di ")).findFirst().orElseThrow();
        assertEquals(List.of("Di Smith, Dune", "Active", "At step 2", ""), List.of(di.person(), di.status(), di.step(), di.exitReason()));
        assertEquals(ENROLLED.plus(Duration.ofDays(4)).plusSeconds(3), di.nextDue());
        EnrolmentRow cy = detail.enrolments().stream().filter(r -> r.person().startsWith("Cy ")).findFirst().orElseThrow();
        assertEquals(List.of("Exited", "Bounced"), List.of(cy.status(), cy.exitReason()));
        assertNull(cy.nextDue());
        assertEquals("5 enrolled · 1 active · 1 with a touch to come", detail.enrolmentSummaryProperty().get());
    }

    @Test
    void thePreviewFillsMergeFieldsForTheChosenPersonWithFallbacks() {
        CampaignsViewModel model = model();
        StepEditorViewModel editor = model.editor();
        assertEquals(List.of("A", "B"), editor.variants());
        assertEquals("A", editor.variantProperty().get());
        assertEquals("Ana Smith, Acme", editor.personProperty().get().name());
        assertEquals("Hi Ana", editor.previewSubjectProperty().get());
        assertEquals("Hello Ana from Sam Seller", editor.previewBodyProperty().get());
        editor.bodyProperty().set("Hi {{firstName|there}} at {{company|your company}}");
        assertEquals("Hi Ana at Acme", editor.previewBodyProperty().get());
        editor.personProperty().set(editor.people().stream().filter(p -> p.name().startsWith("Nameless")).findFirst().orElseThrow());
        assertEquals("Hi there at Echo", editor.previewBodyProperty().get());
        assertTrue(editor.changedProperty().get());
    }

    @Test
    void anUnknownMergeFieldIsRefusedNamingStepVariantAndFieldAndNothingIsSaved() {
        CampaignsViewModel model = model();
        model.detail().selectedStepProperty().set(0);
        StepEditorViewModel editor = model.editor();
        editor.variantProperty().set("B");
        editor.bodyProperty().set("Hi {{fistName|there}}");
        assertTrue(editor.previewNoteProperty().get().startsWith("Save will refuse this draft: unknown merge field {{fistName}}"),
                editor.previewNoteProperty().get());
        editor.save();
        assertTrue(editor.errorProperty().get().contains("Step 1, variant B: unknown merge field {{fistName}}"),
                editor.errorProperty().get());
        assertEquals(0, store.saves);
        assertEquals("Hi {{firstName|there}}", store.plans.get(nurture.id()).step(0).variant("B").body());

        editor.bodyProperty().set("Hi {{firstName|there}}, a quick one");
        editor.save();
        assertEquals("", editor.errorProperty().get());
        assertEquals(1, store.saves);
        assertEquals("Hi {{firstName|there}}, a quick one", store.plans.get(nurture.id()).step(0).variant("B").body());
        assertEquals("Saved step 1, variant B.", editor.savedProperty().get());
        assertEquals("B", editor.variantProperty().get(), "the editor stays on the variant after the list reloads");
    }
}
