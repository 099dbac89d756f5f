package com.nexuscrm.transfer;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.LeadStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a CSV cell becomes a field value and back. Parsing is lenient where spreadsheets differ (labels or
 * names for enums, yes/no for booleans, a date for a timestamp) and strict where a guess could be wrong.
 */
enum FieldType {
    TEXT(String.class), TRIMMED_TEXT(String.class), INTEGER(Integer.class), DECIMAL(BigDecimal.class),
    BOOLEAN(Boolean.class),
    INSTANT(Instant.class), DATE(LocalDate.class), ID(UUID.class),
    LEAD_STATUS(LeadStatus.class), DEAL_STAGE(DealStage.class),
    TICKET_PRIORITY(TicketPriority.class), TICKET_STATUS(TicketStatus.class),
    /** An account named by its id, domain or name: parsed to its text here, resolved by {@link AccountReferences}. */
    ACCOUNT(UUID.class);

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d{1,2}");

    private final Class<?> valueClass;

    FieldType(Class<?> valueClass) {
        this.valueClass = valueClass;
    }

    Class<?> valueClass() {
        return valueClass;
    }

    /**
     * Parses a non-blank cell; throws {@link IllegalArgumentException} with a message for the user. Free
     * text is kept exactly as written, so that exported text with edge spaces reads back equal; every other
     * type ignores surrounding spaces, which spreadsheets add freely.
     */
    Object parse(String cell) {
        String text = this == TEXT ? cell : cell.strip();
        return switch (this) {
            case TEXT, TRIMMED_TEXT -> text;
            case INTEGER -> parseInteger(text);
            case DECIMAL -> parseDecimal(text);
            case BOOLEAN -> parseBoolean(text);
            case INSTANT -> parseInstant(text);
            case DATE -> parseDate(text);
            case ID -> parseId(text);
            case LEAD_STATUS -> parseEnum(LeadStatus.class, text, LeadStatus::label);
            case DEAL_STAGE -> parseEnum(DealStage.class, text, DealStage::label);
            case TICKET_PRIORITY -> parseEnum(TicketPriority.class, text, FieldType::lowerName);
            case TICKET_STATUS -> parseEnum(TicketStatus.class, text, FieldType::lowerName);
            case ACCOUNT -> text;
        };
    }

    /** The cell text for a value; the exporter writes what {@link #parse} reads back unchanged. */
    String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static Integer parseInteger(String text) {
        try {
            return Integer.valueOf(text.replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number (e.g. 250)");
        }
    }

    /** Accepts 1234.56, 1,234.56 (thousands commas) and 1234,56 (decimal comma, as in ';' files). */
    private static BigDecimal parseDecimal(String text) {
        String s = text.replace(" ", "");
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(s).matches()) {
            s = s.replace(',', '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number (e.g. 1234.56)");
        }
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> true;
            case "no", "n", "false", "0" -> false;
            default -> throw new IllegalArgumentException(
                    "'" + text + "' is not yes/no (use yes, no, true, false, 1 or 0)");
        };
    }

    /** ISO-8601 instant or offset time; a local date-time or plain date is taken as UTC. */
    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("'" + text
                            + "' is not a date/time (use ISO-8601 such as 2024-05-31T14:00:00Z or 2024-05-31)");
                }
            }
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (use yyyy-MM-dd such as 2024-05-31)");
        }
    }

    /** Only the canonical 36-character form: {@link UUID#fromString} also accepts odd short forms. */
    private static UUID parseId(String text) {
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an id (a UUID such as 0190c3a2-7b1e-7c3d-8a4f-1e2d3c4b5a69)");
        }
        return UUID.fromString(text);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, Function<E, String> label) {
        String wanted = simplify(text);
        for (E constant : type.getEnumConstants()) {
            if (simplify(constant.name()).equals(wanted) || simplify(label.apply(constant)).equals(wanted)) {
                return constant;
            }
        }
        String valid = Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + text + "' is not one of: " + valid);
    }

    private static String lowerName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** "Closed won", "CLOSED_WON" and "closed-won" are the same stage. */
    private static String simplify(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
