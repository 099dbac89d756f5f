package com.nexuscrm.ui.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.AudienceFilters;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.EnrolmentRules;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.testing.InMemoryCampaigns;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.testing.InMemoryReplies;
import com.nexuscrm.usecase.CampaignReplies;
import com.nexuscrm.usecase.CampaignResults;
import com.nexuscrm.usecase.CreateCampaign;
import com.nexuscrm.usecase.EditCampaignStep;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** "New campaign" and "Add step" over the campaign ports in memory: what is saved, and the errors beside each field. */
class NewCampaignViewModelTest {
    private final InMemoryCampaigns store = new InMemoryCampaigns();
    private final AudienceFilters filters = new AudienceFilters() {
        @Override
        public Optional<Predicate<LeadRow>> find(String name) {
            return "Open leads".equalsIgnoreCase(name) ? Optional.of(r -> true) : Optional.empty();
        }

        @Override
        public List<String> names() { return List.of("Open leads"); }

        @Override
        public Optional<Predicate<com.nexuscrm.domain.ContactRow>> findContacts(String name) {
            return "Key buyers".equalsIgnoreCase(name) ? Optional.of(r -> true) : Optional.empty();
        }

        @Override
        public List<String> contactNames() { return List.of("All contacts", "Key buyers"); }
    };
    private final CampaignsViewModel screen = new CampaignsViewModel(new CampaignResults(store.ports()),
            new EditCampaignStep(store.ports()),
            new CampaignReplies(new InMemoryReplies(), store.ports().recipients(), id -> { throw new AssertionError(); }),
            new CreateCampaign(store.ports(), filters), new Formats(Locale.UK, ZoneOffset.UTC), new DirectTaskExecutor());

    @Test
    void aFilledFormCreatesThePlanWithItsRulesAndSelectsIt() {
        screen.load();
        NewCampaignViewModel form = screen.newCampaign();
        assertEquals(List.of(NewCampaignViewModel.NO_AUDIENCE, "Open leads"), form.audiences());
        form.nameProperty().set("  Spring push ");
        form.audienceProperty().set("Open leads");
        form.senderProperty().set("sales@nexus.test");
        form.nurtureProperty().set(true);
        form.audienceRuleProperty().set(true);
        form.scoreBelowProperty().set("40");
        form.step().subjectProperty().set("Hello {{firstName|there}}");
        form.step().bodyProperty().set("Hi {{firstName|there}}, a note.");
        form.save();

        assertTrue(form.savedProperty().get());
        CampaignPlan plan = store.plans.values().iterator().next();
        assertEquals("Spring push", plan.name());
        assertEquals(new Audience("Open leads", null), plan.audience());
        assertEquals(new EnrolmentRules(true, 40, null, true), plan.rules());
        assertEquals(List.of(Step.of(0, Channel.EMAIL, new Template("A", "Hello {{firstName|there}}",
                "Hi {{firstName|there}}, a note."))), plan.steps());
        assertEquals("Spring push", screen.selectedProperty().get().name(), "the new campaign is selected");
        assertEquals("Enrols by rule every minute while sending is on: leads routing puts in nurture; open leads scored"
                + " below 40; every lead in the saved filter 'Open leads'.", screen.detail().messageProperty().get());
    }

    @Test
    void choosingContactsListsTheContactsViewsAndSavesAContactsAudience() {
        NewCampaignViewModel form = screen.newCampaign();
        form.load();
        form.audienceProperty().set("Open leads");
        form.peopleProperty().set(com.nexuscrm.domain.campaign.PersonRef.Kind.CONTACT);
        assertEquals(List.of(NewCampaignViewModel.NO_AUDIENCE, "All contacts", "Key buyers"), form.audiences());
        assertEquals(NewCampaignViewModel.NO_AUDIENCE, form.audienceProperty().get(), "a leads filter is not kept");
        form.audienceProperty().set("Key buyers");
        form.audienceRuleProperty().set(true);
        form.nameProperty().set("Buyers");
        form.senderProperty().set("sales@nexus.test");
        form.step().subjectProperty().set("Hello");
        form.step().bodyProperty().set("Hi {{firstName|there}}.");
        form.save();

        assertTrue(form.savedProperty().get());
        CampaignPlan plan = store.plans.values().iterator().next();
        assertEquals(Audience.contacts("Key buyers"), plan.audience());
        assertEquals("Enrols by rule every minute while sending is on: every contact in the contacts view 'Key buyers'.",
                screen.detail().messageProperty().get());
    }

