package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.transfer.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consent from CSV over a real encrypted workspace: the whole file or nothing, each refusal naming line and field. */
class ImportConsentTest {
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private ImportConsent importer;
    private Lead ann;
    private Contact cy;

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        ann = ws.lead("Ann", "Archer");
        ann.setEmail("ann@archer.test");
        ann = ws.store.leads().save(ann);
        cy = new Contact();
        cy.setFirstName("Cy");
        cy.setLastName("Cole");
        cy.setEmail("Cy@Cole.test");
        cy.setCreatedAt(ws.clock.instant());
        cy = ws.store.repository(Contact.class).save(cy);
        importer = new ImportConsent(Workspace.over(ws.store), ws.clock, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Path csv(String... lines) throws Exception {
        Path file = dir.resolve("consent.csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void aGoodFileRecordsConsentPerChannelAndTextsMayThenGo() throws Exception {
        assertTrue(ws.ports.policy().blocked(ann.getId(), "+442079460958", Channel.SMS).isPresent(), "no consent yet");
        ImportConsent.Result result = importer.importFile(csv("Email,Channel,Consent,Source,Date",
                "ann@archer.test,sms,yes,webinar form,2026-11-30",
                "cy@cole.test,email,withdrawn,preference centre,2026-12-01T08:30:00Z"));
        assertEquals(List.of(), result.refused());
        assertEquals("recorded 2 consent entries for 2 people", result.summary());
        assertEquals(new Consent(ann.getId(), Channel.SMS, true, "webinar form", Instant.parse("2026-11-30T00:00:00Z")),
                ws.ports.policy().consent(ann.getId(), Channel.SMS).orElseThrow());
        assertTrue(ws.ports.policy().blocked(ann.getId(), "+442079460958", Channel.SMS).isEmpty(), "consent on record");
        assertTrue(ws.ports.policy().blocked(cy.getId(), "cy@cole.test", Channel.EMAIL).orElseThrow().contains("withdrawn"),
                "the address matched whatever its case");
    }

    @Test
    void oneBadRowRecordsNothingAndEveryRefusalNamesLineFieldAndWhatToDo() throws Exception {
        ImportConsent.Result result = importer.importFile(csv("email,channel,consent,source,date",
                "ann@archer.test,sms,yes,webinar form,2026-11-30",
                "nobody@nowhere.test,fax,maybe,,2027-06-01",
                "ann@archer.test,sms,yes,\"unclosed,2026-11-30"));
        assertEquals(0, result.recorded());
        List<String> texts = result.refused().stream().map(ImportConsent.Refusal::text).toList();
        assertEquals("line 3, email 'nobody@nowhere.test': no lead or contact has this address; add the person first",
                texts.get(0));
        assertEquals("line 3, channel 'fax': use email, sms, voice or linkedin", texts.get(1));
        assertEquals("line 3, consent 'maybe': use yes (given) or no (withdrawn)", texts.get(2));
        assertTrue(texts.get(3).startsWith("line 3, source: is empty"), texts.get(3));
        assertEquals("line 3, date '2027-06-01': is in the future; use the date the consent was given", texts.get(4));
        assertTrue(texts.get(5).startsWith("line 4, row"), texts.get(5));
        assertEquals(6, texts.size());
        assertEquals("recorded nothing: 2 rows were refused; fix them and import the file again", result.summary());
        assertTrue(ws.ports.policy().consent(ann.getId(), Channel.SMS).isEmpty(), "the good row was not recorded either");
    }

    @Test
    void aFileWithoutAColumnIsRefusedNamingFileAndColumn() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(csv("email,channel,consent,date",
                "ann@archer.test,sms,yes,2026-11-30")));
        assertTrue(e.getMessage().contains("consent.csv") && e.getMessage().contains("'source'"), e.getMessage());
    }
}
