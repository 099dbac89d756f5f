package com.nexuscrm.transfer;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.SyncedRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows of one import sorted into records to save and rows to reject, by their line in the file. Ids
 * must be unique: a second row with an id already seen in the file, or a row whose id is already stored,
 * is rejected rather than silently overwriting a record.
 */
final class ImportBatch {
    /** A row that will be saved. */
    record Accepted(int line, String raw, SyncedRecord record) { }

    /**
     * A row that will not be saved, with every reason; a field of "" means the row as a whole. {@code cells} holds
     * the cell of each field at fault, as written.
     */
    record Rejected(int line, String raw, List<FieldError> errors, Map<String, String> cells) { }

    /** How much of a broken row a refusal shows as its value. */
    private static final int ROW_START = 60;

    private final List<Accepted> accepted = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();
    private final Map<UUID, Integer> lineById = new HashMap<>();

    void accept(int line, String raw, SyncedRecord record) {
        Integer earlier = lineById.putIfAbsent(record.getId(), line);
        if (earlier != null) {
            reject(line, raw, List.of(new FieldError("id", "duplicate id: line " + earlier + " has the same id")));
        } else {
            accepted.add(new Accepted(line, raw, record));
        }
    }

    void reject(int line, String raw, List<FieldError> errors) {
        reject(line, raw, errors, Map.of());
    }

    void reject(int line, String raw, List<FieldError> errors, Map<String, String> cells) {
        rejected.add(new Rejected(line, raw, List.copyOf(errors), Map.copyOf(cells)));
    }

    void rejectRow(int line, String raw, String problem) {
        reject(line, raw, List.of(new FieldError("", problem)));
    }

    /** Moves rows whose id is already in the store to the rejects. */
    void rejectExisting(Set<UUID> existing) {
        if (existing.isEmpty()) {
            return;
        }
        accepted.removeIf(row -> {
            boolean duplicate = existing.contains(row.record().getId());
            if (duplicate) {
                reject(row.line(), row.raw(), List.of(new FieldError("id", "duplicate of an existing record")));
            }
            return duplicate;
        });
    }

    List<UUID> ids() {
        return accepted.stream().map(row -> row.record().getId()).toList();
    }

    List<SyncedRecord> records() {
        return accepted.stream().map(Accepted::record).toList();
    }

    /** Each problem of each rejected row, in file order. */
    List<ImportResult.Refusal> refusals() {
        List<ImportResult.Refusal> out = new ArrayList<>();
        for (Rejected row : rejected()) {
            for (FieldError e : row.errors()) {
                String value = !e.field().isEmpty() ? row.cells().getOrDefault(e.field(), "")
                        : row.raw().length() <= ROW_START ? row.raw() : row.raw().substring(0, ROW_START) + "\u2026";
                out.add(new ImportResult.Refusal(row.line(), e.field(), value, e.message()));
            }
        }
        return out;
    }

    /** Rejected rows in file order. */
    List<Rejected> rejected() {
        return rejected.stream().sorted(Comparator.comparingInt(Rejected::line)).toList();
    }
}
