package com.nexuscrm.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrolmentRulesTest {
    @Test
    void scoreBandMatchesInsideOnlyAndNeverAnUnscoredLead() {
        EnrolmentRules band = new EnrolmentRules(false, 50, 20, false);
        assertTrue(band.scoreMatches(20));
        assertTrue(band.scoreMatches(49));
        assertFalse(band.scoreMatches(50));
        assertFalse(band.scoreMatches(19));
        assertFalse(band.scoreMatches(null));
        assertFalse(EnrolmentRules.MANUAL.scoreMatches(10));
        assertFalse(EnrolmentRules.MANUAL.any());
    }

    @Test
    void problemsNameTheField() {
        assertEquals(List.of(new FieldError("Score below", "a score is from 0 to 100, not 120")),
                new EnrolmentRules(false, 120, null, false).problems(Audience.MANUAL));
        assertEquals("Score at least", new EnrolmentRules(false, 40, 60, false).problems(Audience.MANUAL).get(0).field());
        assertEquals(List.of(new FieldError("Audience", "choose a saved filter to enrol its leads")),
                new EnrolmentRules(false, null, null, true).problems(new Audience(" ", null)));
        assertEquals(List.of(), new EnrolmentRules(true, null, null, true).problems(new Audience("Open leads", null)));
    }
}
