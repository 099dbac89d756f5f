package com.nexuscrm.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * What an import did: how many rows were saved, how many were rejected, and the reject report, which is
 * written only when something was rejected ({@code report} is null otherwise). {@code importedIds} are the
 * saved records, for whatever follows an import (leads are enriched).
 */
public record ImportResult(int imported, int rejected, Path report, List<UUID> importedIds) {
    public ImportResult {
        importedIds = List.copyOf(importedIds);
    }

    /**
     * One stable line for people and scripts: {@code imported N, rejected M, report: PATH}, where PATH is
     * {@code none} when nothing was rejected.
     */
    public String summary() {
        return "imported " + imported + ", rejected " + rejected + ", report: " + (report == null ? "none" : report);
    }
}
