package com.nexuscrm.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whom a referral names, from replies written like the labelled ones. */
class ReferralContactTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "I'm not the right contact. Please reach out to Maria Lopez, our sales manager.|Maria Lopez|-",
        "You should speak to our head of IT, david@brightwave.com.|David|david@brightwave.com",
        "Wrong person. Try jane.doe@globex.com.|Jane Doe|jane.doe@globex.com",
        "Please contact our purchasing manager, Tom Reyes.|Tom Reyes|-",
        "Not me, but our VP of Sales would be interested. Her name is Joan Miles.|Joan Miles|-",
        "Looping in my colleague Ravi who owns this decision.|Ravi|-",
        "Our decision maker for this is the CTO, Alex Rivera (alex.rivera@initech.io).|Alex Rivera|alex.rivera@initech.io",
        "Please get in touch with our procurement department at buying@acme.com.|-|buying@acme.com",
        "I'm in marketing. The person you want is in sales: Dan Brooks.\\n\\nBest,\\nKaren Smith|Dan Brooks|-",
    })
    void namesAndAddresses(String text, String name, String email) {
        ReferralContact who = ReferralContact.in(text.replace("\\n", "\n"));
        assertEquals(name, who.name());
        assertEquals(email, who.email());
    }

    @Test
    void nobodyNamed() {
        assertFalse(ReferralContact.in("You should talk to my manager about this.").found());
        assertFalse(ReferralContact.in("Try our CEO, he makes those calls.").found());
    }

    @Test
    void firstAndLastNameForALead() {
        ReferralContact who = ReferralContact.in("Please contact Sarah Kim.");
        assertEquals("Sarah", who.firstName());
        assertEquals("Kim", who.lastName());
        ReferralContact one = ReferralContact.in("I'm just an intern, please contact Mr. Ito.");
        assertEquals(null, one.firstName());
        assertEquals("Ito", one.lastName());
    }
}
