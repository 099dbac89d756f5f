package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Predictions are written in batches, and only where they changed: a second run over unchanged deals writes nothing. */
class RescoreDealsWritesTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    @TempDir Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(NOW);

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "writes pass".toCharArray());
        workspace = Workspace.over(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void onlyChangedPredictionsAreWrittenAcrossBatches() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 2_300; i++) { // more than one batch
            Deal d = new Deal(Ids.newId());
            d.setName("Deal " + i);
            d.setCurrency("USD");
            d.setAmount(BigDecimal.valueOf(1000 + i));
            d.setCreatedAt(NOW.minus(Duration.ofDays(10)));
            d.setCloseDate(LocalDate.of(2026, 7, 1));
            d.setStage(i % 2 == 0 ? DealStage.PROSPECTING : DealStage.PROPOSAL);
            deals.add(d);
        }
        workspace.repository(Deal.class).insertAll(deals);
        RescoreDeals rescore = new RescoreDeals(workspace, clock);

        assertEquals(2_300, rescore.predict(Progress.NONE).written());
        assertEquals(2_300, workspace.dealScores().all().size());
        clock.advance(Duration.ofHours(1));
        assertEquals(0, rescore.predict(Progress.NONE).written(), "nothing changed, nothing written");

        Deal moved = workspace.deals().find(deals.get(2_200).getId()).orElseThrow();
        moved.setStage(DealStage.NEGOTIATION);
        workspace.repository(Deal.class).save(moved);
        RescoreDeals.Rescored again = rescore.predict(Progress.NONE);
        assertEquals(1, again.written());
        assertEquals(2_300, again.deals());
        assertEquals(70, workspace.dealScores().find(moved.getId()).orElseThrow().winProbability());
        assertTrue(workspace.dealScores().find(deals.get(0).getId()).orElseThrow().reasons().get(0).text()
                .contains("Prospecting"), "the unchanged rows keep their prediction");
    }
}
