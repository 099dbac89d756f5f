package com.nexuscrm.domain.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What moved in Q1 2027 between 1 January and 15 February, one deal of each kind, from their histories. */
class ForecastMovesTest {
    private static final ForecastPeriod Q1 = ForecastPeriod.parse("2027-Q1");
    private static final Instant SINCE = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-02-15T00:00:00Z");
    private final Map<UUID, List<DealChange>> history = new LinkedHashMap<>();

    private UUID deal(Object... changes) { // (instant, stage, amount, close date) repeated
        UUID id = Ids.newId();
        List<DealChange> list = new ArrayList<>();
        for (int i = 0; i < changes.length; i += 4) {
            DealChange c = new DealChange(Ids.newId());
            c.setDealId(id);
            c.setChangedAt(Instant.parse((String) changes[i]));
            c.setStage((DealStage) changes[i + 1]);
            c.setAmount(new BigDecimal((String) changes[i + 2]));
            c.setCloseDate(LocalDate.parse((String) changes[i + 3]));
            list.add(c);
        }
        history.put(id, list);
        return id;
    }

    @Test
    void eachKindOfMoveWithItsAmount() {
        String dec = "2026-12-01T10:00:00Z";
        UUID won = deal(dec, DealStage.PROPOSAL, "1000", "2027-02-10", "2027-01-20T10:00:00Z", DealStage.CLOSED_WON, "1000", "2027-01-20");
        UUID pushed = deal(dec, DealStage.PROPOSAL, "2000", "2027-03-01", "2027-01-25T10:00:00Z", DealStage.PROPOSAL, "2000", "2027-04-15");
        UUID pulled = deal(dec, DealStage.QUALIFICATION, "3000", "2027-05-01", "2027-02-01T10:00:00Z", DealStage.QUALIFICATION, "3000", "2027-03-15");
        UUID added = deal("2027-01-05T10:00:00Z", DealStage.PROSPECTING, "4000", "2027-03-10");
        UUID up = deal(dec, DealStage.NEGOTIATION, "5000", "2027-03-01", "2027-02-02T10:00:00Z", DealStage.NEGOTIATION, "6500", "2027-03-01");
        UUID down = deal(dec, DealStage.NEGOTIATION, "7000", "2027-03-01", "2027-02-03T10:00:00Z", DealStage.NEGOTIATION, "6000", "2027-03-01");
        UUID lost = deal(dec, DealStage.PROPOSAL, "8000", "2027-03-01", "2027-02-04T10:00:00Z", DealStage.CLOSED_LOST, "8000", "2027-02-04");
        deal(dec, DealStage.PROPOSAL, "9000", "2027-03-01", "2027-02-20T10:00:00Z", DealStage.CLOSED_WON, "9000", "2027-02-20"); // after
        deal(dec, DealStage.PROSPECTING, "100", "2027-03-01", "2027-01-10T10:00:00Z", DealStage.QUALIFICATION, "100", "2027-03-01");
        deal(dec, DealStage.PROSPECTING, "100", "2027-06-01", "2027-01-10T10:00:00Z", DealStage.QUALIFICATION, "100", "2027-07-01");

        List<ForecastMoves.Move> moves = ForecastMoves.between(Q1, history, SINCE, UNTIL);
        assertEquals(List.of(
                        new ForecastMoves.Move(added, ForecastMoves.Kind.ADDED, new BigDecimal("4000"), null, LocalDate.parse("2027-03-10")),
                        new ForecastMoves.Move(pulled, ForecastMoves.Kind.PULLED_IN, new BigDecimal("3000"),
                                LocalDate.parse("2027-05-01"), LocalDate.parse("2027-03-15")),
                        new ForecastMoves.Move(up, ForecastMoves.Kind.AMOUNT_UP, new BigDecimal("1500"),
                                LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-01")),
                        new ForecastMoves.Move(down, ForecastMoves.Kind.AMOUNT_DOWN, new BigDecimal("-1000"),
                                LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-01")),
                        new ForecastMoves.Move(pushed, ForecastMoves.Kind.PUSHED_OUT, new BigDecimal("2000"),
                                LocalDate.parse("2027-03-01"), LocalDate.parse("2027-04-15")),
                        new ForecastMoves.Move(won, ForecastMoves.Kind.WON, new BigDecimal("1000"),
                                LocalDate.parse("2027-02-10"), LocalDate.parse("2027-01-20")),
                        new ForecastMoves.Move(lost, ForecastMoves.Kind.LOST, new BigDecimal("8000"),
                                LocalDate.parse("2027-03-01"), LocalDate.parse("2027-02-04"))),
                moves);
    }
}
