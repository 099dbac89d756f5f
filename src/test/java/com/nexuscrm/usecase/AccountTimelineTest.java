package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nexuscrm.domain.AccountContactRow;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.HistoryKind;
import com.nexuscrm.domain.HistoryRange;
import com.nexuscrm.domain.UsageMonth;
import com.nexuscrm.testing.AccountHistorySeed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account 360 reads (read-only, so one workspace for all) on a real workspace, against the hand-checked history of {@link AccountHistorySeed}. */
class AccountTimelineTest {
    @TempDir static Path dir;
    private static Workspace ws;
    private static AccountHistorySeed seed;
    private static AccountTimeline timeline;

    @BeforeAll
    static void seed() {
        ws = Workspace.over(com.nexuscrm.storage.WorkspaceStore.create(dir.resolve("ws"), "pass-360-test".toCharArray()));
        seed = new AccountHistorySeed(ws);
        timeline = new AccountTimeline(ws);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static List<String> titles(List<AccountTimeline.Entry> entries) {
        return entries.stream().map(AccountTimeline.Entry::title).toList();
    }

    @Test
    void everySourceIsOnOneTimelineNewestFirstAndNothingOfAnotherAccount() {
        AccountTimeline.Page page = timeline.page(seed.acme, HistoryRange.all(), 0, 50);
        assertEquals(List.of("Renewal check", "Acme pilot", "contract", "Pricing call", "Proposal sent", "Export slow",
                "Spring webinar", "Demo", "Login fails", "Kick-off notes", "Acme pilot"), titles(page.entries()));
        assertEquals(11, page.total());
        assertEquals(Map.of(HistoryKind.TASK, 1L, HistoryKind.DEAL, 2L, HistoryKind.DOCUMENT, 1L, HistoryKind.CALL, 1L,
                HistoryKind.EMAIL, 1L, HistoryKind.TICKET, 2L, HistoryKind.TOUCH, 1L, HistoryKind.MEETING, 1L,
                HistoryKind.NOTE, 1L), page.counts());
        List<String> details = page.entries().stream().map(AccountTimeline.Entry::detail).toList();
        assertEquals("Deal won", details.get(1));
        assertEquals("Attached contract.txt", details.get(2));
        assertEquals("sentiment -0.25 \u00b7 objections: price \u00b7 next steps: \u201ci will send the quote\u201d", details.get(3));
        assertEquals("Open, low priority", details.get(5));
        assertEquals("Email campaign touch, opened", details.get(6));
        assertEquals("Deal created", details.get(10));
        assertEquals(seed.deal, page.entries().get(1).open().id());
        assertNull(page.entries().get(0).open());
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        List<String> all = titles(timeline.entries(seed.acme, HistoryRange.all(), 0, 50));
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < 12; offset += 4) {
            paged.addAll(titles(timeline.entries(seed.acme, HistoryRange.all(), offset, 4)));
        }
        assertEquals(all, paged);
    }

    @Test
    void kindsAndDateRangeFilter() {
        HistoryRange ticketsAndCalls = new HistoryRange(Set.of(HistoryKind.TICKET, HistoryKind.CALL), null, null);
        assertEquals(List.of("Pricing call", "Export slow", "Login fails"),
                titles(timeline.entries(seed.acme, ticketsAndCalls, 0, 50)));
        HistoryRange days3to8 = new HistoryRange(Set.of(), AccountHistorySeed.day(3), AccountHistorySeed.day(8));
        AccountTimeline.Page page = timeline.page(seed.acme, days3to8, 0, 50);
        assertEquals(List.of("Pricing call", "Proposal sent", "Export slow", "Spring webinar", "Demo"), titles(page.entries()));
        assertEquals(5, page.total());
        HistoryRange deals = new HistoryRange(Set.of(HistoryKind.DEAL), AccountHistorySeed.day(5), null);
        assertEquals(Map.of(HistoryKind.DEAL, 1L), timeline.page(seed.acme, deals, 0, 50).counts());
        assertThrows(IllegalArgumentException.class,
                () -> new HistoryRange(Set.of(), AccountHistorySeed.day(5), AccountHistorySeed.day(5)));
    }

    @Test
    void opensWithContactsRolesUsageAndDocuments() {
        AccountTimeline.Opened opened = timeline.open(seed.acme, HistoryRange.all(), 3);
        assertEquals("Acme", opened.account().getName());
        assertEquals(3, opened.firstPage().entries().size());
        assertEquals(11, opened.firstPage().total());
        Map<java.util.UUID, AccountContactRow> byContact = opened.relations().stream()
                .collect(java.util.stream.Collectors.toMap(AccountContactRow::contactId, r -> r));
        assertEquals(List.of(DealRole.ECONOMIC_BUYER, DealRole.CHAMPION), byContact.get(seed.ann).roles());
        assertEquals(AccountHistorySeed.day(7), byContact.get(seed.ann).lastContactAt());
        assertEquals(List.of(), byContact.get(seed.bob).roles());
        assertNull(byContact.get(seed.bob).lastContactAt());
        assertEquals(List.of(11, 11, 12).size(), opened.usage().size());
        assertEquals(List.of(12, 11, 10), opened.usage().stream().map(UsageMonth::activeUsers).toList());
        assertEquals(List.of("contract"), opened.documents().stream().map(d -> d.title()).toList());
        assertEquals(2, opened.tickets().size());
    }
}
