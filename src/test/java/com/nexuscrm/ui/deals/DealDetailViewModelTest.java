package com.nexuscrm.ui.deals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.ui.deals.DealHistoryRow.Column;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deal detail over in-memory ports and the real SaveDeal: what it shows, edits, validates and writes. */
class DealDetailViewModelTest {
    private final DealDetailFixture f = new DealDetailFixture();
    private final DealDetailViewModel model = f.model;

    @Test
    void opensADealWithItsHeaderFieldsAndTheTeamsStageNames() {
        Picklist renamed = Picklists.defaults(PicklistName.DEAL_STAGE).withValues(Picklists.defaults(PicklistName.DEAL_STAGE)
                .values().stream().map(v -> v.key().equals("PROPOSAL") ? v.withLabel("Proposal sent") : v)
                .map(v -> v.key().equals("QUALIFICATION") ? v.withActive(false) : v).toList());
        model.useTeamStages(() -> renamed);
        Deal deal = f.deal("Acme - 20 seats", DealStage.PROPOSAL, "12000");

        model.show(deal.getId());

        DealDetailHeader h = model.header();
        assertEquals("Acme - 20 seats", h.headingProperty().get());
        assertEquals("Acme Robotics", h.accountProperty().get());
        assertEquals("US$12,000", h.amountProperty().get());
        assertEquals("Proposal sent", h.stageProperty().get());
        assertEquals("Closes 30 Apr 2026", h.closeDateProperty().get());
        assertEquals("Owner Rita Rep", h.ownerProperty().get());
        assertEquals("Forecast: Pipeline", h.forecastProperty().get());
        assertEquals("Not scored yet", h.scoreProperty().get());
        assertEquals("", h.outcomeProperty().get());
        assertFalse(h.closedProperty().get());
        assertEquals(List.of(DealStage.PROSPECTING, DealStage.PROPOSAL, DealStage.NEGOTIATION),
                model.fields().stageOptions(), "the team's open stages in its order; a retired one is not offered");
        assertEquals("12000", model.fields().amountProperty().get());
        assertEquals(RecordRef.deal(deal.getId()), model.recordProperty().get());
        assertFalse(model.isDirty());

        model.openAccount();
        assertEquals(List.of(RecordRef.account(f.account.getId())), f.opened);
    }

    @Test
    void showsTheModelsWinProbabilityAndPredictedClose() {
        Deal deal = f.deal("Scored", DealStage.NEGOTIATION, "5000");
        f.scores.writePredictions(List.of(DealScore.prediction(deal.getId(), 62, LocalDate.of(2026, 5, 12),
                LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 30), List.of(), "deals-v1", DealDetailFixture.T0)));

        model.show(deal.getId());

