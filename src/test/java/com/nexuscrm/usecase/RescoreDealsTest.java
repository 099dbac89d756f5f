package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.scoring.DealModel;
import com.nexuscrm.scoring.WorkspaceDeals;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deal model on a small generated workspace (real encrypted store, real DL4J training): deals whose
 * outcome depends on whether the economic buyer is engaged and on how much activity they get; the scores
 * land in deal_score (never in the deal row), with reasons, also for odd deals.
 */
class RescoreDealsTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    @TempDir Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(NOW);
    private final List<Deal> open = new ArrayList<>();

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "deal pass".toCharArray());
        workspace = Workspace.over(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withoutAModelOpenDealsGetTheirStagesUsualRateAndSaySo() {
        generate(20, 5);
        RescoreDeals.Rescored done = new RescoreDeals(workspace, clock).rescore(Progress.NONE);
        assertEquals(5, done.deals());
        DealScore score = workspace.dealScores().find(open.get(0).getId()).orElseThrow();
        assertEquals(RescoreDeals.NO_MODEL, score.modelVersion());
        assertTrue(score.reasons().get(0).text().startsWith("No deal model trained yet"), score.reasons().toString());
    }

    @Test
    void trainsOnClosedDealsAndScoresOpenOnesWithReasonsIntoDealScore() {
        generate(700, 30);
        RescoreDeals deals = new RescoreDeals(workspace, clock);
        WorkspaceDeals.Training training = deals.trainingTable();
        assertEquals(700, training.table().size());
        for (Object[] row : training.table().rows()) {
            assertFalse(row[WorkspaceDeals.STAGE_COLUMN] != null && row[WorkspaceDeals.STAGE_COLUMN].toString().startsWith("Closed"),
                    "a closed deal is described before its close, never by its outcome");
        }
        RescoreDeals.Trained trained = deals.train(7, Progress.NONE);
        assertNull(trained.notEnoughHistory());
        DealModel model = trained.model();
        assertTrue(model.card().validation().auc() > 0.65, "validation AUC " + model.card().validation().auc() + " " + model.card().selectionReason() + " " + model.card().leakage() + " " + model.card().droppedColumns());
        assertEquals(30, trained.rescored().deals());
        Map<UUID, DealScore> scores = workspace.dealScores().all();
        assertEquals(30, scores.size());
        for (Deal d : open) {
            DealScore s = scores.get(d.getId());
            assertTrue(s.winProbability() >= 1 && s.winProbability() <= 99);
            assertFalse(s.reasons().isEmpty());
            assertNotNull(s.predictedClose());
            assertFalse(s.closeLow().isAfter(s.predictedClose()) || s.closeHigh().isBefore(s.predictedClose()));
            assertEquals(model.version(), s.modelVersion());
            assertNull(workspace.deals().find(d.getId()).orElseThrow().getWinProbability(), "never written into the deal row");
        }
        // a deal the model never saw the like of: no amount, stage gone from the picklist, close date long past
        Deal odd = new Deal(Ids.newId());
        odd.setName("Odd");
        odd.setCreatedAt(NOW.minus(Duration.ofDays(400)));
        odd.setCloseDate(LocalDate.of(2025, 1, 1));
        Object[] row = WorkspaceDeals.row(odd, deals.facts(workspace.deals().findAll()), NOW);
        row[WorkspaceDeals.STAGE_COLUMN] = "Legacy stage";
        DealModel.Prediction p = model.explain(row);
        assertTrue(p.winProbability() >= 1 && p.winProbability() <= 99);
        assertFalse(p.reasons().isEmpty());
        assertTrue(p.close().high() >= p.close().days());
    }

    /** {@code closed} closed deals (about half won) and {@code openCount} open ones, with history and activity. */
    private void generate(int closed, int openCount) {
        Random random = new Random(11);
        Account account = new Account(Ids.newId());
        account.setName("Acme");
        account.setEmployees(500);
        account.setCreatedAt(NOW.minus(Duration.ofDays(900)));
        workspace.repository(Account.class).insertAll(List.of(account));
        List<Contact> contacts = new ArrayList<>();
        String[] titles = {"Chief Financial Officer", "VP Sales", "IT Manager", "Analyst"};
        for (int i = 0; i < 8; i++) {
            Contact c = new Contact(Ids.newId());
            c.setLastName("Person " + i);
            c.setTitle(titles[i % titles.length]);
            c.setAccountId(account.getId());
            c.setCreatedAt(NOW.minus(Duration.ofDays(900)));
            contacts.add(c);
        }
        workspace.repository(Contact.class).insertAll(contacts);
        UUID[] reps = {Ids.newId(), Ids.newId(), Ids.newId()};
        List<Deal> deals = new ArrayList<>();
        List<DealChange> history = new ArrayList<>();
        List<DealContact> roles = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < closed + openCount; i++) {
            boolean isOpen = i >= closed;
            boolean buyer = random.nextBoolean();
            int touches = random.nextInt(8);
            double chance = 0.15 + (buyer ? 0.45 : 0) + (touches >= 4 ? 0.25 : 0);
            boolean won = random.nextDouble() < chance;
            Instant created = isOpen ? NOW.minus(Duration.ofDays(5 + random.nextInt(40)))
                    : NOW.minus(Duration.ofDays(500 - i * 400L / closed));
            long life = 20 + random.nextInt(60);
            Instant end = created.plus(Duration.ofDays(life));
            Deal d = new Deal(Ids.newId());
            d.setName("Deal " + i);
            d.setAccountId(account.getId());
            d.setOwnerId(reps[i % 3]);
            d.setCurrency("USD");
            d.setAmount(BigDecimal.valueOf(1000 + random.nextInt(50_000)));
            d.setCreatedAt(created);
            d.setCloseDate(LocalDate.ofInstant(end, ZoneOffset.UTC));
            d.setStage(isOpen ? DealStage.QUALIFICATION : won ? DealStage.CLOSED_WON : DealStage.CLOSED_LOST);
            d.setClosedAt(isOpen ? null : end);
            history.add(change(d, created, DealStage.PROSPECTING));
            Instant qualified = created.plus(Duration.ofDays(life / 3));
            if (!isOpen || qualified.isBefore(NOW)) {
                history.add(change(d, qualified, DealStage.QUALIFICATION));
            }
            if (!isOpen) {
                history.add(change(d, created.plus(Duration.ofDays(2 * life / 3)), DealStage.PROPOSAL));
                history.add(change(d, end, d.getStage()));
            }
            if (buyer) {
                roles.add(role(d, contacts.get(0), DealRole.ECONOMIC_BUYER));
            }
            roles.add(role(d, contacts.get(1 + random.nextInt(7)), DealRole.TECHNICAL));
            for (int k = 0; k < touches; k++) {
                Activity a = new Activity(Ids.newId());
                a.setType(ActivityType.CALL);
                a.setSubject("Call " + k);
                a.setDealId(d.getId());
                a.setOccurredAt(created.plus(Duration.ofHours(1 + k * 24L * life / (3 * Math.max(1, touches)))));
                a.setDone(true);
                activities.add(a);
            }
            deals.add(d);
            if (isOpen) {
                open.add(d);
            }
        }
        workspace.repository(Deal.class).insertAll(deals);
        workspace.repository(DealChange.class).insertAll(history);
        workspace.repository(DealContact.class).insertAll(roles);
        workspace.repository(Activity.class).insertAll(activities);
    }

    private static DealChange change(Deal d, Instant at, DealStage stage) {
        DealChange c = DealChange.of(d, at, d.getOwnerId());
        c.setStage(stage);
        return c;
    }

    private static DealContact role(Deal d, Contact c, DealRole role) {
        DealContact r = new DealContact(Ids.newId());
        r.setDealId(d.getId());
        r.setContactId(c.getId());
        r.setRole(role);
        return r;
    }
}
