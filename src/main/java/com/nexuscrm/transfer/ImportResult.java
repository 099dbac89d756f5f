package com.nexuscrm.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * What an import did: how many rows were saved, how many were rejected, and the reject report, which is
 * written only when something was rejected ({@code report} is null otherwise). {@code importedIds} are the
 * saved records, for whatever follows an import (leads are enriched). {@code refusals} are the report's
 * contents one problem at a time, in file order, for a window to list.
 */
public record ImportResult(int imported, int rejected, Path report, List<UUID> importedIds, List<Refusal> refusals) {
    /**
     * One problem of a refused row: its line in the file, the field at fault ("" for the row as a whole, such as
     * an unclosed quote), the cell as written (the start of the row for a row-level problem) and what is wrong,
     * with what to do where the rule knows ("'Initech' is no account in this workspace ...; import or create the
     * account first, or correct the cell").
     */
    public record Refusal(int line, String field, String value, String reason) { }

    public ImportResult {
        importedIds = List.copyOf(importedIds);
        refusals = List.copyOf(refusals);
    }

    public ImportResult(int imported, int rejected, Path report, List<UUID> importedIds) {
        this(imported, rejected, report, importedIds, List.of());
    }

    /**
     * One stable line for people and scripts: {@code imported N, rejected M, report: PATH}, where PATH is
     * {@code none} when nothing was rejected.
     */
    public String summary() {
        return "imported " + imported + ", rejected " + rejected + ", report: " + (report == null ? "none" : report);
    }
}
