package com.nexuscrm.ui.transfer;

import com.nexuscrm.domain.Progress;
import java.util.List;
import java.util.UUID;

/**
 * What runs on the imported records in the import's background task, once they are saved: imported leads
 * are enriched from the company directory. Returns a line to show under the import's summary, or "". The
 * records are already committed when it runs, so it reports its own failures in that line and never throws.
 */
@FunctionalInterface
public interface AfterImport {
    AfterImport NOTHING = (ids, progress) -> "";

    String run(List<UUID> importedIds, Progress progress);
}