        assertEquals("Win probability 62%  ·  predicted close 12 May 2026 (5 May 2026 – 30 May 2026)",
                model.header().scoreProperty().get());
    }

    @Test
    void editedFieldsAreSavedWithOneHistoryEntryAndTheHostIsTold() {
        Deal deal = f.deal("Acme", DealStage.PROSPECTING, "12000");
        model.show(deal.getId());
        model.fields().nameProperty().set("Acme - renewal");
        model.fields().closeDateProperty().set(LocalDate.of(2026, 6, 30));
        model.fields().forecastProperty().set(ForecastCategory.COMMIT);
        assertTrue(model.isDirty());

        assertEquals(List.of(), model.save());

        Deal stored = f.stored(deal.getId());
        assertEquals("Acme - renewal", stored.getName());
        assertEquals(LocalDate.of(2026, 6, 30), stored.getCloseDate());
        assertEquals(ForecastCategory.COMMIT, stored.getForecastCategory());
        assertEquals(2, f.deals.history(deal.getId()).size(), "created, then the close date and category changed");
        assertEquals(List.of(deal.getId()), f.saved.stream().map(Deal::getId).toList());
        assertFalse(model.isDirty(), "the detail shows the deal as stored");
        assertEquals("Acme - renewal", model.header().headingProperty().get());
    }

    @Test
    void badFieldsAreShownNextToTheirFieldsAndNothingIsSaved() {
        Deal deal = f.deal("Acme", DealStage.PROSPECTING, "12000");
        model.show(deal.getId());
        model.fields().nameProperty().set("  ");
        model.fields().amountProperty().set("twelve");
        model.fields().closeDateProperty().set(null);

        List<FieldError> errors = model.save();

        assertEquals(Set.of("name", "amount", "closeDate"), model.errors().keySet());
        assertEquals("'twelve' is not an amount, e.g. 25000", model.errors().get("amount"));
        assertFalse(errors.isEmpty());
        assertEquals("Acme", f.stored(deal.getId()).getName());
        assertEquals(1, f.deals.history(deal.getId()).size());
        assertTrue(f.saved.isEmpty());
    }

    @Test
    void productsSumToTheAmountAndAreSavedWithTheDeal() {
        Deal deal = f.deal("Acme", DealStage.PROPOSAL, "1");
        model.show(deal.getId());
        DealLineItemsViewModel products = model.lineItems();
        DealLineRow seats = products.add();
        seats.productProperty().set("Business seats");
        seats.quantityProperty().set("20");
        seats.unitPriceProperty().set("600");
        seats.discountProperty().set("10");
        DealLineRow onboarding = products.add();
        onboarding.productProperty().set("Onboarding");
        onboarding.unitPriceProperty().set("2,500.50");

        assertEquals(0, new BigDecimal("13300.50").compareTo(products.sumProperty().get()), "20 × 600 less 10% + 2,500.50");
        assertEquals("13300.5", model.fields().amountProperty().get(), "the amount field shows the sum");
        assertTrue(products.hasRowsProperty().get(), "the amount is read-only while there are products");
        assertEquals("Total US$13,300.50", products.sumTextProperty().get());

        assertEquals(List.of(), model.save());

        assertEquals(0, new BigDecimal("13300.50").compareTo(f.stored(deal.getId()).getAmount()));
        assertEquals(java.util.Set.of("Business seats", "Onboarding"),
                java.util.Set.copyOf(f.deals.lineItems(deal.getId()).stream().map(i -> i.getProduct()).toList()));
        List<DealChange> history = f.deals.history(deal.getId());
        assertEquals(0, new BigDecimal("13300.50").compareTo(history.get(history.size() - 1).getAmount()));

        model.lineItems().remove(model.lineItems().rows().stream()
                .filter(r -> "Onboarding".equals(r.productProperty().get())).findFirst().orElseThrow());
        model.save();
        assertEquals(1, f.deals.lineItems(deal.getId()).size(), "a removed product is tombstoned");
        assertEquals(0, new BigDecimal("10800").compareTo(f.stored(deal.getId()).getAmount()));
    }

    @Test
    void eachWrongProductRowSaysWhichRowAndWhatToCorrect() {
        Deal deal = f.deal("Acme", DealStage.PROPOSAL, "900");
        model.show(deal.getId());
        DealLineRow bad = model.lineItems().add();
        bad.quantityProperty().set("0");
        bad.unitPriceProperty().set("-5");
        bad.discountProperty().set("120");
        DealLineRow tooMany = model.lineItems().add();
        tooMany.productProperty().set("Seats");
        tooMany.quantityProperty().set("1000001");
        tooMany.unitPriceProperty().set("10");

        assertEquals("Row 1: give the product a name; quantity must be a whole number from 1 to 1,000,000; unit price"
                + " must be an amount of 0 or more, e.g. 1200; discount must be a percentage from 0 to 100 (or empty).\n"
                + "Row 2 (Seats): quantity must be a whole number from 1 to 1,000,000.",
                model.lineItems().problemsProperty().get());
        assertEquals(null, bad.totalProperty().get());

        List<FieldError> errors = model.save();

        assertEquals("lineItems", errors.get(0).field());
        assertTrue(model.errors().containsKey("lineItems"));
        assertTrue(f.deals.lineItems(deal.getId()).isEmpty(), "nothing is saved while a row is wrong");
        assertEquals(0, new BigDecimal("900").compareTo(f.stored(deal.getId()).getAmount()));

        tooMany.quantityProperty().set("3");
        model.lineItems().remove(bad);
        assertEquals("", model.lineItems().problemsProperty().get());
        assertEquals(List.of(), model.save());
        assertEquals(0, new BigDecimal("30").compareTo(f.stored(deal.getId()).getAmount()));
    }

    @Test
    void theBuyingGroupWarnsOfNoEconomicBuyerAndASingleThreadAndIsSavedWithRoles() {
        Contact cto = f.contact("Chris", "Tan", "CTO");
        Contact cfo = f.contact("Fran", "Ode", "CFO");
        f.contact("Sam", "Lee", "Engineer");
        Deal deal = f.deal("Acme", DealStage.QUALIFICATION, "5000");
        model.show(deal.getId());
        DealContactsViewModel group = model.contacts();
        assertEquals("No buying group: nobody at the account is on this deal yet.", group.warningProperty().get());
        assertEquals(3, group.candidates().size());

        group.pickedProperty().set(group.candidates().stream().filter(c -> c.id().equals(cto.getId())).findFirst().orElseThrow());
        group.newRoleProperty().set(DealRole.CHAMPION);
        group.add();
        assertEquals("No economic buyer: nobody who signs is on this deal. Single-threaded: only one contact on this deal.",
                group.warningProperty().get());
        assertEquals(2, group.candidates().size(), "a person is in the group once");

        group.pickedProperty().set(group.candidates().stream().filter(c -> c.id().equals(cfo.getId())).findFirst().orElseThrow());
        group.add();
        assertEquals("No economic buyer: nobody who signs is on this deal.", group.warningProperty().get());
        group.members().get(1).roleProperty().set(DealRole.ECONOMIC_BUYER);
        assertEquals("", group.warningProperty().get());
        assertTrue(model.isDirty());

        assertEquals(List.of(), model.save());
        assertEquals(Set.of(DealRole.CHAMPION, DealRole.ECONOMIC_BUYER),
                Set.copyOf(f.deals.contactRoles(deal.getId()).stream().map(DealContact::getRole).toList()));

        model.contacts().remove(model.contacts().members().stream()
                .filter(m -> !m.contactId().equals(cfo.getId())).findFirst().orElseThrow());
        model.save();
        assertEquals(List.of(cfo.getId()), f.deals.contactRoles(deal.getId()).stream().map(DealContact::getContactId).toList());
        assertEquals("Single-threaded: only one contact on this deal.", model.contacts().warningProperty().get());
    }

    @Test
    void aLostDealNeedsItsReasonShowsItsOutcomeAndReopensInTheStageItLeft() {
        Deal deal = f.deal("Acme", DealStage.PROPOSAL, "5000");
        model.show(deal.getId());

        f.dialogs.answer = "  ";
        model.closeLost();
        assertEquals(1, f.dialogs.errors.size());
        assertTrue(f.dialogs.errors.get(0).contains("a lost deal needs its reason"));
        assertEquals(DealStage.PROPOSAL, f.stored(deal.getId()).getStage());

        f.dialogs.answer = null; // the question was cancelled
        model.closeLost();
        assertEquals(DealStage.PROPOSAL, f.stored(deal.getId()).getStage());

        f.clock.advance(Duration.ofDays(2));
        f.dialogs.answer = "Budget cut";
        model.closeLost();
        Deal lost = f.stored(deal.getId());
        assertEquals(DealStage.CLOSED_LOST, lost.getStage());
        assertEquals("Budget cut", lost.getLostReason());
        assertTrue(model.header().closedProperty().get());
        assertEquals("Lost on 4 Mar 2026: Budget cut", model.header().outcomeProperty().get());
        assertEquals(List.of(DealStage.CLOSED_LOST), model.fields().stageOptions(), "a closed deal changes stage by Reopen");

        model.reopen();
        Deal reopened = f.stored(deal.getId());
        assertEquals(DealStage.PROPOSAL, reopened.getStage(), "back in the stage it left");
        assertEquals(null, reopened.getLostReason());
        assertEquals("", model.header().outcomeProperty().get());
        assertFalse(model.header().closedProperty().get());

        f.dialogs.answer = "";
        model.closeWon();
        assertEquals(DealStage.CLOSED_WON, f.stored(deal.getId()).getStage(), "a won deal's reason is optional");
        assertEquals("Won on 4 Mar 2026", model.header().outcomeProperty().get());
        assertEquals(3, f.saved.size(), "the host heard of the lost close, the reopen and the won close");
    }

    @Test
    void historyListsEachChangeNewestFirstWithTheChangedValuesAndTimeInEachStage() {
        Deal deal = f.deal("Acme", DealStage.PROSPECTING, "5000");
        f.clock.advance(Duration.ofDays(5));
        f.saveDeal.move(deal.getId(), DealStage.PROPOSAL, f.rep);
        f.clock.advance(Duration.ofDays(2));
        Deal moved = f.stored(deal.getId());
        moved.setAmount(new BigDecimal("7500"));
        f.saveDeal.save(moved, f.rep);
        f.clock.advance(Duration.ofDays(3).plusHours(4));

        model.show(deal.getId());

        List<DealHistoryRow> rows = model.history().rows();
        assertEquals(3, rows.size());
        assertEquals(new DealHistoryRow("9 Mar 2026, 09:00", "Rita Rep", "Proposal", "US$7,500", "30 Apr 2026", "Pipeline",
                Set.of(Column.AMOUNT)), rows.get(0));
        assertEquals(Set.of(Column.STAGE), rows.get(1).changed());
        assertEquals(Set.of(), rows.get(2).changed(), "the first entry is the deal as created");
        assertEquals("Time in stage  ·  Prospecting: 5 days  ·  Proposal: 5 days (so far)",
                model.history().stageTimesProperty().get(), "the deal's history goes back to its creation");

        Deal older = f.stored(deal.getId());
        older.setCreatedAt(DealDetailFixture.T0.minus(Duration.ofDays(40))); // made before histories were kept
        f.deals.save(older);
        model.show(deal.getId());
        assertEquals("Time in stage  ·  Prospecting: 5 days  ·  Proposal: 5 days (so far)  ·  recorded since 2 Mar 2026",
                model.history().stageTimesProperty().get());
    }

    @Test
    void leavingWithUnsavedEditsAsksAndStayKeepsThemWhileDiscardDropsThem() {
        Deal first = f.deal("First", DealStage.PROSPECTING, "100");
        Deal second = f.deal("Second", DealStage.PROSPECTING, "200");
        model.show(first.getId());
        model.fields().nameProperty().set("First - edited");
        boolean[] stayed = {false};

        f.dialogs.choice = com.nexuscrm.ui.common.UnsavedPrompt.STAY;
        model.open(second.getId(), () -> stayed[0] = true);
        assertTrue(stayed[0]);
        assertTrue(model.shows(first.getId()));
        assertEquals("First - edited", model.fields().nameProperty().get());

        f.dialogs.choice = com.nexuscrm.ui.common.UnsavedPrompt.DISCARD;
        model.open(second.getId(), () -> { });
        assertTrue(model.shows(second.getId()));
        assertEquals("First", f.stored(first.getId()).getName());

        model.fields().nameProperty().set("Second - edited");
        f.dialogs.choice = com.nexuscrm.ui.common.UnsavedPrompt.SAVE;
        model.open(first.getId(), () -> { });
        assertEquals("Second - edited", f.stored(second.getId()).getName());
        assertTrue(model.shows(first.getId()));
    }

    @Test
    void timeInStageAddsBothStaysInAStageAndDoesNotTimeAClosedOne() {
        Deal deal = f.deal("Acme", DealStage.PROSPECTING, "5000");
        f.clock.advance(Duration.ofHours(5));
        f.saveDeal.move(deal.getId(), DealStage.QUALIFICATION, f.rep);
        f.clock.advance(Duration.ofDays(1));
        f.saveDeal.move(deal.getId(), DealStage.PROSPECTING, f.rep);
        f.clock.advance(Duration.ofDays(1));
        f.saveDeal.close(deal.getId(), true, "fit", f.rep);
        f.clock.advance(Duration.ofDays(30));

        List<StageTime> times = StageTime.of(f.deals.history(deal.getId()), f.clock.instant());

        assertEquals(List.of(new StageTime(DealStage.PROSPECTING, Duration.ofHours(29), false),
                new StageTime(DealStage.QUALIFICATION, Duration.ofDays(1), false)), times);
        assertEquals("1 day", StageTime.describe(Duration.ofHours(29)));
        assertEquals("5 h", StageTime.describe(Duration.ofHours(5)));
    }
}
