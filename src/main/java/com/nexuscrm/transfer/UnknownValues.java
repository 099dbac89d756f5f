package com.nexuscrm.transfer;

import com.nexuscrm.domain.PicklistText;
import com.nexuscrm.domain.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a whole file once for the picklist values the team's lists do not know (the import dialog asks about them). */
final class UnknownValues {
    private static final int CHECK_EVERY = 500;

    private UnknownValues() { }

    static List<PicklistMatching.UnknownValue> scan(CsvFile csv, List<RecordField> columns, PicklistMatching picklists,
                                                    Progress progress) throws IOException {
        Map<String, PicklistMatching.UnknownValue> found = new LinkedHashMap<>();
        int count = 0;
        for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
            if (++count % CHECK_EVERY == 0) {
                progress.checkCancelled();
                progress.update(csv.permilleRead(), 1000, "Checking line " + row.line());
            }
            if (row.values() == null) {
                continue;
            }
            for (int i = 0; i < columns.size(); i++) {
                RecordField field = columns.get(i);
                String cell = i < row.values().size() ? FormulaGuard.unprotect(row.values().get(i)).strip() : "";
                if (field == null || field.picklist() == null || cell.isEmpty() || picklists.knows(field.picklist(), cell)) {
                    continue;
                }
                String slot = field.picklist().name() + "|" + PicklistText.fold(cell);
                PicklistMatching.UnknownValue seen = found.get(slot);
                found.put(slot, seen == null ? new PicklistMatching.UnknownValue(field.picklist(), cell, 1, row.line())
                        : new PicklistMatching.UnknownValue(seen.list(), seen.value(), seen.rows() + 1, seen.firstLine()));
            }
        }
        return new ArrayList<>(found.values());
    }
}
