package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.ScoreFactor;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, moving and closing deals on the real encrypted store: history entries, line items, buying group. */
class SaveDealTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(T0);
    private SaveDeal saveDeal;
    private User rep;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "deal pass".toCharArray());
        workspace = Workspace.over(store);
        saveDeal = new SaveDeal(workspace, clock);
        SalesTeams org = new SalesTeams();
        Team team = org.team("Inbound", "SMB");
        rep = org.rep("Rita Rep", team, "UTC");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Deal draft(String amount) {
        Deal deal = new Deal(Ids.newId());
        deal.setName("Acme - Business, 20 seats");
        deal.setStage(DealStage.PROSPECTING);
        deal.setAmount(new BigDecimal(amount));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.of(2026, 4, 30));
        return deal;
    }

    private static DealLineItem item(String product, int quantity, String price, String discount) {
        DealLineItem i = new DealLineItem();
        i.setProduct(product);
        i.setQuantity(quantity);
        i.setUnitPrice(new BigDecimal(price));
        i.setDiscountPercent(discount == null ? null : new BigDecimal(discount));
        return i;
    }

    @Test
    void everyChangeOfStageAmountCloseDateOrCategoryIsOneHistoryEntryAndOtherEditsAreNone() {
        Deal deal = saveDeal.save(draft("12000"), rep);
        assertEquals(rep.getId(), deal.getOwnerId());
        assertEquals(T0, deal.getCreatedAt());
        clock.advance(Duration.ofDays(3));
        deal.setName("Acme - renamed");
        saveDeal.save(deal, rep);
        clock.advance(Duration.ofDays(4));
        saveDeal.move(deal.getId(), DealStage.PROPOSAL, rep);
        Deal moved = workspace.deals().find(deal.getId()).orElseThrow();
        moved.setCloseDate(LocalDate.of(2026, 5, 31));
        moved.setForecastCategory(ForecastCategory.COMMIT);
        saveDeal.save(moved, rep);

        List<DealChange> history = workspace.deals().history(deal.getId());
        assertEquals(3, history.size(), "created, moved, pushed; the rename is not history");
        assertEquals(DealStage.PROSPECTING, history.get(0).getStage());
        assertEquals(DealStage.PROPOSAL, history.get(1).getStage());
        assertEquals(T0.plus(Duration.ofDays(7)), history.get(1).getChangedAt());
        assertEquals(LocalDate.of(2026, 5, 31), history.get(2).getCloseDate());
        assertEquals(ForecastCategory.COMMIT, history.get(2).getForecastCategory());
        assertEquals(rep.getId(), history.get(2).getChangedBy());
    }

    @Test
    void lineItemsSetTheAmountAndRemovedOnesAreTombstoned() {
        Deal deal = draft("1");
        DealLineItem seats = item("Business seats", 20, "600", "10");
        DealLineItem onboarding = item("Onboarding", 1, "2500.50", null);
        saveDeal.save(deal, List.of(seats, onboarding), null, rep);
        assertEquals(0, new BigDecimal("13300.50").compareTo(workspace.deals().find(deal.getId()).orElseThrow().getAmount()),
                "20 × 600 less 10% + 2,500.50");
        assertEquals(2, workspace.deals().lineItems(deal.getId()).size());

        saveDeal.save(deal, List.of(seats), null, rep);
        assertEquals(List.of(seats.getId()), workspace.deals().lineItems(deal.getId()).stream().map(DealLineItem::getId).toList());
        assertEquals(0, new BigDecimal("10800").compareTo(workspace.deals().find(deal.getId()).orElseThrow().getAmount()));
        assertEquals(2, workspace.deals().history(deal.getId()).size(), "the amount changed once after creation");
    }

    @Test
    void aBadLineItemSavesNothing() {
        Deal deal = draft("1");
        ValidationException e = assertThrows(ValidationException.class,
                () -> saveDeal.save(deal, List.of(item("Seats", 0, "600", "120")), null, rep));
        assertTrue(e.getMessage().contains("quantity") && e.getMessage().contains("discountPercent"), e.getMessage());
        assertTrue(workspace.deals().find(deal.getId()).isEmpty());
        assertTrue(workspace.deals().history(deal.getId()).isEmpty());
    }

    @Test
    void theBuyingGroupHasOneRolePerContact() {
        Deal deal = saveDeal.save(draft("5000"), rep);
        UUID ceo = Ids.newId();
        DealContact buyer = role(ceo, DealRole.ECONOMIC_BUYER);
        saveDeal.save(deal, null, List.of(buyer), rep);
        assertEquals(DealRole.ECONOMIC_BUYER, workspace.deals().contactRoles(deal.getId()).get(0).getRole());
        assertThrows(ValidationException.class,
                () -> saveDeal.save(deal, null, List.of(role(ceo, DealRole.CHAMPION), role(ceo, DealRole.LEGAL)), rep));
        saveDeal.save(deal, null, List.of(), rep);
        assertTrue(workspace.deals().contactRoles(deal.getId()).isEmpty());
    }

    private static DealContact role(UUID contact, DealRole role) {
        DealContact c = new DealContact();
        c.setContactId(contact);
        c.setRole(role);
        return c;
    }

    @Test
    void aLostDealNeedsItsReasonAndReopeningClearsTheClose() {
        Deal deal = saveDeal.save(draft("5000"), rep);
        ValidationException e = assertThrows(ValidationException.class, () -> saveDeal.close(deal.getId(), false, " ", rep));
        assertEquals("lostReason", e.errors().get(0).field());
        clock.advance(Duration.ofDays(10));
        Deal lost = saveDeal.close(deal.getId(), false, "Chose a competitor", rep);
        assertEquals(DealStage.CLOSED_LOST, lost.getStage());
        assertEquals(LocalDate.of(2026, 3, 12), lost.getCloseDate());
        assertEquals(clock.instant(), lost.getClosedAt());
        assertThrows(IllegalArgumentException.class, () -> saveDeal.move(deal.getId(), DealStage.CLOSED_WON, rep));

        Deal reopened = saveDeal.move(deal.getId(), DealStage.NEGOTIATION, rep);
        assertNull(reopened.getClosedAt());
        assertNull(reopened.getLostReason());
        assertEquals(3, workspace.deals().history(deal.getId()).size());
    }

    @Test
    void scoresLiveInTheirOwnTableAndReplaceEachOther() {
        Deal deal = saveDeal.save(draft("5000"), rep);
        workspace.dealScores().writeHealth(java.util.Map.of(deal.getId(), 70));
        DealScore first = DealScore.prediction(deal.getId(), 40, LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 20), List.of(new ScoreFactor("Economic buyer engaged", 8)), "deals-v1", T0);
        workspace.dealScores().writePredictions(List.of(first));
        workspace.dealScores().writeHealth(java.util.Map.of(deal.getId(), 55));
        workspace.dealScores().writeHealth(java.util.Map.of(deal.getId(), 55));
        DealScore stored = workspace.dealScores().find(deal.getId()).orElseThrow();
        assertEquals(40, stored.winProbability());
        assertEquals(LocalDate.of(2026, 5, 20), stored.closeHigh());
        assertEquals(55, stored.health());
        assertEquals(70, stored.previousHealth(), "the same health again keeps the trend");
        assertEquals(List.of(new ScoreFactor("Economic buyer engaged", 8)), stored.reasons());
        assertEquals(1, workspace.dealScores().all().size());
    }
}
