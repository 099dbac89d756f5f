package com.nexuscrm.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.FieldRules;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(305) 290-3633 x123 | 1  | 3052903633",
            "1-305-290-3633      | 1  | 3052903633",
            "+1 305.290.3633     | 1  | 3052903633",
            "01837 892460        | 44 | 1837892460",
            "+44 20 7946 0958    | 44 | 2079460958",
            "037493 61296852     | 49 | 3749361296852",
            "02 68 48 93 07      | 33 | 268489307"})
    void keepsOnlyTheNationalDigits(String raw, String callingCode, String national) {
        assertEquals(Optional.of(national), PhoneNumbers.nationalDigits(raw, callingCode));
    }

    @Test
    void rejectsNumbersTooShortOrTooLong() {
        assertEquals(Optional.empty(), PhoneNumbers.nationalDigits("555-12", "1"));
        assertEquals(Optional.empty(), PhoneNumbers.nationalDigits("1234567890123456", "1"));
    }

    @Test
    void formatsAsInternationalNumbersTheValidatorAccepts() {
        assertEquals("+1 415 555 0134", PhoneNumbers.international("1", "4155550134"));
        assertEquals("+33 26 848 9307", PhoneNumbers.international("33", "268489307"));
        assertEquals("+49 374936 129 6852", PhoneNumbers.international("49", "3749361296852"));
        assertEquals("+31 555 0134", PhoneNumbers.international("31", "5550134"));
        for (String phone : new String[] {"+1 415 555 0134", "+49 374936 129 6852", "+31 555 0134"}) {
            assertTrue(FieldRules.isPhone(phone), phone);
        }
    }
}
