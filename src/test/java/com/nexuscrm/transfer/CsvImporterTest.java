package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports of files with broken rows into a real workspace. */
class CsvImporterTest {
    private static final String HEADER = "Id,First Name,Last Name,E-mail,Company Name,Employees,Annual Revenue,Lead Source,Status\n";

    @TempDir
    Path dir;

    @Test
    void importsEveryValidRowAndReportsEveryInvalidOneWithItsLine() throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            Lead existing = store.leads().save(Leads.lead("Old", "Timer", "Legacy"));
            UUID fresh = UUID.fromString("0190c3a2-7b1e-7c3d-8a4f-1e2d3c4b5a69");
            Path csv = Workspaces.write(dir.resolve("leads.csv"), HEADER
                    + ",Ada,Lovelace,ada@engines.com,Analytical Engines,12,1000.50,Website,New\n"  // 2 ok
                    + ",Bad,Email,not-an-email,Co,,,,\n"                                               // 3 email
                    + ",Too,Few,few@x.com\n"                                                           // 4 columns
                    + ",Rich,Person,rich@x.com,Co,10,lots,,\n"                                         // 5 revenue
                    + existing.getId() + ",Dup,Existing,dup@x.com,Co,,,,\n"                            // 6 existing
                    + fresh + ",First,Copy,first@x.com,Co,,,,\n"                                       // 7 ok
                    + fresh + ",Second,Copy,second@x.com,Co,,,,\n"                                     // 8 dup in file
                    + ",\"Multi\nLine\",Quoted,mq@x.com,\"Line1\r\nLine2\",,,,\n"                      // 9-11 newline in a name
                    + ",Broken,\"Quote,bq@x.com,Co,,,,\n"                                              // 12 unclosed
                    + ",Grace,Hopper,grace@navy.mil,Navy,,,Referral,working\n"                         // 13 ok
                    + ",OnlyFirst,,only@x.com,Co,,,,\n"                                                // 14 last name
                    + ",Neg,Employees,neg@x.com,Co,-5,,,\n"                                            // 15 negative
                    + ",Bad,Status,bs@x.com,Co,,,,Sleeping\n");                                        // 16 status

            ImportResult result = Workspaces.importer(store).importFile(RecordKind.LEADS, csv, null, null, Progress.NONE);

            Path report = dir.resolve("leads.rejected.csv");
            assertEquals(List.of(3, 10, report), List.of(result.imported(), result.rejected(), result.report()));
            assertEquals(store.leads().findAll().stream().map(Lead::getId).filter(id -> !id.equals(existing.getId()))
                    .collect(Collectors.toSet()), Set.copyOf(result.importedIds()));
            assertEquals("imported 3, rejected 10, report: " + report, result.summary());
            List<CSVRecord> rows = Workspaces.report(report);
            assertEquals(List.of("3", "4", "5", "6", "8", "9", "12", "14", "15", "16"), column(rows, "line"));
            assertEquals(List.of("email", "", "annualRevenue", "id", "id", "firstName; company", "", "lastName", "employees", "status"),
                    column(rows, "field"));
            List<String> reasons = column(rows, "reason");
            assertTrue(reasons.get(0).contains("'not-an-email' is not a valid email address"), reasons.get(0));
            assertEquals("has 4 values but the header has 9 columns", reasons.get(1));
            assertEquals("annualRevenue: 'lots' is not a number (e.g. 1234.56)", reasons.get(2));
            assertEquals("id: duplicate of an existing record", reasons.get(3));
            assertEquals("id: duplicate id: line 7 has the same id", reasons.get(4));
            // the quoted cell spans lines 9-11 and is one record; a name may not hold a line break (nor a NUL)
            assertTrue(reasons.get(5).startsWith("firstName: holds the control character U+000A at position 6"), reasons.get(5));
            assertEquals("unclosed quote starting at line 12", reasons.get(6));
            assertEquals("lastName: is required", reasons.get(7));
            assertEquals("employees: must not be negative", reasons.get(8));
            assertTrue(reasons.get(9).startsWith("status: 'Sleeping' is not one of: New, Working"), reasons.get(9));
            assertEquals(",Broken,\"Quote,bq@x.com,Co,,,,", rows.get(6).get("record"));
            assertEquals(existing.getId() + ",Dup,Existing,dup@x.com,Co,,,,", rows.get(3).get("record"));

