package com.nexuscrm.transfer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which record field each CSV column fills, by header; a header mapped to nothing is ignored. Immutable:
 * a mapping dialog edits it with {@link #withField}, which keeps every field filled from one column only.
 *
 * <p>Headers in a CSV file that the mapping does not mention are ignored. When a file repeats a header,
 * only its first column is used.
 */
public final class ColumnMapping {
    private final RecordKind kind;
    private final Map<String, String> fieldByHeader;

    ColumnMapping(RecordKind kind, Map<String, String> fieldByHeader) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fieldByHeader = Collections.unmodifiableMap(new LinkedHashMap<>(fieldByHeader));
    }

    /**
     * Matches headers to fields: first by field name (ignoring case, spaces and punctuation), then by common
     * synonyms ("E-mail", "Company Name", "Surname", ...). A field is taken by the first header that matches.
     */
    public static ColumnMapping auto(RecordKind kind, List<String> headers) {
        Map<String, String> mapping = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        headers.forEach(h -> mapping.put(h, null));
        for (String header : headers) {
            HeaderSynonyms.exactField(kind, header).filter(taken::add).ifPresent(f -> mapping.putIfAbsent(header, f));
        }
        for (String header : headers) {
            if (mapping.get(header) == null) {
                HeaderSynonyms.synonymField(kind, header).filter(taken::add).ifPresent(f -> mapping.put(header, f));
            }
        }
        return new ColumnMapping(kind, mapping);
    }

    /**
     * Reads a mapping file of {@code CSV header=field} lines ({@code #} starts a comment; an empty field, or
     * {@code -}, ignores the column). Throws {@link ImportException} naming the line of any mistake.
     */
    public static ColumnMapping load(RecordKind kind, Path file) {
        return MappingFile.read(kind, file);
    }

    public RecordKind kind() {
        return kind;
    }

    /** The headers this mapping knows, in file order. */
    public List<String> headers() {
        return List.copyOf(fieldByHeader.keySet());
    }

    /** The field the header fills, or empty when the column is ignored or unknown. */
    public Optional<String> fieldFor(String header) {
        return Optional.ofNullable(fieldByHeader.get(header));
    }

    /** Fields filled by some column. */
    public Set<String> mappedFields() {
        Set<String> fields = new LinkedHashSet<>(fieldByHeader.values());
        fields.remove(null);
        return fields;
    }

    /**
     * A copy with the header mapped to the field ({@code null} ignores the column). Any other header that
     * filled the same field becomes ignored. Throws {@link IllegalArgumentException} for an unknown field.
     */
    public ColumnMapping withField(String header, String field) {
        if (field != null && kind.field(field).isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' is not a " + kind.singular()
                    + " field. Valid fields: " + String.join(", ", kind.fieldNames()));
        }
        Map<String, String> copy = new LinkedHashMap<>(fieldByHeader);
        if (field != null) {
            copy.replaceAll((h, f) -> field.equals(f) ? null : f);
        }
        copy.put(header, field);
        return new ColumnMapping(kind, copy);
    }

    /**
     * The field each column of a file fills ({@code null}: ignored). Headers match exactly, else ignoring
     * case and surrounding spaces; a field already filled by an earlier column is not filled again.
     */
    List<RecordField> fieldsByColumn(List<String> fileHeaders) {
        List<RecordField> columns = new ArrayList<>(fileHeaders.size());
        Set<String> used = new HashSet<>();
        for (String header : fileHeaders) {
            String field = lookup(header);
            columns.add(field != null && used.add(field) ? kind.field(field).orElseThrow() : null);
        }
        return columns;
    }

    private String lookup(String header) {
        if (fieldByHeader.containsKey(header)) {
            return fieldByHeader.get(header);
        }
        String wanted = header.trim().toLowerCase(Locale.ROOT);
        return fieldByHeader.entrySet().stream().filter(e -> e.getKey().trim().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && kind == other.kind && fieldByHeader.equals(other.fieldByHeader);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, fieldByHeader);
    }

    @Override
    public String toString() {
        return kind + " " + fieldByHeader;
    }
}
