package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files saved by different programs read the same. */
class EncodingAndDelimiterTest {
    private static final String TEXT = "Last Name,Company,City\nMüller,Café Zoë,Zürich\n";
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBom() {
        assertEquals(List.of("Müller|Café Zoë|Zürich"), importLeads(Workspaces.write(dir.resolve("a.csv"), TEXT)));
    }

    @Test
    void utf8WithBom() {
        Path file = Workspaces.write(dir.resolve("b.csv"), "\uFEFF" + TEXT);
        assertEquals(List.of("Müller|Café Zoë|Zürich"), importLeads(file));
    }

    @Test
    void windows1252() {
        Path file = Workspaces.write(dir.resolve("c.csv"), TEXT, CP1252);
        assertEquals(List.of("Müller|Café Zoë|Zürich"), importLeads(file));
    }

    @Test
    void windows1252WhoseFirstAccentIsFarIntoTheFile() {
        StringBuilder text = new StringBuilder("Last Name,Company,City\n");
        for (int i = 0; i < 3000; i++) {
            text.append("Plain").append(i).append(",Ascii Corp,Boston\n");
        }
        text.append("Müller,Café,Köln\n");
        List<String> leads = importLeads(Workspaces.write(dir.resolve("d.csv"), text.toString(), CP1252));
        assertEquals(3001, leads.size());
        assertEquals(1, leads.stream().filter(l -> l.equals("Müller|Café|Köln")).count());
    }

    @Test
    void semicolonsWithDecimalCommaAndQuotedSemicolon() {
        Path file = Workspaces.write(dir.resolve("e.csv"),
                "Account Name;Annual Revenue;Employees\n\"Acme; Inc\";1234,56;12\nBeta;\"2,000.00\";3\n", CP1252);
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            ImportResult result = Workspaces.importer(store).importFile(RecordKind.ACCOUNTS, file, null, null, Progress.NONE);
            assertEquals("imported 2, rejected 0, report: none", result.summary());
            List<Account> accounts = store.repository(Account.class).findAll().stream()
                    .sorted(java.util.Comparator.comparing(Account::getName)).toList();
            assertEquals("Acme; Inc", accounts.get(0).getName());
            assertEquals(new BigDecimal("1234.56"), accounts.get(0).getAnnualRevenue());
            assertEquals(new BigDecimal("2000.00"), accounts.get(1).getAnnualRevenue());
        }
    }

    @Test
    void tabs() {
        Path file = Workspaces.write(dir.resolve("f.tsv"), "Last Name\tCompany\tCity\nMüller\tA, B and C\tBern\n");
        assertEquals(List.of("Müller|A, B and C|Bern"), importLeads(file));
    }

    @Test
    void previewShowsWhatWasDetected() {
        Path file = Workspaces.write(dir.resolve("g.csv"),
                "E-mail;Surname;Notes\r\na@x.com;Ä;\"two\r\nlines\"\r\nb@x.com;B;x\r\nc@x.com;C;y\r\n", CP1252);
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            Preview preview = Workspaces.importer(store).preview(RecordKind.LEADS, file, 2);
            assertEquals(CP1252, preview.encoding());
            assertEquals(';', preview.delimiter());
            assertEquals(List.of("E-mail", "Surname", "Notes"), preview.headers());
            assertEquals("email", preview.mapping().fieldFor("E-mail").orElseThrow());
            assertEquals("lastName", preview.mapping().fieldFor("Surname").orElseThrow());
            assertEquals(java.util.Optional.empty(), preview.mapping().fieldFor("Notes"));
            assertEquals(List.of(List.of("a@x.com", "Ä", "two\r\nlines"), List.of("b@x.com", "B", "x")), preview.rows());
            assertEquals(0, store.leads().count());
        }
    }

    private List<String> importLeads(Path file) {
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            ImportResult result = Workspaces.importer(store).importFile(RecordKind.LEADS, file, null, null, Progress.NONE);
            assertEquals(0, result.rejected(), result.summary());
            return store.leads().findAll().stream()
                    .map((Lead l) -> l.getLastName() + "|" + l.getCompany() + "|" + l.getCity()).toList();
        }
    }
}
