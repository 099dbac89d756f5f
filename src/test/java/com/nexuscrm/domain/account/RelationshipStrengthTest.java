package com.nexuscrm.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.deal.Seniority;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelationshipStrengthTest {

    @Test
    void anAccountWithoutContactsSaysSo() {
        RelationshipStrength.Result r = RelationshipStrength.of(new FactsBuilder().build());
        assertTrue(r.contacts().isEmpty());
        assertTrue(r.note().startsWith("Not enough data"), r.note());
        assertEquals(Seniority.UNKNOWN, r.seniorityReached());
    }

    /**
     * Vera (VP): a connected call 3 days ago and a reply 10 days ago by Uma, an unanswered email 20 days ago and a
     * meeting held 40 days ago by Ugo: 4 touches, 3 two-way, recency 1, frequency 4/8, reciprocity min(1, 6/4):
     * 100 × (0.4 + 0.15 + 0.3) = 85. Sam (engineer): one unanswered email 100 days ago: 100 × 0.3 × 1/8 = 4.
     * Nia: nothing logged, no strength.
     */
    @Test
    void strengthComesFromRecencyFrequencyAndReciprocityAndNamesWhoKnowsWhom() {
        FactsBuilder b = new FactsBuilder();
        UUID vera = b.contact("Vera", "Vance", "VP Operations");
        UUID sam = b.contact("Sam", "Stone", "Software Engineer");
        b.contact("Nia", "Noor", "Chief Financial Officer");
        UUID uma = b.user("Uma Rep");
        UUID ugo = b.user("Ugo Rep");
        b.activity(ActivityType.CALL, "Check-in", vera, uma, 3, "Connected");
        b.activity(ActivityType.EMAIL, "Re: pricing", vera, uma, 10, "Replied");
        b.activity(ActivityType.EMAIL, "Pricing", vera, ugo, 20, null);
        b.activity(ActivityType.MEETING, "Onsite", vera, ugo, 40, null);
        b.activity(ActivityType.EMAIL, "Hello", sam, ugo, 100, null);
        b.activity(ActivityType.NOTE, "Internal note", vera, ugo, 1, null);
        RelationshipStrength.Result r = RelationshipStrength.of(b.build());

        List<RelationshipStrength.ContactStrength> c = r.contacts();
        assertEquals("Vera Vance", c.get(0).name());
        assertEquals(85, c.get(0).strength());
        assertEquals("Warm", c.get(0).band());
        assertEquals(Seniority.VICE_PRESIDENT, c.get(0).seniority());
        assertEquals(List.of("Uma Rep", "Ugo Rep"), c.get(0).knownBy().stream()
                .map(RelationshipStrength.Acquaintance::userName).toList());
        assertEquals(2, c.get(0).knownBy().get(0).twoWay());
        assertEquals(4, c.get(1).strength());
        assertEquals("Cold", c.get(1).band());
        assertNull(c.get(2).strength());
        assertEquals("No contact logged", c.get(2).band());

        assertEquals(1, r.engagedContacts());
        assertEquals(Seniority.VICE_PRESIDENT, r.seniorityReached(), "the CFO was never reached");
        assertEquals("Uma Rep", r.teamByTwoWay().get(0).userName());
        assertTrue(r.evidence().get(0).text().contains("1 of 3 contacts"), r.evidence().get(0).text());
    }

    @Test
    void recencyFallsLinearlyBetweenFreshAndCold() {
        FactsBuilder b = new FactsBuilder();
        UUID c = b.contact("Ann", "Lee", null);
        b.activity(ActivityType.CALL, "Call", c, null, 97, "Connected");
        RelationshipStrength.ContactStrength s = RelationshipStrength.of(b.build()).contacts().get(0);
        // recency (180 - 97) / 166 = 0.5; frequency 1/8; reciprocity 1: 100 × (0.2 + 0.0375 + 0.3) = 53.75
        assertEquals(54, s.strength());
        assertEquals(Seniority.UNKNOWN, s.seniority());
    }
}
