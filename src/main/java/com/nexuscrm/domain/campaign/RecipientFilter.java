package com.nexuscrm.domain.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's custom filter over the recipient's own fields, so it holds the same on a workstation and on the team server
 * (which has the recipient's handed-over data, never the workstation's saved views): clauses joined by "and", each
 * {@code FIELD OP VALUE}, for example {@code country = DE and title contains VP} or {@code score >= 60}. Text fields
 * ({@link #TEXT_FIELDS}) take {@code =}, {@code !=}, {@code contains} and {@code starts with}, compared without case;
 * {@code score} takes {@code =}, {@code !=}, {@code >}, {@code >=}, {@code <}, {@code <=} and a whole number. A person
 * missing the field does not match (except {@code !=}).
 */
public record RecipientFilter(List<Clause> clauses) {
    /** The text fields a clause may name, with how each is read from a recipient. */
    public static final List<String> TEXT_FIELDS = List.of("country", "city", "company", "title", "email", "stage");
    private static final Pattern CLAUSE = Pattern.compile(
            "(?i)\\s*([a-z]+)\\s*(!=|>=|<=|=|>|<|contains\\b|starts with\\b)\\s*(.*?)\\s*");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");
    /** The longest filter taken: a plan comes from a network peer too, and a long one only costs matching time. */
    public static final int MAX_LENGTH = 500;

    /** One comparison: a field, an operator (lower case) and the value as typed. */
    public record Clause(String field, String op, String value) {
        boolean matches(Recipient r) {
            if (field.equals("score")) {
                Integer score = r.score();
                int wanted = Integer.parseInt(value);
                return switch (op) {
                    case "=" -> score != null && score == wanted;
                    case "!=" -> score == null || score != wanted;
                    case ">" -> score != null && score > wanted;
                    case ">=" -> score != null && score >= wanted;
                    case "<" -> score != null && score < wanted;
                    default -> score != null && score <= wanted;
                };
            }
            String have = text(field).apply(r);
            String h = have == null ? null : have.strip().toLowerCase(Locale.ROOT);
            String v = value.toLowerCase(Locale.ROOT);
            return switch (op) {
                case "=" -> v.equals(h);
                case "!=" -> !v.equals(h);
                case "contains" -> h != null && h.contains(v);
                default -> h != null && h.startsWith(v);
            };
        }
    }

    public RecipientFilter {
        clauses = List.copyOf(clauses);
    }

    /** True when the recipient matches every clause. */
    public boolean matches(Recipient recipient) {
        return clauses.stream().allMatch(c -> c.matches(recipient));
    }

    /**
     * The filter typed, or {@link IllegalArgumentException} naming the clause that is wrong and how to write it.
     */
    public static RecipientFilter parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("'custom filter' needs a filter, e.g. country = DE and title contains VP");
        }
        if (typed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a custom filter is at most " + MAX_LENGTH + " characters, not "
                    + typed.length() + ": keep a few clauses joined by 'and'");
        }
        List<Clause> clauses = new ArrayList<>();
        for (String part : AND.split(typed.strip())) {
            Matcher m = CLAUSE.matcher(part);
            if (!m.matches() || m.group(3).isEmpty()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a filter clause: write FIELD OP VALUE,"
                        + " e.g. country = DE, title contains VP or score >= 60");
            }
            String field = m.group(1).toLowerCase(Locale.ROOT);
            String op = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String value = unquote(m.group(3));
            if (field.equals("score")) {
                if (!List.of("=", "!=", ">", ">=", "<", "<=").contains(op) || !value.matches("\\d{1,3}")) {
                    throw new IllegalArgumentException("'" + part.strip() + "': score takes =, !=, >, >=, <, <= and a whole"
                            + " number from 0 to 100");
                }
            } else if (!TEXT_FIELDS.contains(field)) {
                throw new IllegalArgumentException("'" + field + "' is not a field a filter can use: score, "
                        + String.join(", ", TEXT_FIELDS));
            } else if (!List.of("=", "!=", "contains", "starts with").contains(op)) {
                throw new IllegalArgumentException("'" + part.strip() + "': " + field + " takes =, !=, contains or starts with");
            }
            clauses.add(new Clause(field, op, value));
        }
        return new RecipientFilter(clauses);
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))
                ? v.substring(1, v.length() - 1) : v;
    }

    private static Function<Recipient, String> text(String field) {
        return switch (field) {
            case "country" -> Recipient::country;
            case "city" -> Recipient::city;
            case "company" -> Recipient::company;
            case "title" -> Recipient::title;
            case "email" -> Recipient::email;
            default -> Recipient::stage;
        };
    }
}
