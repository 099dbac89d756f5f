package com.nexuscrm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nexus brief} in a child JVM: an ambiguous name lists the candidates and writes nothing; a clear one writes the PDF. */
class BriefCommandTest {
    private static final String PASS = "brief pass";

    @TempDir
    Path dir;

    @Test
    void anAmbiguousNameListsTheCandidatesAndAClearOneWritesTheBrief() throws Exception {
        Path ws = dir.resolve("ws");
        try (WorkspaceStore store = WorkspaceStore.create(ws, PASS.toCharArray())) {
            for (String name : List.of("Acme Analytics", "Acme Robotics")) {
                Account a = new Account(Ids.newId());
                a.setName(name);
                a.setCreatedAt(Instant.parse("2026-01-01T00:00:00Z"));
                store.repository(Account.class).save(a);
            }
        }
        Path pdf = dir.resolve("brief.pdf");

        NexusProcess.Run ambiguous = NexusProcess.run(dir, PASS, "brief", "acme", "--workspace", ws.toString(),
                "--pdf", pdf.toString());
        assertEquals(2, ambiguous.exit(), ambiguous.err());
        assertTrue(ambiguous.err().contains("'acme' matches 2 accounts") && ambiguous.err().contains("Acme Robotics"),
                ambiguous.err());
        assertFalse(Files.exists(pdf));

        NexusProcess.Run clear = NexusProcess.run(dir, PASS, "brief", "robotics", "--workspace", ws.toString(),
                "--pdf", pdf.toString());
        assertEquals(0, clear.exit(), clear.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Acme Robotics") && text.contains("Not enough data"), text);
        }
    }
}
