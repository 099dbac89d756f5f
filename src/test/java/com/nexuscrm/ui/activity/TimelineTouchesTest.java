package com.nexuscrm.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.PersonTouch;
import com.nexuscrm.testing.InMemoryActivities;
import com.nexuscrm.testing.InMemoryLeads;
import com.nexuscrm.testing.InMemoryRecords;
import com.nexuscrm.testing.InMemoryWriter;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.usecase.LogActivity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A lead's campaign touches on its timeline among its activities, newest first across pages, and their filter. */
class TimelineTouchesTest {
    private static final Instant T0 = Instant.parse("2026-03-02T10:15:00Z");
    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryActivities activities = new InMemoryActivities();
    private final InMemoryLeads leads = new InMemoryLeads(clock);
    private final InMemoryRecords<Contact> contacts = new InMemoryRecords<>();
    private final InMemoryRecords<Deal> deals = new InMemoryRecords<>();
    private final UUID lead = Ids.newId();
    private final List<PersonTouch> touches = new ArrayList<>();
    private final TimelineViewModel model = new TimelineViewModel(activities, new LogActivity(activities, leads, contacts,
            deals, new InMemoryWriter().with(Activity.class, activities).with(Lead.class, leads).with(Contact.class, contacts)
            .with(Deal.class, deals), clock), new SalesTeams().rep("Rita Rep", new SalesTeams().team("Inbound", "SMB"), "UTC"),
            new DirectTaskExecutor(), new RecordingDialogs(), clock, new Formats(Locale.UK, ZoneOffset.UTC))
            .useTouches(person -> person.equals(lead) ? touches : List.of());

    /** Activities on the lead, one an hour back from T0 (the first at T0 - 1 h). */
    private void seed(int n) {
        List<Activity> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Activity a = new Activity(Ids.newId());
            a.setType(ActivityType.NOTE);
            a.setSubject("Note " + i);
            a.setLeadId(lead);
            a.setOccurredAt(T0.minus(Duration.ofHours(i + 1)));
            made.add(a);
        }
        activities.insertAll(made);
    }

    private PersonTouch touch(String campaign, int step, Channel channel, PersonTouch.Outcome outcome, Instant at) {
        PersonTouch t = new PersonTouch(Ids.newId(), campaign, step, channel, outcome, at);
        touches.add(t);
        return t;
    }

    @Test
    void touchesJoinTheActivitiesInTimeOrderAsThePagesReachThem() {
        seed(70);
        touch("Nurture", 2, Channel.EMAIL, PersonTouch.Outcome.PENDING, T0.plus(Duration.ofDays(2)));
        touch("Nurture", 1, Channel.EMAIL, PersonTouch.Outcome.REPLIED, T0.minus(Duration.ofMinutes(90)));
        touch("Webinar follow-up", 0, Channel.SMS, PersonTouch.Outcome.BOUNCED, T0.minus(Duration.ofMinutes(65 * 60 + 30)));

        model.show(RecordRef.lead(lead));
        List<TimelineItem> items = model.items();
        assertEquals(TimelineViewModel.PAGE + 2, items.size(), "the old touch waits for the page that reaches it");
        TimelineItem planned = items.get(0);
        assertEquals("Nurture · step 3", planned.subject());
        assertEquals("Planned 4 Mar 2026, 10:15", planned.when(model.formats()));
        assertEquals("Campaign · Email · Pending", planned.details());
        assertEquals(List.of("Note 0", "Nurture · step 2", "Note 1"), items.subList(1, 4).stream().map(TimelineItem::subject).toList());
        assertEquals("Campaign · Email · Replied", items.get(2).details());
        assertEquals("52 of 73 activities", model.summaryProperty().get());

        model.loadMore();
        assertEquals(73, items.size());
        int bounced = items.stream().map(TimelineItem::subject).toList().indexOf("Webinar follow-up · step 1");
        assertEquals("Note 64", items.get(bounced - 1).subject());
        assertEquals("Campaign · SMS · Bounced", items.get(bounced).details());
        assertEquals("Note 65", items.get(bounced + 1).subject());
    }

    @Test
    void theTouchesFilterListsOnlyTouchesAndOnlyForLeadsAndContacts() {
        seed(3);
        touch("Nurture", 0, Channel.EMAIL, PersonTouch.Outcome.OPENED, T0.minus(Duration.ofDays(3)));
        model.show(RecordRef.lead(lead));
        assertTrue(model.filters().contains(TimelineFilter.TOUCHES));
        assertEquals("Campaign touches (1)", model.filterLabel(TimelineFilter.TOUCHES));
        model.filterProperty().set(TimelineFilter.TOUCHES);
        assertEquals(List.of("Nurture · step 1"), model.items().stream().map(TimelineItem::subject).toList());
        model.filterProperty().set(TimelineFilter.NOTES);
        assertEquals(3, model.items().size(), "a type filter leaves touches out");
        model.filterProperty().set(null);
        assertEquals(TimelineFilter.ALL, model.filterProperty().get(), "a cleared filter box means All");
        assertEquals(4, model.items().size());

        model.show(RecordRef.account(Ids.newId()));
        assertFalse(model.filters().contains(TimelineFilter.TOUCHES), "accounts have no touches of their own");
    }
}
