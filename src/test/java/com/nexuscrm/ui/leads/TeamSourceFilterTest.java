package com.nexuscrm.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.User;
import com.nexuscrm.testing.Enrichments;
import com.nexuscrm.testing.InMemoryDirectory;
import com.nexuscrm.testing.InMemoryLeads;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox's Source filter lists the team's lead sources (its own values too) and filters by their keys. */
class TeamSourceFilterTest {
    private final InboxFixture fixture = new InboxFixture();
    private final InMemoryLeads leads = new InMemoryLeads();
    private LeadsViewModel inbox;

    @BeforeEach
    void setUp() {
        User me = InboxFixture.rita();
        List<Lead> all = new ArrayList<>(InboxFixture.leads(me));
        all.get(1).setSource("Podcast"); // a team's own value is keyed by its first label
        all.get(3).setSource("Podcast");
        leads.saveAll(all);
        fixture.open(leads, InMemoryDirectory.of(me, InboxFixture.east()), Enrichments.of(leads));
        inbox = fixture.inbox;
        inbox.filters().openOnlyProperty().set(false);
        inbox.filters().statusProperty().set(null);
    }

    @Test
    void theFilterOffersTheTeamsSourcesAndFiltersByThem() {
        assertEquals(LeadSource.values().length + 1, inbox.filters().sourceChoices().size(), "Any source, then the built-in list");
        assertEquals("Any source", inbox.filters().sourceLabel(null));

        Picklist team = Picklists.defaults(PicklistName.LEAD_SOURCE).withAdded("Podcast");
        inbox.useSources(team);
        assertTrue(inbox.filters().sourceChoices().contains("Podcast"), inbox.filters().sourceChoices().toString());
        assertEquals(null, inbox.filters().sourceChoices().get(0));
        assertEquals("Website", inbox.filters().sourceLabel("WEBSITE"));

        inbox.filters().sourceProperty().set("Podcast");
        assertEquals(2, inbox.visibleLeads().size());
        assertTrue(inbox.visibleLeads().stream().allMatch(i -> "Podcast".equals(i.row().source())));
        inbox.filters().sourceProperty().set("WEBSITE");
        assertEquals(InboxFixture.leads(InboxFixture.rita()).size() - 2, inbox.visibleLeads().size());
    }

    @Test
    void aChosenSourceTheNewListNoLongerHasStaysChosenAndListed() {
        inbox.useSources(Picklists.defaults(PicklistName.LEAD_SOURCE).withAdded("Podcast"));
        inbox.filters().sourceProperty().set("Podcast");
        inbox.useSources(Picklists.defaults(PicklistName.LEAD_SOURCE)); // a sync brought the list without it
        assertEquals("Podcast", inbox.filters().sourceProperty().get());
        assertTrue(inbox.filters().sourceChoices().contains("Podcast"));
        assertEquals(2, inbox.visibleLeads().size());
    }

    @Test
    void aSavedViewKeepsATeamSource() {
        inbox.useSources(Picklists.defaults(PicklistName.LEAD_SOURCE).withAdded("Podcast"));
        inbox.filters().sourceProperty().set("Podcast");
        assertEquals("Podcast", inbox.filters().criteria().source());
        inbox.filters().savedFilterProperty().set(SavedFilter.ALL);
        assertEquals(null, inbox.filters().sourceProperty().get());
        inbox.filters().savedFilterProperty().set(new SavedFilter("Podcasts", new LeadCriteria("", null, "Podcast", OwnerChoice.ANY, false)));
        assertEquals(2, inbox.visibleLeads().size());
    }
}
