package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, then import into a fresh workspace, gives equal records of every kind. */
class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void exportThenImportIntoAFreshWorkspaceGivesEqualRecords() {
        Map<RecordKind, List<Map<String, Object>>> before = new TreeMap<>();
        try (WorkspaceStore source = Workspaces.create(dir.resolve("source"))) {
            seed(source);
            source.leads().delete(source.leads().save(Leads.lead("Deleted", "Lead", "Gone")).getId());
            CsvExporter exporter = new CsvExporter(source::repository);
            for (RecordKind kind : RecordKind.values()) {
                assertEquals(2, exporter.export(kind, dir.resolve(kind + ".csv"), Progress.NONE), kind.toString());
                before.put(kind, snapshot(source, kind));
            }
        }
        try (WorkspaceStore target = Workspaces.create(dir.resolve("target"))) {
            CsvImporter importer = Workspaces.importer(target);
            for (RecordKind kind : RecordKind.values()) {
                ImportResult result = importer.importFile(kind, dir.resolve(kind + ".csv"), null, null, Progress.NONE);
                assertEquals("imported 2, rejected 0, report: none", result.summary(), kind.toString());
                assertEquals(before.get(kind), snapshot(target, kind), kind.toString());
            }
        }
    }

    private static void seed(WorkspaceStore store) {
        Account acme = new Account();
        acme.setName("Acme, \"Rockets\" & Co");
        acme.setDomain("acme.com");
        acme.setEmployees(1200);
        acme.setAnnualRevenue(new BigDecimal("987654.32"));
        acme.setWebsite("https://acme.com");
        acme.setOwnerId(Ids.newId());
        acme.setCreatedAt(Instant.parse("2025-01-02T03:04:05.123456Z"));
        Account bare = new Account();
        bare.setName("Zoë Ltd.");
        bare.setCreatedAt(Instant.parse("2025-02-01T00:00:00Z"));
        store.repository(Account.class).saveAll(List.of(acme, bare));

        Contact wile = contact(acme.getId(), "Wile E.", "Coyote", "wile@acme.com");
        wile.setPhone("+1 415 555 0100");
        wile.setTitle("Chief \"Genius\", Acme; R&D");
        store.repository(Contact.class).saveAll(List.of(wile, contact(null, null, "Müller", null)));

        Lead rich = Leads.lead("Ada", "Lovelace", "Analytical Engines");
        rich.setStatus(LeadStatus.CONVERTED);
        rich.setConvertedAt(Instant.parse("2026-10-01T12:00:00Z"));
        rich.setConvertedDealId(Ids.newId());
        rich.setDemoRequested(true);
        rich.setPricingPageVisits(7);
        rich.setTechnologies("java; h2, csv");
        rich.setSearchTerms("  crm  \"offline\"");
        rich.setTeamId(Ids.newId());
        store.leads().saveAll(List.of(rich, Leads.lead("Grace", "Hopper", "Navy")));

        store.repository(Deal.class).saveAll(List.of(deal(acme.getId(), wile.getId(), DealStage.CLOSED_WON),
                deal(null, null, DealStage.PROSPECTING)));

        store.repository(com.nexuscrm.domain.SupportTicket.class).saveAll(List.of(
                ticket(acme.getId(), "Login \"fails\", again", com.nexuscrm.domain.TicketStatus.OPEN, 4),
                ticket(bare.getId(), "Export", com.nexuscrm.domain.TicketStatus.CLOSED, null)));
        store.repository(com.nexuscrm.domain.ProductUsage.class).saveAll(List.of(usage(acme.getId(), 0.625),
                usage(bare.getId(), 0)));
    }

    private static com.nexuscrm.domain.SupportTicket ticket(UUID account, String subject,
                                                            com.nexuscrm.domain.TicketStatus status, Integer satisfaction) {
        com.nexuscrm.domain.SupportTicket t = new com.nexuscrm.domain.SupportTicket();
        t.setAccountId(account);
        t.setSubject(subject);
        t.setStatus(status);
        t.setPriority(com.nexuscrm.domain.TicketPriority.HIGH);
        t.setOpenedAt(Instant.parse("2026-09-01T08:00:00.5Z"));
        t.setClosedAt(status == com.nexuscrm.domain.TicketStatus.CLOSED ? Instant.parse("2026-09-02T08:00:00Z") : null);
        t.setSatisfaction(satisfaction);
        return t;
    }

    private static com.nexuscrm.domain.ProductUsage usage(UUID account, double adoption) {
        com.nexuscrm.domain.ProductUsage u = new com.nexuscrm.domain.ProductUsage();
        u.setAccountId(account);
        u.setPeriodStart(LocalDate.of(2026, 10, 1));
        u.setActiveUsers(40);
        u.setSeats(50);
        u.setSessions(900);
        u.setFeatureAdoption(adoption);
        return u;
    }

    private static Contact contact(UUID account, String first, String last, String email) {
        Contact contact = new Contact();
        contact.setAccountId(account);
        contact.setFirstName(first);
        contact.setLastName(last);
        contact.setEmail(email);
        contact.setCreatedAt(Instant.parse("2025-03-03T10:00:00Z"));
        return contact;
    }

    private static Deal deal(UUID account, UUID contact, DealStage stage) {
        Deal deal = new Deal();
        deal.setAccountId(account);
        deal.setPrimaryContactId(contact);
        deal.setName("Rockets " + stage.label());
        deal.setStage(stage);
        deal.setAmount(new BigDecimal("25000.10"));
        deal.setCurrency("EUR");
        deal.setCloseDate(LocalDate.of(2026, 12, 15));
        deal.setCreatedAt(Instant.parse("2026-06-01T09:30:00Z"));
        if (stage.isClosed()) {
            deal.setClosedAt(Instant.parse("2026-12-14T17:00:00Z"));
            deal.setLostReason(null);
        }
        return deal;
    }

    /** Every importable field of every live record, as read back from the store. */
    private static List<Map<String, Object>> snapshot(WorkspaceStore store, RecordKind kind) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (SyncedRecord record : store.repository(kind.entityClass()).findAll()) {
            Map<String, Object> values = new TreeMap<>();
            kind.fields().forEach(f -> values.put(f.name(), String.valueOf(f.get(record))));
            records.add(values);
        }
        return records;
    }
}
