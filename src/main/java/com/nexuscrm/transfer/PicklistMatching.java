package com.nexuscrm.transfer;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistText;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Picklists;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one import turns a cell of a picklist field (lead source, industry, deal stage) into a stored key: by
 * the team's list (key, label or synonym, case- and accent-blind), by a choice the person made in the import
 * dialog, or else by the policy for unknown values: add it to the list, or refuse the row (the command
 * line's {@code --strict-picklists}). It counts what it mapped and added, for the import's summary, and
 * holds the lists as they grew ({@link #grownLists()}), for the caller to save with the import.
 * One instance serves one import on one thread.
 */
public final class PicklistMatching {
    /** What happens to a value the list does not know and no choice covers. */
    public enum Unknown { ADD, REJECT }

    /** One unknown value found in a file: its list, its text as written, how many rows, the first line. */
    public record UnknownValue(PicklistName list, String value, int rows, long firstLine) { }

    /** A row refused under {@link Unknown#REJECT}, for a message naming line, field and value. */
    public record Refusal(long line, String field, String value) { }

    private record Tally(String from, String to, int[] rows) { }

    private record Use(Map<String, Tally> tallies, String slot, String from, String to) { }

    private final Map<PicklistName, Picklist> lists = new EnumMap<>(PicklistName.class);
    private final Map<String, String> chosen = new LinkedHashMap<>();
    private final Unknown policy;
    private final Map<String, Tally> mapped = new LinkedHashMap<>();
    private final Map<String, Tally> added = new LinkedHashMap<>();
    private final List<PicklistName> grown = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final java.util.Set<String> addedSlots = new java.util.HashSet<>();
    private final List<Use> pending = new ArrayList<>();
    private long line;

    public PicklistMatching(Map<PicklistName, Picklist> lists, Unknown policy) {
        for (PicklistName name : PicklistName.values()) {
            this.lists.put(name, lists.getOrDefault(name, Picklists.defaults(name)));
        }
        this.policy = policy;
    }

    /** The built-in lists, unknown values added: what an import does without a workspace's own lists. */
    public static PicklistMatching defaults() {
        return new PicklistMatching(Map.of(), Unknown.ADD);
    }

    /** The dialog's choice for one unknown value: store it as {@code existingKey} of the list. */
    public void mapTo(PicklistName list, String value, String existingKey) {
        if (lists.get(list).value(existingKey).isEmpty()) {
            throw new IllegalArgumentException(list.label() + " has no value '" + existingKey + "'");
        }
        chosen.put(slot(list, value), existingKey);
    }

    public Picklist list(PicklistName name) {
        return lists.get(name);
    }

    /** Whether the list knows the value (by key, label or synonym) or a choice covers it. */
    public boolean knows(PicklistName list, String value) {
        return chosen.containsKey(slot(list, value)) || lists.get(list).match(value).isPresent();
    }

    /** A new row starts: what the previous one used counts only if it was accepted ({@link #rowAccepted}). */
    void atLine(long current) {
        line = current;
        pending.clear();
    }

    /** The current row was imported: its mapped and added values count in the summary and the grown lists. */
    void rowAccepted() {
        for (Use use : pending) {
            use.tallies().computeIfAbsent(use.slot(), k -> new Tally(use.from(), use.to(), new int[1])).rows()[0]++;
        }
        pending.clear();
    }

    /** The key to store for a cell; throws {@link IllegalArgumentException} (a message for people) when refused. */
    String resolve(PicklistName list, String field, String cell) {
        String value = cell.strip();
        String choice = chosen.get(slot(list, value));
        if (choice != null) {
            return tally(mapped, list, value, lists.get(list).label(choice), choice);
        }
        Optional<PicklistValue> match = lists.get(list).match(value);
        if (match.isPresent()) {
            PicklistValue v = match.get();
            if (addedSlots.contains(slot(list, v.key()))) {
                return tally(added, list, v.key(), v.label(), v.key());
            }
            boolean plain = PicklistText.fold(value).equals(PicklistText.fold(v.label()))
                    || PicklistText.fold(value).equals(PicklistText.fold(v.key()));
            return plain ? v.key() : tally(mapped, list, value, v.label(), v.key());
        }
        if (policy == Unknown.REJECT || list == PicklistName.DEAL_STAGE) {
            refusals.add(new Refusal(line, field, value));
            throw new IllegalArgumentException(unknownMessage(list, value));
        }
        lists.put(list, lists.get(list).withAdded(value));
        addedSlots.add(slot(list, value));
        if (!grown.contains(list)) {
            grown.add(list);
        }
        return tally(added, list, value, value, value);
    }

    private String unknownMessage(PicklistName list, String value) {
        String known = lists.get(list).active().stream().map(PicklistValue::label).collect(Collectors.joining(", "));
        if (list == PicklistName.DEAL_STAGE) {
            return "'" + value + "' is not a deal stage (" + known + "); deal stages cannot be added by an import."
                    + " Use one of them, or add '" + value + "' as a synonym in Settings → Picklists.";
        }
        return "'" + value + "' is not a " + list.label().toLowerCase() + " of this workspace (" + known + ")."
                + " Add it in Settings → Picklists, or import without --strict-picklists to add it.";
    }

    private String tally(Map<String, Tally> tallies, PicklistName list, String from, String to, String key) {
        pending.add(new Use(tallies, slot(list, from), from, to));
        return key;
    }

    private static String slot(PicklistName list, String value) {
        return list.name() + "|" + PicklistText.fold(value);
    }

    /** The lists this import added values to, with the added values that imported rows use. */
    public List<Picklist> grownLists() {
        List<Picklist> result = new ArrayList<>();
        for (PicklistName name : grown) {
            List<PicklistValue> used = lists.get(name).values().stream()
                    .filter(v -> !addedSlots.contains(slot(name, v.key())) || added.containsKey(slot(name, v.key())))
                    .toList();
            if (used.size() > lists.get(name).values().size() - addedCount(name)) {
                result.add(lists.get(name).withValues(used));
            }
        }
        return result;
    }

    private long addedCount(PicklistName name) {
        return addedSlots.stream().filter(s -> s.startsWith(name.name() + "|")).count();
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** "mapped: Web → Website (3 rows); added: Podcast (1 row)", or empty when every value was used as written. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        if (!mapped.isEmpty()) {
            parts.add("mapped: " + mapped.values().stream().map(t -> t.from() + " → " + t.to() + " (" + rows(t) + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!added.isEmpty()) {
            parts.add("added: " + added.values().stream().map(t -> t.from() + " (" + rows(t) + ")")
                    .collect(Collectors.joining(", ")));
        }
        return String.join("; ", parts);
    }

    private static String rows(Tally t) {
        return t.rows()[0] + (t.rows()[0] == 1 ? " row" : " rows");
    }
}
