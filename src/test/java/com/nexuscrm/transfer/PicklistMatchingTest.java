package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Picklists;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Picklist cells: synonyms case- and accent-blind, unknown values added or refused, choices from the dialog. */
class PicklistMatchingTest {
    /** One row with one picklist cell, accepted. */
    private static String row(PicklistMatching m, PicklistName list, String field, String cell) {
        m.atLine(1);
        String key = m.resolve(list, field, cell);
        m.rowAccepted();
        return key;
    }

    @Test
    void aRejectedRowCountsNothingAndAddsNothing() {
        PicklistMatching m = PicklistMatching.defaults();
        m.atLine(2);
        m.resolve(PicklistName.LEAD_SOURCE, "source", "Podcast");
        m.resolve(PicklistName.LEAD_SOURCE, "source", "Web");
        m.atLine(3);
        assertEquals("", m.summary());
        assertTrue(m.grownLists().isEmpty());
    }

    @Test
    void mapsSynonymsAndSpellingsAndReportsOnlyWhatChanged() {
        PicklistMatching m = PicklistMatching.defaults();
        assertEquals("WEBSITE", row(m, PicklistName.LEAD_SOURCE, "source", "Web"));
        assertEquals("WEBSITE", row(m, PicklistName.LEAD_SOURCE, "source", " WEB "));
        assertEquals("EVENT", row(m, PicklistName.LEAD_SOURCE, "source", "Trade-show"));
        assertEquals("OUTBOUND", row(m, PicklistName.LEAD_SOURCE, "source", "cold call"));
        assertEquals("PAID_SEARCH", row(m, PicklistName.LEAD_SOURCE, "source", "PAID SEARCH"));
        assertEquals("REFERRAL", row(m, PicklistName.LEAD_SOURCE, "source", "Référral"));
        assertEquals("CLOSED_WON", row(m, PicklistName.DEAL_STAGE, "stage", "won"));
        assertEquals("mapped: Web → Website (2 rows), Trade-show → Event (1 row), cold call → Outbound (1 row),"
                + " won → Closed won (1 row)", m.summary());
        assertTrue(m.grownLists().isEmpty());
    }

    @Test
    void addsAnUnknownValueOnceAndCountsItsRows() {
        PicklistMatching m = PicklistMatching.defaults();
        assertEquals("Podcast", row(m, PicklistName.LEAD_SOURCE, "source", "Podcast"));
        assertEquals("Podcast", row(m, PicklistName.LEAD_SOURCE, "source", "podcast"));
        assertEquals("added: Podcast (2 rows)", m.summary());
        List<PicklistValue> values = m.grownLists().get(0).values();
        assertEquals("Podcast", values.get(values.size() - 1).label());
        assertEquals(Picklists.defaults(PicklistName.LEAD_SOURCE).values().size() + 1, values.size());
    }

    @Test
    void strictRefusesAndNamesTheLineAndDealStagesAreNeverAdded() {
        PicklistMatching strict = new PicklistMatching(Map.of(), PicklistMatching.Unknown.REJECT);
        strict.atLine(7);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> strict.resolve(PicklistName.LEAD_SOURCE, "source", "Radio"));
        assertTrue(e.getMessage().startsWith("'Radio' is not a lead source of this workspace"), e.getMessage());
        assertEquals(List.of(new PicklistMatching.Refusal(7, "source", "Radio")), strict.refusals());
        PicklistMatching adding = PicklistMatching.defaults();
        assertThrows(IllegalArgumentException.class, () -> row(adding, PicklistName.DEAL_STAGE, "stage", "Pilot"));
        assertTrue(adding.grownLists().isEmpty());
    }

    @Test
    void aChoiceFromTheDialogMapsAnUnknownValue() {
        PicklistMatching m = PicklistMatching.defaults();
        assertFalse(m.knows(PicklistName.LEAD_SOURCE, "Radio ad"));
        m.mapTo(PicklistName.LEAD_SOURCE, "Radio ad", "PAID_SEARCH");
        assertTrue(m.knows(PicklistName.LEAD_SOURCE, "radio AD"));
        assertEquals("PAID_SEARCH", row(m, PicklistName.LEAD_SOURCE, "source", "Radio ad"));
        assertEquals("mapped: Radio ad → Paid search (1 row)", m.summary());
        assertThrows(IllegalArgumentException.class, () -> m.mapTo(PicklistName.LEAD_SOURCE, "X", "NOPE"));
    }
}