            Map<String, Lead> byLast = store.leads().findAll().stream()
                    .collect(Collectors.toMap(Lead::getLastName, Function.identity()));
            assertEquals(List.of("Copy", "Hopper", "Lovelace", "Timer"), byLast.keySet().stream().sorted().toList());
            Lead ada = byLast.get("Lovelace");
            assertEquals(12, ada.getEmployees());
            assertEquals(new BigDecimal("1000.50"), ada.getAnnualRevenue());
            assertEquals(LeadSource.WEBSITE.name(), ada.getSource());
            assertEquals("Analytical Engines", ada.getCompany());
            assertEquals(LeadStatus.WORKING, byLast.get("Hopper").getStatus());
            assertEquals(LeadSource.REFERRAL.name(), byLast.get("Hopper").getSource());
            Lead copy = byLast.get("Copy");
            assertEquals(fresh, copy.getId());
            assertEquals("First", copy.getFirstName());
            assertEquals(LeadStatus.NEW, copy.getStatus());
            assertEquals(LeadSource.IMPORT.name(), copy.getSource());
            assertEquals(Workspaces.NOW, copy.getCreatedAt());
        }
    }

    @Test
    void unclosedQuoteIsGivenUpAfterTheLineLimitAndTheRestOfTheFileImports() throws Exception {
        StringBuilder csv = new StringBuilder("Last Name,Company\n\"Stray,Quote Inc\n");
        for (int i = 0; i < 60; i++) {
            csv.append("Person").append(i).append(",Co").append(i).append('\n');
        }
        // Without the line limit this quote would close the stray one and swallow the 60 rows before it.
        csv.append("Closer\",Co\n");
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            Path file = Workspaces.write(dir.resolve("stray.csv"), csv.toString());
            ImportResult result = Workspaces.importer(store).importFile(RecordKind.LEADS, file, null, null, Progress.NONE);
            assertEquals(61, result.imported());
            assertEquals(1, result.rejected());
            CSVRecord reject = Workspaces.report(result.report()).get(0);
            assertEquals("2", reject.get("line"));
            assertEquals("unclosed quote starting at line 2", reject.get("reason"));
            assertEquals(61, store.leads().count());
        }
    }

    @Test
    void cleanFileWritesNoReport() throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            Path file = Workspaces.write(dir.resolve("ok.csv"), "Surname,Organization\nCurie,Sorbonne\n\n");
            ImportResult result = Workspaces.importer(store).importFile(RecordKind.LEADS, file, null, null, Progress.NONE);
            assertEquals("imported 1, rejected 0, report: none", result.summary());
            assertNull(result.report());
            assertFalse(Files.exists(dir.resolve("ok.rejected.csv")));
            assertEquals("Sorbonne", store.leads().findAll().get(0).getCompany());
        }
    }

    @Test
    void reportGoesWhereItIsAsked() throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            Path file = Workspaces.write(dir.resolve("in.csv"), "Last Name,Email\nA,bad\nB,b@x.com\n");
            Path report = dir.resolve("elsewhere.csv");
            ImportResult result = Workspaces.importer(store).importFile(RecordKind.LEADS, file, null, report, Progress.NONE);
            assertEquals(report, result.report());
            assertEquals("2", Workspaces.report(report).get(0).get("line"));
            assertEquals("A,bad", Workspaces.report(report).get(0).get("record"));
        }
    }

    @Test
    void overlongTextRejectsItsRowInsteadOfFailingTheTransaction() throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            Path file = Workspaces.write(dir.resolve("long.csv"),
                    "Last Name,City,Email\nShort,Oslo, padded@x.com \nLong," + "x".repeat(121) + ",l@x.com\n");
            ImportResult result = Workspaces.importer(store).importFile(RecordKind.LEADS, file, null, null, Progress.NONE);
            assertEquals(1, result.imported());
            CSVRecord reject = Workspaces.report(result.report()).get(0);
            assertEquals("3", reject.get("line"));
            assertEquals("city: is 121 characters long; at most 120 allowed", reject.get("reason"));
            assertEquals("padded@x.com", store.leads().findAll().get(0).getEmail());
        }
    }

    @Test
    void dealsGetDefaultsAndStagesByLabel() throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            Path file = Workspaces.write(dir.resolve("deals.csv"), "Deal Name,Amount,Stage,Close Date,Closed At\n"
                    + "Big one,\"12,500.00\",Closed won,2026-12-01,2026-11-30\n"
                    + "New one,900,,2027-01-15,\n"
                    + "Broken,abc,Proposal,2026-13-01,\n"
                    + "Unclosed,5,closed_won,2026-12-01,\n");
            ImportResult result = Workspaces.importer(store).importFile(RecordKind.DEALS, file, null, null, Progress.NONE);
            assertEquals(2, result.imported());
            List<CSVRecord> rejects = Workspaces.report(result.report());
            assertEquals("amount; closeDate", rejects.get(0).get("field"));
            assertEquals("amount: 'abc' is not a number (e.g. 1234.56); closeDate: '2026-13-01' is not a date"
                    + " (use yyyy-MM-dd such as 2024-05-31)", rejects.get(0).get("reason"));
            assertEquals("closedAt: is required when the deal is closed", rejects.get(1).get("reason"));
            Map<String, Deal> byName = store.repository(Deal.class).findAll().stream()
                    .collect(Collectors.toMap(Deal::getName, Function.identity()));
            assertEquals(DealStage.CLOSED_WON, byName.get("Big one").getStage());
            assertEquals(new BigDecimal("12500.00"), byName.get("Big one").getAmount());
            assertEquals(DealStage.PROSPECTING, byName.get("New one").getStage());
            assertEquals("USD", byName.get("New one").getCurrency());
            assertEquals(Workspaces.NOW, byName.get("New one").getCreatedAt());
        }
    }

    private static List<String> column(List<CSVRecord> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }
}
