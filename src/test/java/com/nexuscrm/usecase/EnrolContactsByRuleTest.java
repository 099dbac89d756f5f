package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.app.adapters.MetaCustomerViews;
import com.nexuscrm.app.adapters.SavedFilterAudiences;
import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentRules;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.json.Json;
import com.nexuscrm.storage.StoredEnrolmentSignals;
import com.nexuscrm.ui.customers.AccountChoice;
import com.nexuscrm.ui.customers.CustomerCriteria;
import com.nexuscrm.ui.customers.SavedView;
import com.nexuscrm.ui.leads.OwnerChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule enrolment of contacts (issue 17, part 2): a plan whose audience is a saved view of the contacts list, over a
 * real encrypted workspace with hand-made accounts and contacts.
 */
class EnrolContactsByRuleTest {
    private static final UUID ME = UUID.randomUUID();
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private EnrolByRule rules;
    private SavedFilterAudiences audiences;
    private Account acme;

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        acme = account("Acme Corp");
        MetaCustomerViews views = new MetaCustomerViews(ws.store.meta(), Json.mapper());
        views.save("contacts", List.of(new SavedView("Acme buyers", new CustomerCriteria("procurement", null, null,
                OwnerChoice.ANY, new AccountChoice(acme.getId(), acme.getName())))));
        audiences = SavedFilterAudiences.over(ws.store.meta(), () -> ME);
        rules = new EnrolByRule(ws.ports, ws.store.leads(), ws.store.contacts(), new StoredEnrolmentSignals(ws.store),
                audiences, ws.clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aContactsViewEnrolsItsReachableContactsOnceAndNeverAgainAfterAnExit() {
        Contact buyer = contact("Bea", "Buyer", "Head of Procurement", acme, "bea@acme.test", null);
        contact("Cal", "Cto", "CTO", acme, "cal@acme.test", null);
        contact("Pia", "Elsewhere", "Procurement", account("Beta Ltd"), "pia@beta.test", null);
        contact("Nel", "Noemail", "Procurement manager", acme, null, null);
        Contact flagged = contact("Dee", "Flagged", "Procurement", acme, "dee@acme.test", null);
        flagged.setDoNotContact(true);
        ws.store.contacts().save(flagged);
        Contact unsubscribed = contact("Uma", "Unsub", "Procurement", acme, "uma@acme.test", null);
        ws.ports.policy().suppress(new Suppression(Ids.newId(), null, "uma@acme.test", null,
                Suppression.Reason.UNSUBSCRIBED, "test", ws.clock.instant()));
        CampaignPlan plan = plan("Acme buyers");

        assertEquals(new EnrolByRule.Report(1, 3, 0), rules.run(), "no email, do not contact, unsubscribed: refused");
        List<Enrolment> enrolled = ws.ports.enrolments().forPlan(plan.id());
        assertEquals(List.of(PersonRef.contact(buyer.getId())), enrolled.stream().map(Enrolment::person).toList());
        assertEquals("bea@acme.test", ws.ports.recipients().find(PersonRef.contact(buyer.getId())).orElseThrow()
                .address(Channel.EMAIL), "the contact's email is the recipient");
        assertEquals(new EnrolByRule.Report(0, 3, 0), rules.run(), "the refused are tried again, the enrolled not");

        ws.ports.enrolments().exit(enrolled.get(0).id(), ExitReason.REPLIED);
        assertEquals(0, rules.run().enrolled(), "an exited contact is not enrolled again");
        assertEquals(Set.of(buyer.getId()), ws.ports.enrolments().forPlan(plan.id()).stream().map(x -> x.person().id())
                .collect(Collectors.toSet()));
        assertTrue(ws.ports.policy().blocked(unsubscribed.getId(), "uma@acme.test", Channel.EMAIL).isPresent());
    }

    @Test
    void myContactsIsTheSignedInUsersAndAMeetingWithTheContactReachesTheGoal() {
        Contact mine = contact("Mo", "Mine", "VP Sales", acme, "mo@acme.test", ME);
        contact("Ot", "Other", "VP Sales", acme, "ot@acme.test", UUID.randomUUID());
        CampaignPlan plan = plan("my CONTACTS");

        assertEquals(1, rules.run().enrolled());
        Enrolment e = ws.ports.enrolments().forPlan(plan.id()).get(0);
        assertEquals(PersonRef.contact(mine.getId()), e.person());
        ws.clock.advance(Duration.ofHours(3));
        Activity meeting = new Activity(Ids.newId());
        meeting.setType(ActivityType.MEETING);
        meeting.setSubject("Intro call");
        meeting.setContactId(mine.getId());
        meeting.setOccurredAt(ws.clock.instant());
        ws.store.activities().save(meeting);

        assertEquals(1, rules.run().exited());
        assertEquals(ExitReason.GOAL_REACHED, ws.reload(e).exitReason(), "a meeting with the contact is the goal");
    }

    @Test
    void creatingAPlanChecksTheContactsViewAndStoresTheKindOfAudience() {
        CreateCampaign create = new CreateCampaign(ws.ports, audiences);
        assertEquals(List.of("All contacts", "My contacts", "Acme buyers"), create.contactAudiences());
        CampaignPlan unknown = new CampaignPlan(Ids.newId(), "Nope", "Meeting booked", Audience.contacts("Board members"),
                CampaignWorkspace.SENDER, null, steps(), new EnrolmentRules(false, null, null, true));
        ValidationException e = assertThrows(ValidationException.class, () -> create.create(unknown));
        assertEquals("Audience", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("no saved view of the contacts list called 'Board members'"));

        CampaignPlan plan = create.create(new CampaignPlan(Ids.newId(), "Buyers", "Meeting booked",
                Audience.contacts("Acme buyers"), CampaignWorkspace.SENDER, null, steps(), EnrolmentRules.MANUAL));
        assertEquals(Audience.contacts("Acme buyers"), ws.ports.plans().find(plan.id()).orElseThrow().audience());
        assertThrows(ValidationException.class, () -> create.create(new CampaignPlan(Ids.newId(), "Leads", null,
                new Audience("Acme buyers", null), CampaignWorkspace.SENDER, null, steps(), EnrolmentRules.MANUAL)),
                "a contacts view is not a leads filter");
    }

    private CampaignPlan plan(String view) {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Contacts " + view, "Meeting booked", Audience.contacts(view),
                CampaignWorkspace.SENDER, "Nexus", steps(), new EnrolmentRules(false, null, null, true));
        ws.ports.plans().save(plan);
        assertTrue(ws.ports.plans().find(plan.id()).orElseThrow().audience().ofContacts(), "the kind is stored");
        return plan;
    }

    private List<com.nexuscrm.domain.campaign.Step> steps() {
        return ws.threeStepEmail("Template " + UUID.randomUUID()).steps();
    }

    private Account account(String name) {
        Account a = new Account(Ids.newId());
        a.setName(name);
        a.setCreatedAt(ws.clock.instant());
        return ws.store.repository(Account.class).save(a);
    }

    private Contact contact(String first, String last, String title, Account account, String email, UUID owner) {
        Contact c = new Contact(Ids.newId());
        c.setFirstName(first);
        c.setLastName(last);
        c.setTitle(title);
        c.setAccountId(account.getId());
        c.setEmail(email);
        c.setOwnerId(owner);
        c.setCreatedAt(ws.clock.instant());
        return ws.store.contacts().save(c);
    }
}
