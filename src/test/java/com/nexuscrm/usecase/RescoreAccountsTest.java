package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountScore;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.account.ChurnPrior;
import com.nexuscrm.scoring.WorkspaceAccounts;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
 * Churn risk on a small generated workspace (real encrypted store, real DL4J training): accounts whose usage
 * declines before it stops; the scores land in account_score with reasons, only changed rows are written again, an
 * account without usage or tickets gets "not enough data" and a churned one the month it left.
 */
class RescoreAccountsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate FIRST_MONTH = LocalDate.of(2025, 10, 1);

    @TempDir Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(NOW);
    private final List<Account> accounts = new ArrayList<>();
    private final List<UUID> churned = new ArrayList<>();

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "churn pass".toCharArray());
        workspace = Workspace.over(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withoutAModelTheRulesPriorScoresEveryAccountWithReasonsAndARescoreWritesOnlyChanges() {
        generate(12);
        Account empty = account(new Random(1));
        workspace.repository(Account.class).insertAll(List.of(empty));
        RescoreAccounts rescore = new RescoreAccounts(workspace, clock);
        RescoreAccounts.Rescored done = rescore.rescore(Progress.NONE);
        assertEquals(13, done.accounts());
        assertEquals(13, done.changed());
        assertEquals(ChurnPrior.VERSION, done.modelVersion());
        Map<UUID, AccountScore> scores = workspace.accountScores().all();
        assertEquals(13, scores.size());

        AccountScore none = scores.get(empty.getId());
        assertNull(none.churnRisk(), "no invented number");
        assertTrue(none.reasons().get(0).text().startsWith("Not enough data"), none.reasons().toString());

        AccountScore gone = scores.get(churned.get(0));
        assertNull(gone.churnRisk());
        assertTrue(gone.reasons().get(0).text().startsWith("Churned: no product usage since"), gone.reasons().toString());

        long scored = scores.values().stream().filter(s -> s.churnRisk() != null).count();
        assertTrue(scored >= 8, "active accounts get a risk: " + scored);
        scores.values().stream().filter(s -> s.churnRisk() != null).forEach(s -> {
            assertTrue(s.churnRisk() >= 1 && s.churnRisk() <= 99);
            assertTrue(s.reasons().get(0).text().startsWith("No churn model trained yet"), s.reasons().toString());
        });

        clock.advance(java.time.Duration.ofHours(1));
        assertEquals(0, rescore.rescore(Progress.NONE).changed(), "nothing changed: nothing written");
        assertEquals(NOW, workspace.accountScores().find(empty.getId()).orElseThrow().scoredAt(), "the row was left alone");
    }

    @Test
    void trainsOnTheHistoryWithoutLeakageAndScoresAccountsIntoAccountScore() {
        generate(260);
        RescoreAccounts rescore = new RescoreAccounts(workspace, clock);
        WorkspaceAccounts.Training t = rescore.trainingTable();
        assertTrue(t.table().positives() >= 125, "positives " + t.table().positives());
        for (int i = 0; i < t.table().size(); i++) {
            assertTrue(t.cutOffs().get(i).isBefore(LocalDate.of(2026, 9, 1)), "every label decided: cut-off 3 months before the data ends");
        }
        RescoreAccounts.Trained trained = rescore.train(7, Progress.NONE);
        assertNull(trained.notEnoughHistory());
        assertTrue(trained.model().card().validation().auc() > 0.7, "validation AUC " + trained.model().card().validation().auc()
                + "; " + trained.model().card().selectionReason() + "; " + trained.model().card().leakage());
        assertEquals(260, trained.rescored().accounts());
        Map<UUID, AccountScore> scores = workspace.accountScores().all();
        AccountScore active = scores.values().stream().filter(s -> s.churnRisk() != null).findFirst().orElseThrow();
        assertEquals(trained.model().version(), active.modelVersion());
        assertFalse(active.reasons().isEmpty());
        assertNotNull(active.scoredAt());
    }

    /** {@code n} customer accounts with monthly usage since October 2025; a weak account's usage falls, then stops. */
    private void generate(int n) {
        Random random = new Random(11);
        List<ProductUsage> usage = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Account a = account(random);
            accounts.add(a);
            double health = random.nextGaussian();
            int stop = health < -0.5 ? 5 + random.nextInt(9) : Integer.MAX_VALUE;
            if (stop < 12) {
                churned.add(a.getId());
            }
            for (int m = 0; m < 14 && m < stop; m++) {
                ProductUsage u = new ProductUsage(UUID.randomUUID());
                u.setAccountId(a.getId());
                u.setPeriodStart(FIRST_MONTH.plusMonths(m));
                u.setSeats(20);
                double fall = stop == Integer.MAX_VALUE ? 0 : Math.max(0, 4 - (stop - m)) * 0.3;
                double share = 1 / (1 + Math.exp(-(0.8 + 0.5 * health - fall + 0.6 * random.nextGaussian())));
                u.setActiveUsers((int) Math.round(20 * share));
                u.setSessions(15 * u.getActiveUsers());
                u.setFeatureAdoption(Math.round(100 * share * 0.8) / 100.0);
                usage.add(u);
            }
        }
        workspace.repository(Account.class).insertAll(accounts);
        workspace.repository(ProductUsage.class).insertAll(usage);
    }

    private static Account account(Random random) {
        Account a = new Account(new UUID(random.nextLong(), random.nextLong()));
        a.setName("Account " + a.getId());
        a.setEmployees(50 + random.nextInt(500));
        a.setCreatedAt(NOW.minus(java.time.Duration.ofDays(800)));
        return a;
    }
}
