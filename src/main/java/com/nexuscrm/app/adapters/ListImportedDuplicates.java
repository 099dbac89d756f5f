package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.transfer.RecordKind;
import com.nexuscrm.ui.transfer.AfterImport;
import com.nexuscrm.usecase.FindDuplicates;
import com.nexuscrm.usecase.ImportedDuplicates;
import java.util.List;
import java.util.UUID;

/**
 * After an import (and what runs first, such as enrichment): lists the likely duplicates among the imported
 * records under the summary. They are imported anyway; the user merges them if they are the same.
 */
public final class ListImportedDuplicates implements AfterImport {
    private final AfterImport first;
    private final FindDuplicates find;
    private final RecordKind kind;

    public ListImportedDuplicates(AfterImport first, FindDuplicates find, RecordKind kind) {
        this.first = first;
        this.find = find;
        this.kind = kind;
    }

    @Override
    public String run(List<UUID> importedIds, Progress progress) {
        String before = first.run(importedIds, progress);
        String likely;
        try {
            likely = ImportedDuplicates.summary(ImportedDuplicates.find(find, kind, importedIds));
        } catch (RuntimeException e) {
            likely = "Likely duplicates could not be listed: " + e.getMessage();
        }
        return before.isEmpty() ? likely : likely.isEmpty() ? before : before + "\n" + likely;
    }
}
