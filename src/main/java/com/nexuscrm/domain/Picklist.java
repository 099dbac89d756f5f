package com.nexuscrm.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A team's list of values for one field, in display order. Matching an incoming value ({@link #match}) is
 * case-, accent- and punctuation-blind and knows each value's synonyms, so "web", "Web site" and "WEBSITE"
 * all find Website; inactive values still match (old records and files keep using them) but are not offered
 * for new records.
 */
public record Picklist(PicklistName name, List<PicklistValue> values) {
    public static final int MAX_VALUES = 200;
    public static final int MAX_LABEL = 80;
    public static final int MAX_SYNONYMS = 50;

    public Picklist {
        values = List.copyOf(values);
    }

    /** The value an incoming text means, by key, label or synonym; empty when the list does not know it. */
    public Optional<PicklistValue> match(String text) {
        String wanted = PicklistText.fold(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (PicklistValue v : values) {
            if (PicklistText.fold(v.key()).equals(wanted) || PicklistText.fold(v.label()).equals(wanted)) {
                return Optional.of(v);
            }
        }
        return values.stream().filter(v -> v.synonyms().stream().anyMatch(s -> PicklistText.fold(s).equals(wanted)))
                .findFirst();
    }

    public Optional<PicklistValue> value(String key) {
        return values.stream().filter(v -> v.key().equals(key)).findFirst();
    }

    /** What people see for a stored key: its label, or the key itself when the list no longer has it. */
    public String label(String key) {
        return key == null ? "" : value(key).map(PicklistValue::label).orElse(key);
    }

    /** The values offered for new records. */
    public List<PicklistValue> active() {
        return values.stream().filter(PicklistValue::active).toList();
    }

    /** The list with one more active value at the end, keyed by its label as typed. */
    public Picklist withAdded(String label) {
        List<PicklistValue> more = new ArrayList<>(values);
        more.add(PicklistValue.of(label.strip(), label.strip()));
        return new Picklist(name, more);
    }

    public Picklist withValues(List<PicklistValue> newValues) {
        return new Picklist(name, newValues);
    }

    /** Every reason the list cannot be saved, written for the person editing it; empty when it can. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (values.isEmpty()) {
            problems.add(name.label() + " needs at least one value.");
        }
        if (values.size() > MAX_VALUES) {
            problems.add(name.label() + " has " + values.size() + " values; at most " + MAX_VALUES + " are allowed.");
        }
        Set<String> keys = new HashSet<>();
        Set<String> spellings = new HashSet<>();
        for (PicklistValue v : values) {
            valueProblems(v, problems);
            if (v.key() != null && !keys.add(v.key())) {
                problems.add("The value '" + v.key() + "' appears twice in " + name.label() + ".");
            }
            if (v.label() != null && !spellings.add(PicklistText.fold(v.label()))) {
                problems.add("Two values of " + name.label() + " are both called '" + v.label() + "'; rename one.");
            }
        }
        if (name == PicklistName.DEAL_STAGE && values.stream().noneMatch(v -> Boolean.TRUE.equals(v.won()))) {
            problems.add("Deal stage needs a closed won stage.");
        }
        return problems;
    }

    private void valueProblems(PicklistValue v, List<String> problems) {
        String what = "A value of " + name.label();
        if (v.key() == null || v.key().isBlank() || unfit(v.key())) {
            problems.add(what + " has no usable key; keys are 1-" + MAX_LABEL + " characters.");
        }
        if (v.label() == null || v.label().isBlank()) {
            problems.add(what + " has no name; give every value a name.");
        } else if (unfit(v.label())) {
            problems.add("'" + v.label() + "' is too long or holds control characters; at most " + MAX_LABEL + " characters.");
        }
        if (v.synonyms().size() > MAX_SYNONYMS
                || v.synonyms().stream().anyMatch(s -> s == null || unfit(s))) {
            problems.add("'" + v.label() + "' has too many or too long synonyms: at most " + MAX_SYNONYMS + " of "
                    + MAX_LABEL + " characters.");
        }
        if (v.probability() != null && (v.probability() < 0 || v.probability() > 100)) {
            problems.add("'" + v.label() + "' has probability " + v.probability() + "; use 0 to 100.");
        }
    }

    /** Too long for a value, or holding control characters (the same rule as every one-line field). */
    private static boolean unfit(String text) {
        List<FieldError> errors = new ArrayList<>();
        FieldRules.line(errors, "value", text, MAX_LABEL);
        return !errors.isEmpty();
    }
}
