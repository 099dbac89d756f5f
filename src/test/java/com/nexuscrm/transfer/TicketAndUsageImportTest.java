package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tickets and usage rows matched to accounts by id, domain or name; the unknown and the malformed are reported. */
class TicketAndUsageImportTest {
    @TempDir Path dir;

    private static UUID account(WorkspaceStore store, String name, String domain) {
        Account a = new Account(Ids.newId());
        a.setName(name);
        a.setDomain(domain);
        a.setCreatedAt(Workspaces.NOW);
        return store.accounts().save(a).getId();
    }

    private static List<String> column(List<CSVRecord> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    @Test
    void ticketsFindTheirAccountByIdDomainOrNameAndUnknownAccountsAreReportedByLine() throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            UUID acme = account(store, "Acme Corp", "acme.com");
            UUID globex = account(store, "Globex", "globex.io");
            account(store, "Twin", "twin-a.com");
            account(store, "Twin", "twin-b.com");
            Path csv = Workspaces.write(dir.resolve("tickets.csv"), "Account,Subject,Priority,Status,Opened\n"
                    + acme + ",Login fails,high,open,2026-10-01T09:00:00Z\n"          // 2 by id
                    + "www.globex.io,Export slow,Low,Solved,2026-10-02\n"              // 3 by domain (website form)
                    + "ACME corp.,Invoice wrong,,,\n"                                 // 4 by name, defaults
                    + "Initech,Printer on fire,urgent,open,\n"                        // 5 unknown account
                    + "Twin,Which one,normal,open,\n"                                 // 6 two accounts by that name
                    + "acme.com,,normal,open,\n"                                      // 7 no subject
                    + "acme.com,Bad priority,whenever,open,\n"                        // 8 priority
                    + "acme.com,\"unclosed,normal,open,\n");                          // 9 broken quote

            ImportResult result = Workspaces.importer(store).importFile(RecordKind.TICKETS, csv, null, null, Progress.NONE);

            assertEquals(3, result.imported());
            assertEquals(5, result.rejected());
            List<SupportTicket> tickets = store.repository(SupportTicket.class).findAll().stream()
                    .sorted(Comparator.comparing(SupportTicket::getSubject)).toList();
            assertEquals(List.of("Export slow", "Invoice wrong", "Login fails"), tickets.stream().map(SupportTicket::getSubject).toList());
            assertEquals(List.of(globex, acme, acme), tickets.stream().map(SupportTicket::getAccountId).toList());
            assertEquals(TicketStatus.SOLVED, tickets.get(0).getStatus());
            assertEquals(java.time.Instant.parse("2026-10-02T00:00:00Z"), tickets.get(0).getOpenedAt());
            assertEquals(List.of(TicketPriority.NORMAL, TicketStatus.OPEN, Workspaces.NOW),
                    List.of(tickets.get(1).getPriority(), tickets.get(1).getStatus(), tickets.get(1).getOpenedAt()));
            List<CSVRecord> rows = Workspaces.report(result.report());
            assertEquals(List.of("5", "6", "7", "8", "9"), column(rows, "line"));
            assertEquals(List.of("accountId", "accountId", "subject", "priority", ""), column(rows, "field"));
            List<String> reasons = column(rows, "reason");
            assertTrue(reasons.get(0).startsWith("accountId: 'Initech' is no account in this workspace"), reasons.get(0));
            assertTrue(reasons.get(1).startsWith("accountId: 'Twin' names 2 accounts"), reasons.get(1));
            assertEquals("subject: is required", reasons.get(2));
            assertTrue(reasons.get(3).startsWith("priority: 'whenever' is not one of: low, normal"), reasons.get(3));
            assertEquals("Initech,Printer on fire,urgent,open,", rows.get(0).get("record"));
        }
    }

    @Test
    void usageRowsNeedTheirNumbersAndAKnownAccount() throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            UUID acme = account(store, "Acme", "acme.com");
            Path csv = Workspaces.write(dir.resolve("usage.csv"), "Customer,Month,Active users,Seats,Sessions,Feature adoption\n"
                    + "acme.com,2026-08-01,40,50,900,0.6\n"       // 2 ok
                    + "Acme,2026-09-01,45,50,,\n"                 // 3 ok, optional cells empty
                    + "nobody.example,2026-09-01,1,2,,\n"         // 4 unknown account
                    + "acme.com,2026-10-01,many,50,,\n"           // 5 not a number
                    + "acme.com,2026-10-01,-3,50,,\n"             // 6 negative
                    + "acme.com,2026-10-01,3,50,,1.5\n");         // 7 share over 1

            ImportResult result = Workspaces.importer(store).importFile(RecordKind.USAGE, csv, null, null, Progress.NONE);

            assertEquals(List.of(2, 4), List.of(result.imported(), result.rejected()));
            List<ProductUsage> usage = store.repository(ProductUsage.class).findAll().stream()
                    .sorted(Comparator.comparing(ProductUsage::getPeriodStart)).toList();
            assertEquals(List.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1)),
                    usage.stream().map(ProductUsage::getPeriodStart).toList());
            assertEquals(List.of(acme, acme), usage.stream().map(ProductUsage::getAccountId).toList());
            assertEquals(List.of(40, 45), usage.stream().map(ProductUsage::getActiveUsers).toList());
            List<CSVRecord> rows = Workspaces.report(result.report());
            assertEquals(List.of("4", "5", "6", "7"), column(rows, "line"));
            assertEquals(List.of("accountId", "activeUsers", "activeUsers", "featureAdoption"), column(rows, "field"));
        }
    }

    @Test
    void aUsageFileWithoutSeatsIsRefusedWhole() throws Exception {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            account(store, "Acme", "acme.com");
            Path csv = Workspaces.write(dir.resolve("usage.csv"), "Account,Month,Active users\nacme.com,2026-08-01,40\n");
            ImportException e = assertThrows(ImportException.class,
                    () -> Workspaces.importer(store).importFile(RecordKind.USAGE, csv, null, null, Progress.NONE));
            assertTrue(e.getMessage().contains("no column for seats"), e.getMessage());
            assertEquals(0, store.repository(ProductUsage.class).findAll().size());
        }
    }
}
