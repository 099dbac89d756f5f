package com.nexuscrm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyNamesTest {
    @Test
    void keysIgnoreCaseAccentsPunctuationAndLegalForms() {
        assertEquals("acme", CompanyNames.key("ACME, Inc."));
        assertEquals("acme", CompanyNames.key("Acme Co. Ltd"));
        assertEquals("muller and sohne", CompanyNames.key("Müller & Söhne GmbH"));
        assertEquals("nestle", CompanyNames.key("Nestlé S.A."));
        assertEquals("siemens", CompanyNames.key("Siemens AG"));
        assertEquals("mcdonalds", CompanyNames.key("McDonald's Corporation"));
        assertEquals("smith", CompanyNames.key("Smith & Co."));
        assertEquals("initech", CompanyNames.key("The Initech Company"));
        assertEquals("tesco", CompanyNames.key("Tesco PLC"));
        assertEquals("inc", CompanyNames.key("Inc."), "a name that is only a legal form keeps it");
        assertEquals("", CompanyNames.key("  "));
    }

    @Test
    void domainsAreNormalisedWidenedAndFreeMailIsRecognised() {
        assertEquals("acme.com", CompanyDomains.normalize("https://www.Acme.com/about?x=1"));
        assertEquals(List.of("mail.eu.acme.com", "eu.acme.com", "acme.com"), CompanyDomains.widening("mail.eu.acme.com"));
        assertEquals(List.of("shop.acme.co.uk", "acme.co.uk"), CompanyDomains.widening("shop.acme.co.uk"));
        assertEquals("acme.com", CompanyDomains.ofEmail("Ann.Lee@ACME.com").orElseThrow());
        assertTrue(CompanyDomains.ofEmail("not an email").isEmpty());
        for (String free : List.of("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                "proton.me", "gmx.de", "gmx.at", "yahoo.co.uk", "hotmail.fr")) {
            assertTrue(CompanyDomains.isFreeMail(free), free);
        }
        for (String company : List.of("acme.com", "outlook.acme.com", "gmxsoft.de", "live-nation.com")) {
            assertFalse(CompanyDomains.isFreeMail(company), company);
        }
    }
}
