package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging on the real encrypted store: field picks, moved activities and relations, the tombstone's pointer. */
class MergeRecordsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(T0);
    private MergeRecords merge;
    private User rep;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "merge pass".toCharArray());
        workspace = Workspace.over(store);
        merge = new MergeRecords(workspace);
        SalesTeams org = new SalesTeams();
        Team team = org.team("Inbound", "SMB");
        rep = org.rep("Rita Rep", team, "UTC");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void twoLeadsMergeFieldByFieldAndTheLoserPointsAtTheSurvivor() {
        Lead keep = Leads.lead("Ada", "Lovelace", "Engines");
        keep.setPhone("+44 20 7946 0001");
        Lead other = Leads.lead("Ada", "Lovelace", "Engines");
        other.setTitle("Countess");
        other.setPhone("+44 20 7946 0002");
        workspace.leads().saveAll(java.util.List.of(keep, other));
        new LogActivity(workspace, clock).log(LogActivity.Draft.of(ActivityType.NOTE, "Met at the expo",
                RecordRef.lead(other.getId()), T0), rep);

        MergeRecords.Comparison c = merge.compare(RecordRef.lead(keep.getId()), RecordRef.lead(other.getId()));
        assertEquals(Set.of("phone", "title"), c.differences().stream().map(MergeRecords.Difference::field)
                .collect(java.util.stream.Collectors.toSet()));
        long outbox = store.outbox().size();
        MergeRecords.Merged done = merge.merge(new MergeRecords.Plan(c.survivor(), c.other(),
                Map.of("title", MergeRecords.Pick.OTHER, "phone", MergeRecords.Pick.SURVIVOR)));

        Lead survivor = workspace.leads().find(keep.getId()).orElseThrow();
        assertEquals("Countess", survivor.getTitle());
        assertEquals("+44 20 7946 0001", survivor.getPhone());
        Lead loser = workspace.leads().find(other.getId()).orElseThrow();
        assertTrue(loser.isDeleted());
        assertEquals(keep.getId(), loser.getMergedInto());
        assertEquals(1, done.activitiesMoved());
        assertEquals(1, workspace.activities().timelineCount(RecordRef.lead(keep.getId()), Set.of()));
        assertEquals(0, workspace.activities().timelineCount(RecordRef.lead(other.getId()), Set.of()));
        assertEquals(outbox + 3, store.outbox().size(), "survivor, tombstone and the moved note: one change set");
    }

    @Test
    void mergingAccountsMovesContactsDealsAndConversionLinks() {
        Account keep = account("Acme", "acme.com");
        Account other = account("ACME Inc.", "acme.com");
        Contact wile = new Contact();
        wile.setLastName("Coyote");
        wile.setAccountId(other.getId());
        wile.setCreatedAt(T0);
        workspace.repository(Contact.class).save(wile);
        Deal deal = new Deal();
        deal.setName("Rockets");
        deal.setStage(DealStage.PROPOSAL);
        deal.setAmount(new BigDecimal("900"));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.of(2026, 5, 1));
        deal.setAccountId(other.getId());
        deal.setCreatedAt(T0);
        workspace.repository(Deal.class).save(deal);
        Lead lead = Leads.lead("Road", "Runner", "Acme");
        lead.setConvertedAccountId(other.getId());
        workspace.leads().save(lead);

        MergeRecords.Merged done = merge.merge(new MergeRecords.Plan(RecordRef.account(keep.getId()),
                RecordRef.account(other.getId()), Map.of()));

        assertEquals(3, done.recordsRelinked());
        assertEquals(keep.getId(), workspace.repository(Contact.class).find(wile.getId()).orElseThrow().getAccountId());
        assertEquals(keep.getId(), workspace.repository(Deal.class).find(deal.getId()).orElseThrow().getAccountId());
        assertEquals(keep.getId(), workspace.leads().find(lead.getId()).orElseThrow().getConvertedAccountId());
        Account loser = workspace.repository(Account.class).find(other.getId()).orElseThrow();
        assertTrue(loser.isDeleted());
        assertEquals(keep.getId(), loser.getMergedInto());
        assertEquals("Acme", workspace.repository(Account.class).find(keep.getId()).orElseThrow().getName());
    }

    @Test
    void refusalsSayWhatToDo() {
        Account a = account("Acme", "acme.com");
        Lead l = workspace.leads().save(Leads.lead("Ada", "Lovelace", "Engines"));
        var mixed = assertThrows(IllegalArgumentException.class,
                () -> merge.compare(RecordRef.account(a.getId()), RecordRef.lead(l.getId())));
        assertTrue(mixed.getMessage().contains("same kind"), mixed.getMessage());
        var same = assertThrows(IllegalArgumentException.class,
                () -> merge.compare(RecordRef.lead(l.getId()), RecordRef.lead(l.getId())));
        assertTrue(same.getMessage().contains("two different leads"), same.getMessage());
    }

    private Account account(String name, String domain) {
        Account a = new Account();
        a.setName(name);
        a.setDomain(domain);
        a.setCreatedAt(T0);
        return workspace.repository(Account.class).save(a);
    }
}
