package com.nexuscrm.domain;

import static com.nexuscrm.domain.CompanyList.company;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompanyMatcherTest {
    private final CompanyMatcher matcher = new CompanyMatcher(new CompanyList(
            company("acme.com", "Acme Robotics, Inc.", "United States"),
            company("globex.de", "Globex GmbH", "Germany"),
            company("globex.fr", "Globex S.A.", "France"),
            company("initech.com", "Initech Corp", "United States"),
            company("initrode.com", "Initrode LLC", "United States"),
            company("umbrella.co.uk", "Umbrella Holdings plc", "United Kingdom"),
            company("soylent.com", "Soylent Systems Ltd", "United States"),
            company("soylentsys.com", "Soylent Systemz Ltd", "United States")));

    private static Lead lead(String email, String company) {
        Lead lead = new Lead();
        lead.setLastName("Lee");
        lead.setEmail(email);
        lead.setCompany(company);
        return lead;
    }

    private CompanyMatch.Matched matched(Lead lead) {
        return assertInstanceOf(CompanyMatch.Matched.class, matcher.match(lead));
    }

    @Test
    void theLeadsOwnDomainComesFirst() {
        Lead lead = lead("ann@initech.com", "Globex");
        lead.setDomain("www.acme.com");
        CompanyMatch.Matched match = matched(lead);
        assertEquals("acme.com", match.company().domain());
        assertEquals("lead domain acme.com", match.matchedBy());
    }

    @Test
    void theEmailDomainMatchesBeforeTheName() {
        CompanyMatch.Matched match = matched(lead("ann@Initech.com", "Globex"));
        assertEquals("initech.com", match.company().domain());
        assertEquals("email domain initech.com", match.matchedBy());
    }

    @Test
    void aSubdomainFindsItsCompany() {
        assertEquals("acme.com", matched(lead("ann@mail.eu.acme.com", null)).company().domain());
        assertEquals("umbrella.co.uk", matched(lead("ann@london.umbrella.co.uk", null)).company().domain());
    }

    @Test
    void freeMailIsIgnoredAndTheNameDecides() {
        for (String email : new String[] {"ann@gmail.com", "ann@gmx.de", "ann@yahoo.co.uk", "ann@proton.me"}) {
            CompanyMatch.Matched match = matched(lead(email, "ACME Robotics"));
            assertEquals("acme.com", match.company().domain(), email);
            assertEquals("company name 'ACME Robotics'", match.matchedBy());
        }
        CompanyMatch none = matcher.match(lead("ann@hotmail.com", null));
        assertInstanceOf(CompanyMatch.Unmatched.class, none);
        assertTrue(none.explanation().contains("hotmail.com is a free-mail domain"), none.explanation());
    }

    @Test
    void legalSuffixesPunctuationAndCaseDoNotMatter() {
        assertEquals("acme.com", matched(lead(null, "acme robotics LLC")).company().domain());
        assertEquals("initech.com", matched(lead(null, "The Initech Corporation")).company().domain());
        assertEquals("umbrella.co.uk", matched(lead(null, "Umbrella Holdings")).company().domain());
    }

    @Test
    void aMisspelledNameMatchesFuzzilyAndSaysHowClose() {
        CompanyMatch.Matched match = matched(lead("ann@unknown.io", "Acme Robotcs Inc"));
        assertEquals("acme.com", match.company().domain());
        assertTrue(match.matchedBy().startsWith("similar company name 'Acme Robotics, Inc.' (0.9"), match.matchedBy());
    }

    @Test
    void twoCloseCandidatesAreAmbiguousAndNoneIsUsed() {
        CompanyMatch match = matcher.match(lead(null, "Soylent Systemx"));
        assertInstanceOf(CompanyMatch.Ambiguous.class, match);
        assertTrue(match.explanation().contains("soylent.com") && match.explanation().contains("soylentsys.com"),
                match.explanation());
    }

    @Test
    void theSameNameInTwoCountriesNeedsTheLeadsCountry() {
        CompanyMatch match = matcher.match(lead(null, "Globex"));
        assertInstanceOf(CompanyMatch.Ambiguous.class, match);
        assertTrue(match.explanation().startsWith("2 companies are named 'Globex' (globex.de, globex.fr)"),
                match.explanation());
        Lead french = lead(null, "Globex");
        french.setCountry("france");
        assertEquals("globex.fr", matched(french).company().domain());
    }

    @Test
    void aDifferentNameWithTheSameStartIsNoMatch() {
        CompanyMatch match = matcher.match(lead("ann@other.org", "Initial Systems"));
        assertInstanceOf(CompanyMatch.Unmatched.class, match);
        assertTrue(match.explanation().contains("no company has the domain other.org"), match.explanation());
        assertInstanceOf(CompanyMatch.Unmatched.class, matcher.match(lead(null, "Acm")), "short names are never fuzzy");
        assertInstanceOf(CompanyMatch.Unmatched.class, matcher.match(lead(null, null)));
    }
}
