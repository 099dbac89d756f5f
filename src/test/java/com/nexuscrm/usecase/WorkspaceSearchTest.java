package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.search.SearchHit;
import com.nexuscrm.search.SearchKind;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.PulledPage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Global search on a real encrypted workspace: ranking, snippets, filters, documents, updates, a damaged snapshot. */
class WorkspaceSearchTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final char[] PASS = "search-test".toCharArray();

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private WorkspaceSearch search;
    private Account globex;

    @BeforeEach
    void setUp() {
        store = WorkspaceStore.create(dir.resolve("ws"), PASS);
        workspace = Workspace.over(store);
        globex = new Account(Ids.newId());
        globex.setName("Globex Corporation");
        globex.setIndustry("Logistics");
        globex.setCreatedAt(NOW);
        workspace.repository(Account.class).save(globex);
        Activity note = new Activity(Ids.newId());
        note.setType(ActivityType.NOTE);
        note.setSubject("Weekly check-in");
        note.setBody("They compared us with Globex's previous supplier and asked about onboarding.");
        note.setAccountId(Ids.newId());
        note.setOccurredAt(NOW);
        workspace.repository(Activity.class).save(note);
        Deal deal = new Deal(Ids.newId());
        deal.setName("Globex renewal");
        deal.setAccountId(globex.getId());
        deal.setStage(DealStage.values()[0]);
        deal.setAmount(new BigDecimal("12000"));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.of(2027, 1, 31));
        deal.setCreatedAt(NOW);
        workspace.repository(Deal.class).save(deal);
        search = WorkspaceSearch.open(workspace);
    }

    @AfterEach
    void tearDown() {
        search.close();
        store.close();
    }

    @Test
    void aNameMatchRanksAboveABodyMatchAndSnippetsMarkTheWords() {
        List<SearchHit> hits = search.search("globex", Set.of(), 10);
        assertEquals(3, hits.size(), hits.toString());
        assertEquals(SearchKind.ACCOUNT, hits.get(0).kind());
        assertEquals(RecordRef.account(globex.getId()), hits.get(0).target());
        assertEquals(SearchKind.ACTIVITY, hits.get(2).kind());
        String snippet = SearchHit.marked(hits.get(2).snippet());
        assertTrue(snippet.contains("with [Globex's] previous supplier"), snippet);
        assertEquals("[Globex] Corporation", SearchHit.marked(hits.get(0).title()));
    }

    @Test
    void wordsMatchAsPrefixesWhileTypingAndTypesFilter() {
        assertEquals(3, search.search("glo", Set.of(), 10).size());
        assertEquals(1, search.search("glob renew", Set.of(), 10).size());
        List<SearchHit> deals = search.search("globex", Set.of(SearchKind.DEAL), 10);
        assertEquals(List.of(SearchKind.DEAL), deals.stream().map(SearchHit::kind).toList());
        assertEquals(List.of(), search.search("  ", Set.of(), 10));
        assertEquals(List.of(), search.search("( ) :", Set.of(), 10));
        // Query syntax is not parsed: "AND" is the word "and" (in the note), and "(" is no error.
        assertEquals(List.of(SearchKind.ACTIVITY), search.search("AND (", Set.of(), 10).stream().map(SearchHit::kind).toList());
    }

    @Test
    void attachedDocumentsAreFoundByTheirTextAndBadFilesAreSkippedWithTheirReason() throws Exception {
        Path good = Files.writeString(dir.resolve("msa.txt"), "The indemnification clause caps liability at twelve months of fees.");
        Path exe = Files.writeString(dir.resolve("tool.exe"), "MZ");
        Path bin = Files.write(dir.resolve("dump.txt"), new byte[] {1, 0, 2});
        AttachDocument attach = new AttachDocument(workspace, Clock.fixed(NOW, ZoneOffset.UTC));
        AttachDocument.Outcome outcome = attach.attach(List.of(exe, good, bin), globex.getId(), null, null, () -> false);
        assertEquals(1, outcome.attached().size());
        assertEquals(List.of("tool.exe", "dump.txt"), outcome.skipped().stream().map(s -> s.file().getFileName().toString()).toList());
        assertTrue(outcome.skipped().get(0).reason().startsWith("tool.exe is not a type"));
        assertEquals(List.of("msa.txt"), attach.ofAccount(globex.getId()).stream().map(d -> d.getFileName()).toList());
        // Stored encrypted: no plain copy of the words anywhere in the workspace folder.
        UUID id = outcome.attached().get(0).getId();
        for (Path f : Files.list(dir.resolve("ws").resolve("documents").resolve(id.toString())).toList()) {
            assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("indemnification"), f.toString());
        }

        search.refresh();
        List<SearchHit> hits = search.search("indemnif", Set.of(), 10);
        assertEquals(SearchKind.DOCUMENT, hits.get(0).kind());
        assertEquals(RecordRef.account(globex.getId()), hits.get(0).target());
        assertTrue(SearchHit.marked(hits.get(0).snippet()).contains("[indemnification] clause"));
    }

    @Test
    void aSavedRecordIsFoundAfterARefreshAndADeletedOneIsGone() {
        Lead lead = new Lead(Ids.newId());
        lead.setFirstName("Zora");
        lead.setLastName("Quimby");
        lead.setCompany("Initech");
        lead.setEmail("zora@initech.example");
        lead.setCreatedAt(NOW);
        lead.setStatus(com.nexuscrm.domain.LeadStatus.NEW);
        lead.setSource(com.nexuscrm.domain.LeadSource.WEBSITE.label());
        workspace.repository(Lead.class).save(lead);
        assertEquals(List.of(), search.search("quimby", Set.of(), 10));
        assertEquals(1, search.refresh());
        assertEquals(RecordRef.lead(lead.getId()), search.search("quimby", Set.of(), 10).get(0).target());
        assertEquals(0, search.refresh());

        workspace.repository(Lead.class).delete(lead.getId());
        search.refresh();
        assertEquals(List.of(), search.search("quimby", Set.of(), 10));
    }

    @Test
    void aPulledRecordIsFoundEvenWhenItsTimeIsOlderThanTheNewestLocalEdit() {
        UUID id = Ids.newId();
        ObjectNode fields = Json.mapper().createObjectNode().put("name", "Vandelay Industries").put("createdAt", NOW.toString());
        RecordChange change = new RecordChange("Account", id, 7, 1L, false, null, null, fields);
        StoredReplica.of(store).pages().applyPage(PulledPage.of(List.of(change), List.of(), 7));
        search.refresh();
        assertEquals(RecordRef.account(id), search.search("vandelay", Set.of(), 10).get(0).target());
    }

    @Test
    void aDamagedSnapshotIsRebuiltWithNothingLost() throws Exception {
        Path snapshot = dir.resolve("ws").resolve(WorkspaceSearch.SNAPSHOT_FILE);
        assertTrue(Files.exists(snapshot));
        assertFalse(new String(Files.readAllBytes(snapshot), StandardCharsets.ISO_8859_1).toLowerCase().contains("globex"));
        search.close();
        search = WorkspaceSearch.open(workspace);
        assertEquals("loaded", search.openedHow());
        assertEquals(3, search.search("globex", Set.of(), 10).size());

        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(snapshot, bytes);
        search.close();
        search = WorkspaceSearch.open(workspace);
        assertTrue(search.openedHow().startsWith("rebuilt"), search.openedHow());
        assertEquals(3, search.search("globex", Set.of(), 10).size());

        Files.write(snapshot, new byte[0]);
        search.close();
        search = WorkspaceSearch.open(workspace);
        assertEquals(3, search.search("globex", Set.of(), 10).size());
        search.close();
        search = WorkspaceSearch.open(workspace);
        assertEquals("loaded", search.openedHow());
    }
}
