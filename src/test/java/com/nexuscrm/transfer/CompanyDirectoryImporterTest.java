package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.StoredCompanyDirectory;
import com.nexuscrm.storage.WorkspaceStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Company directory imports into a real encrypted workspace. */
class CompanyDirectoryImporterTest {
    @TempDir
    Path dir;
    private WorkspaceStore store;
    private StoredCompanyDirectory directory;
    private CompanyDirectoryImporter importer;

    @BeforeEach
    void open() {
        store = Workspaces.create(dir.resolve("ws"));
        directory = new StoredCompanyDirectory(store);
        importer = new CompanyDirectoryImporter(directory, Workspaces.CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path good() {
        return Workspaces.write(dir.resolve("companies.csv"), """
                Website;Company Name;Sector;Headcount;Revenue;Country;Tech Stack;Notes
                https://www.Acme.com/;Acme Robotics, Inc.;Manufacturing;1 200;63000000,50;United States;SAP, AWS;big
                globex.de;Globex GmbH;Software;85;;Germany;;
                """);
    }

    @Test
    void readsSynonymsAndSemicolonsAndReplacesTheDirectory() {
        DirectoryImportResult result = importer.importFile(good(), Progress.NONE);

        assertEquals("imported 2 companies from companies.csv (replacing 0); ignored columns: Notes", result.summary());
        assertEquals(2, directory.size());
        assertEquals(new CompanyProfile("acme.com", "Acme Robotics, Inc.", "Manufacturing", 1200,
                new BigDecimal("63000000.50"), "United States", "SAP, AWS"), directory.byDomain("acme.com").orElseThrow());
        assertEquals(List.of("globex.de"), directory.byNameKey("globex").stream().map(CompanyProfile::domain).toList());
        assertEquals(new DirectoryImport("companies.csv", Workspaces.NOW, 2), directory.lastImport().orElseThrow());

        Path next = Workspaces.write(dir.resolve("next.csv"), "domain,name\ninitech.com,Initech\n");
        assertEquals("imported 1 company from next.csv (replacing 2)", importer.importFile(next, Progress.NONE).summary());
        assertTrue(directory.byDomain("acme.com").isEmpty(), "a re-import replaces the whole directory");
        assertEquals("next.csv", directory.lastImport().orElseThrow().fileName());
    }

    @Test
    void aBadNumberNamesFileLineAndColumnAndKeepsThePreviousDirectory() {
        importer.importFile(good(), Progress.NONE);
        Path bad = Workspaces.write(dir.resolve("bad.csv"), """
                domain,name,employees,annual revenue
                initech.com,Initech,250,1000000
                initrode.com,Initrode,about forty,2000000
                hooli.com,Hooli,10,lots
                initech.com,Initech again,5,1
                ,Nameless,5,1
                """);

        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(bad, Progress.NONE));

        assertEquals(bad + ": 4 problems, so nothing was imported and the previous directory is kept. Fix them and"
                + " import the file again:\n"
                + "  line 3, column 'employees': 'about forty' is not a whole number (e.g. 250)\n"
                + "  line 4, column 'annual revenue': 'lots' is not a number (e.g. 1234.56)\n"
                + "  line 5, column 'domain': initech.com is already on line 2; keep one row per company\n"
                + "  line 6, column 'domain': is empty; every company needs its domain (e.g. acme.com)", e.getMessage());
        assertEquals(2, directory.size());
        assertTrue(directory.byDomain("initech.com").isEmpty());
        assertEquals("companies.csv", directory.lastImport().orElseThrow().fileName());
    }

    @Test
    void valuesTooLongForTheLeadAndMissingDomainColumnsAreRefused() {
        Path tooLong = Workspaces.write(dir.resolve("long.csv"), "domain,industry\nacme.com," + "x".repeat(81) + "\n");
        assertTrue(assertThrows(ImportException.class, () -> importer.importFile(tooLong, Progress.NONE)).getMessage()
                .contains("line 2, column 'industry': is 81 characters long; at most 80 allowed"));
        Path noDomain = Workspaces.write(dir.resolve("nodomain.csv"), "name,industry\nAcme,Software\n");
        assertTrue(assertThrows(ImportException.class, () -> importer.importFile(noDomain, Progress.NONE)).getMessage()
                .contains("no column holds the company domain (headers: name, industry)"));
        assertEquals(0, directory.size());
        assertTrue(directory.lastImport().isEmpty());
    }

    @Test
    void cancellingWhileSavingKeepsThePreviousDirectory() {
        importer.importFile(good(), Progress.NONE);
        String rows = IntStream.range(0, 3000).mapToObj(i -> "c" + i + ".com,Company " + i)
                .collect(Collectors.joining("\n"));
        Path big = Workspaces.write(dir.resolve("big.csv"), "domain,name\n" + rows + "\n");
        Progress cancelWhileSaving = new Progress() {
            private boolean saving;

            @Override
            public void update(long done, long total, String message) {
                saving |= message.startsWith("Saved");
            }

            @Override
            public boolean isCancelled() { return saving; }
        };

        assertThrows(Progress.CancelledException.class, () -> importer.importFile(big, cancelWhileSaving));

        assertEquals(2, directory.size());
        assertEquals("companies.csv", directory.lastImport().orElseThrow().fileName());
    }
}
