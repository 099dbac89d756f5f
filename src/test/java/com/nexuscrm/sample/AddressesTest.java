package com.nexuscrm.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.FieldRules;
import org.junit.jupiter.api.Test;

class AddressesTest {
    private final Addresses addresses = new Addresses();

    @Test
    void domainUsesTheSignificantWordsOfTheCompanyName() {
        assertEquals("sporer-oberbrunner.com", addresses.domainFor("Sporer, Oberbrunner and McDermott", Market.UNITED_STATES));
        assertEquals("jast.com", addresses.domainFor("Jast and Sons", Market.UNITED_STATES));
        assertEquals("muller-schafer.de", addresses.domainFor("Müller & Schäfer GmbH", Market.GERMANY));
        assertEquals("hermiston.co.uk", addresses.domainFor("Hermiston Inc", Market.UNITED_KINGDOM));
    }

    @Test
    void secondCompanyWithTheSameStemGetsADifferentDomain() {
        String first = addresses.domainFor("Jast and Sons", Market.UNITED_STATES);
        String second = addresses.domainFor("Jast LLC", Market.UNITED_STATES);
        assertEquals("jast.com", first);
        assertEquals("jasthq.com", second);
        assertTrue(FieldRules.isDomain(second));
    }

    @Test
    void emailsAreAsciiValidAndUnique() {
        String first = addresses.emailFor("Zoë", "O'Brien-Łukasz", "acme.com");
        String second = addresses.emailFor("Zoe", "OBrien-Lukasz", "acme.com");
        assertEquals("zoe.obrienlukasz@acme.com", first);
        assertEquals("zoe.obrienlukasz2@acme.com", second);
        assertTrue(FieldRules.isEmail(first) && FieldRules.isEmail(second));
        assertEquals("strasse@acme.com", addresses.emailFor("", "Straße", "acme.com"));
    }
}
