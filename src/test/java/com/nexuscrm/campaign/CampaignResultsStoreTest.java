package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.usecase.CampaignResults;
import com.nexuscrm.usecase.CampaignResults.EnrolmentLine;
import com.nexuscrm.usecase.CampaignResults.Summary;
import com.nexuscrm.usecase.EditCampaignStep;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Campaigns screen's use cases over the real stores after the engine ran: the grouped counts and tallies of the
 * store agree with what happened (a reply, a bounce, an unsubscribe, one still waiting), and a refused step is not saved.
 */
class CampaignResultsStoreTest {
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
    void countsTalliesAndEnrolmentsAgreeWithWhatTheEngineDid() {
        CampaignPlan plan = ws.threeStepEmail("Results");
        CampaignPlan draft = ws.threeStepEmail("Another");
        Enrolment ann = ws.enrol(plan, ws.lead("Ann", "Archer"));
        Enrolment bob = ws.enrol(plan, ws.lead("Bob", "Baker"));
        Enrolment cy = ws.enrol(plan, ws.lead("Cy", "Cole"));
        ws.runner(Map.of(Channel.EMAIL, new RecordingChannel(Channel.EMAIL))).runOnce();
        InboundHandler inbound = new InboundHandler(ws.ports, ws.clock);
        ScheduledTouch annTouch = ws.touches(ann).get(0);
        ScheduledTouch bobTouch = ws.touches(bob).get(0);
        inbound.handle(new InboundMail(InboundMail.Kind.REPLY, annTouch.address(), List.of(annTouch.messageId()), null, null));
        inbound.handle(new InboundMail(InboundMail.Kind.BOUNCE, "mailer-daemon@x.test", List.of(bobTouch.messageId()),
                bobTouch.address(), null));
        inbound.unsubscribeByToken(ws.touches(cy).get(0).id());
        Enrolment dee = ws.enrol(plan, ws.lead("Dee", "Dunn"));

        CampaignResults results = new CampaignResults(ws.ports);
        List<Summary> summaries = results.summaries();
        assertEquals(List.of("Another", "Results"), summaries.stream().map(s -> s.plan().name()).toList());
        assertEquals(CampaignResults.Status.DRAFT, summaries.get(0).status());
        assertNull(summaries.get(0).replyRate());
        Summary s = summaries.get(1);
        assertEquals(List.of(4, 1, 1, 1, 1), List.of(s.counts().enrolled(), s.counts().active(), s.counts().replied(),
                s.counts().bounced(), s.counts().unsubscribed()));
        assertEquals(CampaignResults.Status.RUNNING, s.status());
        assertEquals(List.of(3, 1), List.of(s.sent(), s.replied()));
        var steps = results.steps(plan);
        assertEquals(List.of(3, 1, 0), List.of(steps.get(0).sent(), steps.get(0).replied(), steps.get(1).sent()));
        assertEquals(1.0 / 3, steps.get(0).variants().get(0).replyRate(), 1e-9);

        List<EnrolmentLine> lines = results.enrolments(plan);
        EnrolmentLine deeLine = lines.stream().filter(l -> l.enrolment().id().equals(dee.id())).findFirst().orElseThrow();
        assertEquals("Dee Dunn, Dunn Ltd", deeLine.person());
        assertEquals(dee.enrolledAt(), deeLine.nextTouchDue());
        assertTrue(lines.stream().filter(l -> !l.enrolment().id().equals(dee.id())).allMatch(l -> l.nextTouchDue() == null));
        assertEquals(draft.id(), ws.ports.plans().findByName("Another").orElseThrow().id());
    }

    @Test
    void aStepWithAnUnknownMergeFieldIsRefusedAndNothingIsSaved() {
        CampaignPlan plan = ws.threeStepEmail("Edits");
        ws.enrol(plan, ws.lead("Ann", "Archer"));
        EditCampaignStep editing = new EditCampaignStep(ws.ports);
        assertEquals(List.of("Ann Archer, Archer Ltd"), editing.people(plan.id(), 10).stream().map(EditCampaignStep.Person::name).toList());

        ValidationException refused = assertThrows(ValidationException.class,
                () -> editing.save(plan.id(), 1, "A", "Following up", "Hi {{fistName}}"));
        assertTrue(refused.getMessage().startsWith("Step 2, variant A: unknown merge field {{fistName}}"), refused.getMessage());
        assertEquals(plan, ws.ports.plans().find(plan.id()).orElseThrow());

        editing.save(plan.id(), 1, "A", "Following up", "Hi {{firstName|there}}, any news?");
        assertEquals("Hi {{firstName|there}}, any news?", ws.ports.plans().find(plan.id()).orElseThrow().step(1).variant("A").body());
    }
}
