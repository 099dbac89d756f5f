package com.nexuscrm.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The JSON a field's Java type accepts, stricter than Jackson's coercions: a number is not text, "12"
 * is not a number, 1.5 or 1e20 is not an int, and a moment is ISO-8601 text.
 */
public record FieldType(Class<?> javaType) {
    static FieldType of(Class<?> javaType) {
        return new FieldType(javaType);
    }

    /** What is wrong with the value for this type, in words; empty when it fits. */
    public Optional<String> problem(JsonNode value) {
        if (value == null || value.isNull()) {
            return javaType.isPrimitive() ? Optional.of("is required") : Optional.empty();
        }
        return fits(value) ? Optional.empty() : Optional.of(expectation());
    }

    private boolean fits(JsonNode v) {
        Class<?> t = javaType;
        if (t == String.class) {
            return v.isTextual();
        }
        if (t == int.class || t == Integer.class) {
            return v.isIntegralNumber() && v.canConvertToInt();
        }
        if (t == long.class || t == Long.class) {
            return v.isIntegralNumber() && v.canConvertToLong();
        }
        if (t == double.class || t == Double.class) {
            return v.isNumber() && Double.isFinite(v.doubleValue());
        }
        if (t == BigDecimal.class) {
            return v.isNumber() && (!v.isFloatingPointNumber() || Double.isFinite(v.doubleValue()));
        }
        if (t == boolean.class || t == Boolean.class) {
            return v.isBoolean();
        }
        if (t.isEnum()) {
            return v.isTextual() && Arrays.stream(t.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(v.textValue()));
        }
        return v.isTextual() && parses(v.textValue());
    }

    private boolean parses(String text) {
        try {
            if (javaType == Instant.class) {
                Instant.parse(text);
            } else if (javaType == LocalDate.class) {
                LocalDate.parse(text);
            } else if (javaType == UUID.class) {
                return UUID.fromString(text).toString().equalsIgnoreCase(text);
            } else {
                return false;
            }
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }

    private String expectation() {
        Class<?> t = javaType;
        if (t == String.class) {
            return "must be text";
        }
        if (t == int.class || t == Integer.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (t == long.class || t == Long.class) {
            return "must be a whole number";
        }
        if (t == double.class || t == Double.class || t == BigDecimal.class) {
            return "must be a number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "must be true or false";
        }
        if (t.isEnum()) {
            return "must be one of " + Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (t == Instant.class) {
            return "must be a moment in ISO-8601 form such as 2026-12-06T09:30:00Z";
        }
        if (t == LocalDate.class) {
            return "must be a date such as 2026-12-06";
        }
        if (t == UUID.class) {
            return "must be an id such as 0193a4c2-7b1e-7c3d-9f00-1a2b3c4d5e6f";
        }
        return "has an unsupported type";
    }
}
