package com.nexuscrm.domain.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which numbers a text can go to, and how a refusal reads. */
class E164NumbersTest {
    @Test
    void typedSeparatorsAreDroppedAndNumbersWithoutACountryCodeAreRefused() {
        assertEquals(Optional.of("+442079460958"), E164Numbers.normalise("+44 20 7946 0958"));
        assertEquals(Optional.of("+14155550100"), E164Numbers.normalise(" +1 (415) 555-0100 "));
        assertEquals(Optional.of("+4930123456"), E164Numbers.normalise("+49.30.123456"));
        assertEquals(Optional.empty(), E164Numbers.normalise("020 7946 0958"), "no country code");
        assertEquals(Optional.empty(), E164Numbers.normalise("+0 415 555 0100"), "a country code never starts with 0");
        assertEquals(Optional.empty(), E164Numbers.normalise("+1234567890123456"), "16 digits");
        assertEquals(Optional.empty(), E164Numbers.normalise("+123456"), "6 digits");
        assertEquals(Optional.empty(), E164Numbers.normalise("+1 415 555 0100 ext 12"));
        assertEquals(Optional.empty(), E164Numbers.normalise(null));
    }

    @Test
    void aProblemNamesTheFieldAndTheValue() {
        assertEquals(Optional.empty(), E164Numbers.problem("Phone", "+1 415 555 0100"));
        assertTrue(E164Numbers.problem("Phone", "  ").orElseThrow().startsWith("Phone is empty"));
        assertEquals("Mobile '555-0100' is not an international mobile number: write it in E.164 form, a '+', the country"
                + " code and the number (7 to 15 digits, e.g. +14155550100)", E164Numbers.problem("Mobile", "555-0100").orElseThrow());
    }
}
