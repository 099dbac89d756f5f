package com.nexuscrm.ui.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.testing.ForecastWorkspace;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.ForecastDeals;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Forecast screen's model over a real store (see {@link ForecastWorkspace} for the figures worked out by hand). */
class ForecastViewModelTest {
    @TempDir
    Path dir;
    private ForecastWorkspace ws;
    private ForecastViewModel model;
    private final SimpleObjectProperty<Instant> lastSynced = new SimpleObjectProperty<>();

    @BeforeEach
    void open() {
        ws = new ForecastWorkspace(dir);
        model = new ForecastViewModel(ForecastDeals.of(ws.workspace, ZoneOffset.UTC, ws.clock), () -> "USD", lastSynced,
                ws.clock, new Formats(Locale.UK, ZoneOffset.UTC), new DirectTaskExecutor());
    }

    @AfterEach
    void close() {
        ws.store.close();
    }

    private Map<String, String> tiles() {
        return model.tiles().stream().collect(Collectors.toMap(ForecastTile::id, ForecastTile::detail));
    }

    @Test
    void theQuartersTilesRepsCurveAndMoves() {
        model.activate();
        Map<String, String> tiles = tiles();
        assertEquals(10, tiles.size());
        assertTrue(tiles.get("closed-won").startsWith("US$3,000:"), tiles.get("closed-won"));
        assertTrue(tiles.get("pipeline").startsWith("US$23,000:"));
        assertTrue(tiles.get("weighted").startsWith("US$11,000:"));
        assertTrue(tiles.get("stage-weighted").startsWith("US$12,000:"));
        assertTrue(tiles.get("high-confidence").startsWith("US$10,000:"));
        assertTrue(tiles.get("at-risk").startsWith("US$5,000:"));
        assertTrue(tiles.get("adjusted-total").startsWith("US$14,000:"));
        assertEquals("US$14K", model.tiles().get(9).value());
        assertEquals(2, model.reps().size());
        assertEquals("Rita Rep", model.reps().get(0).rep(), "9,000 weighted against Raj's 3,000 won + 2,000");
        assertEquals(14, model.weeks().size(), "Q1 2027: Fri 1 to Sun 3 January, twelve whole weeks, Mon 29 to Wed 31 March");
        assertEquals("Added  US$10,000  Acme - Team, 10 seats", model.moves().get(0));
        assertTrue(model.summaryProperty().get().startsWith("2027-Q1 (1 Jan 2027 – 31 Mar 2027): 3 open deals (2 weighted"));
    }

    @Test
    void aManagersAdjustmentShowsAtOnceAndABadAmountIsRefused() {
        model.activate();
        model.adjust(ws.rita.getId(), "-1,500", "");
        assertEquals("", model.problemProperty().get());
        assertTrue(tiles().get("adjustment").startsWith("-US$1,500:"), tiles().get("adjustment"));
        assertTrue(tiles().get("adjusted-total").startsWith("US$12,500:"));
        model.adjust(ws.rita.getId(), "lots", "");
        assertTrue(model.problemProperty().get().contains("is not an amount"));
        ws.actAs(ws.rita);
        model.load();
        assertFalse(model.adjustableProperty().get());
        model.adjust(ws.rita.getId(), "100000", "");
        assertTrue(model.problemProperty().get().contains("manager"), model.problemProperty().get());
    }

    @Test
    void anotherPeriodAndASyncReadAgain() {
        model.activate();
        model.choiceProperty().set(ForecastPeriodChoice.NEXT_QUARTER);
        assertTrue(tiles().get("pipeline").startsWith("US$2,000:"), "Hooli, closing in April");
        model.choiceProperty().set(ForecastPeriodChoice.THIS_MONTH);
        assertTrue(tiles().get("pipeline").startsWith("US$10,000:"), "February: Acme only");
        ws.saveDeal.close(ws.commit.getId(), true, "Signed", ws.rita);
        lastSynced.set(ForecastWorkspace.NOW); // a sync finished: the shown screen reads again
        assertTrue(tiles().get("closed-won").startsWith("US$10,000:"), tiles().get("closed-won"));
        model.deactivate();
    }
}
