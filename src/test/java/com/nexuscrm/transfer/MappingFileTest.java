package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --mapping} files. */
class MappingFileTest {
    @TempDir
    Path dir;

    @Test
    void mappingFileDrivesTheImport() {
        Path mappingFile = Workspaces.write(dir.resolve("crm.mapping"), """
                # Export of the old CRM
                Nachname = lastName
                Firma=company

                Kontakt E-Mail=EMAIL
                Interne Nummer=
                Bemerkung = -
                """);
        Path csv = Workspaces.write(dir.resolve("alt.csv"),
                "Nachname;Firma;Kontakt E-Mail;Interne Nummer;Bemerkung;Email\nMeier;Acme;m@acme.de;17;hi;ignored@x.com\n");
        ColumnMapping mapping = ColumnMapping.load(RecordKind.LEADS, mappingFile);
        assertEquals(Set.of("lastName", "company", "email"), mapping.mappedFields());
        assertEquals(Optional.empty(), mapping.fieldFor("Interne Nummer"));
        try (WorkspaceStore store = Workspaces.create(dir.resolve("ws"))) {
            ImportResult result = Workspaces.importer(store).importFile(RecordKind.LEADS, csv, mapping, null, Progress.NONE);
            assertEquals("imported 1, rejected 0, report: none", result.summary());
            Lead lead = store.leads().findAll().get(0);
            assertEquals("Meier", lead.getLastName());
            assertEquals("Acme", lead.getCompany());
            assertEquals("m@acme.de", lead.getEmail());
        }
    }

    @Test
    void unknownFieldNamesTheFileTheLineAndTheValidFields() {
        Path mappingFile = Workspaces.write(dir.resolve("bad.mapping"), "# comment\nSurname=lastName\nMail=emial\n");
        ImportException error = assertThrows(ImportException.class, () -> ColumnMapping.load(RecordKind.LEADS, mappingFile));
        assertTrue(error.getMessage().startsWith(mappingFile + ": line 3: 'emial' is not a lead field."), error.getMessage());
        assertTrue(error.getMessage().contains("Valid fields: id, firstName, lastName, email,"), error.getMessage());
    }

    @Test
    void lineWithoutEqualsSignIsAnError() {
        Path mappingFile = Workspaces.write(dir.resolve("bad.mapping"), "Surname lastName\n");
        ImportException error = assertThrows(ImportException.class, () -> ColumnMapping.load(RecordKind.LEADS, mappingFile));
        assertTrue(error.getMessage().contains("line 1: 'Surname lastName' is not a mapping."), error.getMessage());
    }

    @Test
    void fieldMappedTwiceIsAnError() {
        Path mappingFile = Workspaces.write(dir.resolve("twice.mapping"), "Mail=email\nE-mail=email\n");
        ImportException error = assertThrows(ImportException.class, () -> ColumnMapping.load(RecordKind.LEADS, mappingFile));
        assertTrue(error.getMessage().contains("line 2: email is already mapped on line 1"), error.getMessage());
    }
}
