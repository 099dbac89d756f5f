package com.nexuscrm.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Single-value rules shared by the record validators and the CSV importer. */
public final class FieldRules {
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$");
    private static final Pattern PHONE_CHARS = Pattern.compile("^\\+?[0-9 ().\\-/]+(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?$");
    private static final Pattern DOMAIN = Pattern.compile("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private FieldRules() { }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static boolean isEmail(String s) {
        return s != null && s.length() <= 254 && EMAIL.matcher(s).matches();
    }

    /** Accepts international formats with separators; needs 7 to 15 digits (E.164 allows 15). */
    public static boolean isPhone(String s) {
        if (s == null || s.length() > 40 || !PHONE_CHARS.matcher(s.trim()).matches()) {
            return false;
        }
        String main = s.toLowerCase().split("x|ext")[0];
        long digits = main.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15;
    }

    public static boolean isDomain(String s) {
        return s != null && s.length() <= 253 && DOMAIN.matcher(s).matches();
    }

    static void required(List<FieldError> errors, String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
    }

    static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "is " + value.length() + " characters long; at most " + max + " allowed"));
        }
    }

    /** One line of text: at most {@code max} characters and no control characters (NUL, newline, escape...). */
    static void line(List<FieldError> errors, String field, String value, int max) {
        maxLength(errors, field, value, max);
        controlCharacters(errors, field, value, false);
    }

    /** Free text: at most {@code max} characters; newline, carriage return and tab are its only control characters. */
    static void text(List<FieldError> errors, String field, String value, int max) {
        maxLength(errors, field, value, max);
        controlCharacters(errors, field, value, true);
    }

    private static void controlCharacters(List<FieldError> errors, String field, String value, boolean multiLine) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = multiLine && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowed) {
                errors.add(new FieldError(field, String.format("holds the control character U+%04X at position %d;"
                        + " remove it (%s)", (int) c, i + 1, multiLine ? "only newlines and tabs are allowed" : "one line of plain text")));
                return;
            }
        }
    }

    /** A value as quoted in a message: long values are cut, so a message stays readable whatever was sent. */
    static String quote(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    static void email(List<FieldError> errors, String field, String value) {
        if (!isBlank(value) && !isEmail(value)) {
            errors.add(new FieldError(field, "'" + quote(value) + "' is not a valid email address (expected name@company.com)"));
        }
    }

    static void phone(List<FieldError> errors, String field, String value) {
        if (!isBlank(value) && !isPhone(value)) {
            errors.add(new FieldError(field, "'" + quote(value) + "' is not a valid phone number (7 to 15 digits, e.g. +1 415 555 0100)"));
        }
    }

    static void domain(List<FieldError> errors, String field, String value) {
        if (!isBlank(value) && !isDomain(value)) {
            errors.add(new FieldError(field, "'" + quote(value) + "' is not a valid domain (lower case, e.g. acme.com)"));
        }
    }

    static void amount(List<FieldError> errors, String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        } else if (value.compareTo(MAX_AMOUNT) >= 0) {
            errors.add(new FieldError(field, "is implausibly large (max 999,999,999,999.99)"));
        } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "has more than 2 decimal places"));
        }
    }

    static void nonNegative(List<FieldError> errors, String field, Number value) {
        if (value != null && value.doubleValue() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        }
    }

    static void plausibleDate(List<FieldError> errors, String field, LocalDate value) {
        if (value != null && (value.getYear() < 1990 || value.getYear() > 2100)) {
            errors.add(new FieldError(field, value + " is outside 1990-2100"));
        }
    }
}