    @Test
    void eachErrorShowsBesideItsFieldAndNothingIsSaved() {
        NewCampaignViewModel form = screen.newCampaign();
        form.senderProperty().set("not an address");
        form.scoreBelowProperty().set("fifty");
        form.save();
        assertEquals("'fifty' is not a whole number", form.errorProperty("Score below").get());
        assertEquals("a campaign needs a name", form.errorProperty("Name").get(), "the other problems show at once too");
        assertEquals(0, store.saves, "a typing error stops before saving");

        form.scoreBelowProperty().set("30");
        form.scoreAtLeastProperty().set("60");
        form.audienceRuleProperty().set(true);
        form.save();
        assertEquals("a campaign needs a name", form.errorProperty("Name").get());
        assertTrue(form.errorProperty("Sender").get().contains("'not an address' is not a valid email address"));
        assertTrue(form.errorProperty("Score at least").get().startsWith("must be lower than 'Score below' (30)"));
        assertEquals("choose a saved filter to enrol its leads", form.errorProperty("Audience").get());
        assertEquals("Step 1, variant A: an email needs a subject", form.errorProperty("Step").get());
        assertFalse(form.savedProperty().get());
        assertEquals(0, store.saves);
    }

    @Test
    void aTakenNameAndAnUnknownFilterAreRefused() {
        CampaignPlan nurture = new CampaignPlan(Ids.newId(), "Nurture", null, Audience.MANUAL, "me@nexus.test", null,
                List.of(Step.of(0, Channel.EMAIL, new Template("A", "Hi", "Hello"))));
        store.plans.put(nurture.id(), nurture);
        NewCampaignViewModel form = screen.newCampaign();
        assertEquals("me@nexus.test", form.senderProperty().get(), "the sender the plans use is suggested");
        form.nameProperty().set("nurture");
        form.audienceProperty().set("Gone filter");
        form.step().channelProperty().set(Channel.VOICE_TASK);
        form.step().bodyProperty().set("Call {{fullName}}");
        form.save();
        assertEquals("another campaign is called 'Nurture'", form.errorProperty("Name").get());
        assertTrue(form.errorProperty("Audience").get().startsWith("there is no saved filter called 'Gone filter'"));
        assertEquals(1, store.plans.size());
    }

    @Test
    void addStepAppendsAStepAfterTheLastAndRefusesOneOutOfOrder() {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Nurture", null, Audience.MANUAL, "me@nexus.test", null,
                List.of(Step.of(2, Channel.EMAIL, new Template("A", "Hi", "Hello"))));
        store.plans.put(plan.id(), plan);
        screen.load();
        AddStepViewModel form = screen.addStep();
        assertNotNull(form);
        assertEquals("Step 2 of Nurture", form.title());
        assertEquals("5", form.step().dayOffsetProperty().get());
        form.step().dayOffsetProperty().set("1");
        form.step().subjectProperty().set("Again");
        form.save();
        assertEquals("Step 2: its day offset is before the previous step's", form.errorProperty().get());
        assertEquals(1, store.plans.get(plan.id()).steps().size());

        form.step().dayOffsetProperty().set("5");
        form.save();
        assertTrue(form.savedProperty().get());
        assertEquals(List.of(2, 5), store.plans.get(plan.id()).steps().stream().map(Step::dayOffset).toList());
    }

    @Test
    void aStepsConditionIsSavedAndAWrongScoreOrFilterIsRefusedNamingIt() {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Nurture", null, Audience.MANUAL, "me@nexus.test", null,
                List.of(Step.of(0, Channel.EMAIL, new Template("A", "Hi", "Hello"))));
        store.plans.put(plan.id(), plan);
        screen.load();
        AddStepViewModel form = screen.addStep();
        form.step().subjectProperty().set("For the Germans");
        form.step().conditionProperty().set(com.nexuscrm.domain.campaign.StepCondition.Kind.SCORE_ABOVE);
        form.step().conditionValueProperty().set("high");
        form.save();
        assertEquals("Step 2, condition: 'high' is not a whole number", form.errorProperty().get());

        form.step().conditionProperty().set(com.nexuscrm.domain.campaign.StepCondition.Kind.CUSTOM_FILTER);
        form.step().conditionValueProperty().set("country = DE and shoe size > 9");
        form.save();
        assertTrue(form.errorProperty().get().startsWith("Step 2: 'shoe size > 9' is not a filter clause"),
                form.errorProperty().get());
        assertEquals(1, store.plans.get(plan.id()).steps().size(), "nothing saved");

        form.step().conditionValueProperty().set("country = DE and title contains VP");
        form.save();
        assertTrue(form.savedProperty().get(), form.errorProperty().get());
        assertEquals(com.nexuscrm.domain.campaign.StepCondition.customFilter("country = DE and title contains VP"),
                store.plans.get(plan.id()).steps().get(1).condition());
    }
}
