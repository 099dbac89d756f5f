package com.nexuscrm.ui.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Recommendation;
import com.nexuscrm.domain.campaign.ReplyAction;
import com.nexuscrm.domain.campaign.ReplyIntent;
import com.nexuscrm.testing.InMemoryCampaigns;
import com.nexuscrm.testing.InMemoryReplies;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.CampaignReplies;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Replies tab's model over replies in memory: what each row says, and "Do it" once, or why it could not. */
class CampaignRepliesViewModelTest {
    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    private final InMemoryCampaigns people = new InMemoryCampaigns();
    private final InMemoryReplies replies = new InMemoryReplies();
    private final UUID plan = Ids.newId();
    private final List<UUID> done = new ArrayList<>();
    private RuntimeException failWith;

    private CampaignRepliesViewModel model() {
        CampaignReplies useCase = new CampaignReplies(replies, people.ports().recipients(), id -> {
            done.add(id);
            if (failWith != null) {
                throw failWith;
            }
            if (replies.claim(id, AT.plusSeconds(60), false)) {
                replies.outcome(id, "Task created: Book a meeting");
            }
            return replies.find(id).orElseThrow();
        });
        CampaignRepliesViewModel model = new CampaignRepliesViewModel(useCase, new Formats(Locale.UK, ZoneOffset.UTC),
                new DirectTaskExecutor());
        model.show(plan);
        return model;
    }

    private CampaignReply reply(String first, ReplyIntent intent, double p, Recommendation r, int minutes) {
        PersonRef ref = PersonRef.lead(UUID.randomUUID());
        people.recipients.put(ref, new Recipient(ref, first, "Smith", "Acme", null, first.toLowerCase() + "@acme.test", null,
                null, null, ZoneOffset.UTC, null, null));
        CampaignReply reply = new CampaignReply(Ids.newId(), "<" + first + "@acme.test>", Ids.newId(), Ids.newId(), plan, ref,
                Channel.EMAIL, first.toLowerCase() + "@acme.test", AT.plusSeconds(60L * minutes), "The reply of " + first, intent, p,
                r, CampaignReply.Status.RECOMMENDED, false, null, null);
        replies.add(reply);
        return reply;
    }

    private void twoReplies() {
        reply("Ana", ReplyIntent.INTERESTED, 0.93, new Recommendation(ReplyAction.BOOK_MEETING,
                "Interested (93%): book the meeting.", "Book a meeting", null, null, null), 5);
        CampaignReply ben = reply("Ben", ReplyIntent.OUT_OF_OFFICE, 0.99, new Recommendation(ReplyAction.PAUSE,
                "Out of office (99%), back on 14 Dec 2026: pause until then.", null, AT.plusSeconds(86_400 * 7), null, null), 1);
        replies.claim(ben.id(), AT, true);
        replies.outcome(ben.id(), "Paused until 14 Dec 2026");
    }

    @Test
    void eachReplyShowsItsIntentConfidenceActionAndWhetherItWasDone() {
        twoReplies();
        CampaignRepliesViewModel model = model();
        assertEquals("2 replies · 1 waiting for you", model.summaryProperty().get());
        ReplyRow ana = model.rows().get(0);
        assertEquals(List.of("Ana Smith, Acme", "Interested", "93%", "Book a meeting", "Recommended", "7 Dec, 10:05"),
                List.of(ana.person(), ana.intent(), ana.confidence(), ana.action(), ana.status(), ana.receivedText()));
        ReplyRow ben = model.rows().get(1);
        assertEquals("Done automatically: Paused until 14 Dec 2026", ben.status());
        assertEquals("Out of office (99%), back on 14 Dec 2026: pause until then.", ben.reason());
        assertEquals(ana, model.selectedProperty().get(), "the newest is selected");
        assertTrue(model.canDoProperty().get());
        model.selectedProperty().set(ben);
        assertFalse(model.canDoProperty().get(), "done already: no Do it");
        model.doIt();
        assertEquals(List.of(), done);
    }

    @Test
    void doItDoesTheActionOnceAndShowsWhatHappened() {
        twoReplies();
        CampaignRepliesViewModel model = model();
        model.doIt();
        assertEquals("Book a meeting: Task created: Book a meeting.", model.noticeProperty().get());
        ReplyRow ana = model.rows().get(0);
        assertEquals("Done: Task created: Book a meeting", ana.status());
        assertEquals(ana, model.selectedProperty().get(), "the same reply stays selected");
        assertFalse(model.canDoProperty().get());
        model.doIt();
        assertEquals(1, done.size(), "a second click does nothing");
        assertEquals("2 replies · 0 waiting for you", model.summaryProperty().get());
    }

    @Test
    void whenItCannotBeDoneItSaysWhyAndTheReplyStillWaits() {
        twoReplies();
        CampaignRepliesViewModel model = model();
        failWith = new IllegalStateException("the enrolment has ended (exited), so it cannot be paused");
        model.doIt();
        assertEquals("Could not do it: the enrolment has ended (exited), so it cannot be paused", model.noticeProperty().get());
        assertTrue(model.canDoProperty().get());
        assertEquals("Recommended", model.rows().get(0).status());
    }

    @Test
    void noRepliesSaysSo() {
        CampaignRepliesViewModel model = model();
        assertEquals("No replies to this campaign yet.", model.summaryProperty().get());
        assertFalse(model.canDoProperty().get());
        model.show(null);
        assertTrue(model.rows().isEmpty());
    }
}
