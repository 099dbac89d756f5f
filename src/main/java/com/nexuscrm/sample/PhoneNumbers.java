package com.nexuscrm.sample;

import java.util.Optional;

/**
 * Turns Datafaker's locale phone formats ("(305) 290-3633 x123", "030 1234567", "+44 20 ...") into one
 * international form, "+1 305 290 3633", that {@code FieldRules.isPhone} accepts.
 */
final class PhoneNumbers {
    private static final int MIN_NATIONAL = 7;
    /** E.164 allows 15 digits including the country code. */
    private static final int MAX_DIGITS = 15;

    private PhoneNumbers() { }

    /** The national significant digits of a raw number, without extension, country code or trunk 0. */
    static Optional<String> nationalDigits(String raw, String callingCode) {
        String main = raw.toLowerCase().split("x|ext|#|,")[0];
        String digits = main.replaceAll("[^0-9]", "");
        String trimmed = main.trim();
        if (trimmed.startsWith("+") || trimmed.startsWith("00")) {
            digits = digits.replaceFirst("^(00)?" + callingCode, "");
        } else if ("1".equals(callingCode) && digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        digits = digits.replaceFirst("^0+", "");
        if (digits.length() < MIN_NATIONAL || digits.length() + callingCode.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    /** "+CC" and the national digits grouped as area, exchange and a four-digit line. */
    static String international(String callingCode, String national) {
        int areaLength = national.length() - 7;
        StringBuilder out = new StringBuilder("+").append(callingCode).append(' ');
        if (areaLength > 0) {
            out.append(national, 0, areaLength).append(' ');
        }
        return out.append(national, areaLength, areaLength + 3).append(' ')
                .append(national, areaLength + 3, national.length()).toString();
    }
}
