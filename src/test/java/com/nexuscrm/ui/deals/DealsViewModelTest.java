package com.nexuscrm.ui.deals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.TeamChoices;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Deals section's model over a scripted pipeline: grouping, totals, moves and their rollback, closing, filters. */
class DealsViewModelTest {
    /** A Wednesday in the middle of a quarter's second month, fixed: the filters never depend on today. */
    private static final Instant NOW = Instant.parse("2026-05-13T10:00:00Z");
    private static final UUID ME = Ids.newId();
    private static final UUID OTHER = Ids.newId();

    private final ScriptedPipeline pipeline = new ScriptedPipeline();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private HeldTasks tasks;
    private DealsViewModel model;
    private TeamChoices choices = TeamChoices.defaults();

    @BeforeEach
    void build() {
        tasks = new HeldTasks();
        model = new DealsViewModel(pipeline, List.of(user(ME, "Mia Me"), user(OTHER, "Otto Other")), ME, () -> choices,
                tasks, dialogs, Clock.fixed(NOW, ZoneOffset.UTC), new Formats(Locale.UK, ZoneOffset.UTC));
    }

    @Test
    void groupsDealsByStageInThePicklistsOrderWithCountTotalAndWeightedTotal() {
        renameStage("PROPOSAL", "Quote sent", 40);
        UUID a = pipeline.deal("Alpha", DealStage.PROSPECTING, "1000", "2026-05-20", ME);
        pipeline.deal("Beta", DealStage.PROPOSAL, "3000", "2026-06-01", OTHER);
        pipeline.deal("Gamma", DealStage.PROPOSAL, "2000", "2026-05-15", ME);
        pipeline.deal("Won", DealStage.CLOSED_WON, "500", "2026-04-01", ME);
        pipeline.scores.put(a, new DealScore(a, 37, null, null, null, 62, null, null, "m1", NOW));
        loadNow();

        assertEquals(List.of("Prospecting", "Qualification", "Quote sent", "Negotiation", "Closed won", "Closed lost"),
                model.columns().stream().map(StageColumn::label).toList());
        StageColumn proposal = column(DealStage.PROPOSAL);
        assertEquals(List.of("Gamma", "Beta"), names(proposal)); // soonest close first
        assertEquals(new BigDecimal("5000"), proposal.total());
        assertEquals(new BigDecimal("2000"), proposal.weighted()); // 40% of 5,000 from the team's list
        assertEquals("2 deals · US$5K\nweighted US$2K", proposal.summaryProperty().get());
        assertEquals("1 deal · US$500\nclosed", column(DealStage.CLOSED_WON).summaryProperty().get());
        DealLine alpha = model.line(a);
        assertEquals("37%", alpha.winText());
        assertEquals("62", alpha.healthText());
        assertEquals("—", model.line(pipeline.idOf("Beta")).winText()); // not scored: no number made up
        assertEquals("—", model.line(pipeline.idOf("Beta")).healthText());
    }

    @Test
    void aMovedCardChangesColumnAtOnceAndStaysWhenTheSaveSucceeds() {
        UUID a = pipeline.deal("Alpha", DealStage.PROSPECTING, "1000", "2026-05-20", ME);
        loadNow();
        model.selectedProperty().set(a);

        model.moveTo(a, DealStage.NEGOTIATION);
        assertEquals(List.of("Alpha"), names(column(DealStage.NEGOTIATION))); // before the save returns
        assertTrue(names(column(DealStage.PROSPECTING)).isEmpty());
        assertEquals(new BigDecimal("750"), column(DealStage.NEGOTIATION).weighted());

        tasks.runAll();
        assertEquals(List.of("move " + a + " NEGOTIATION"), pipeline.calls);
        assertEquals(List.of("Alpha"), names(column(DealStage.NEGOTIATION)));
        assertEquals(a, model.selectedProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aFailedMovePutsTheCardBackAndSaysWhy() {
        UUID a = pipeline.deal("Alpha", DealStage.QUALIFICATION, "1000", "2026-05-20", ME);
        loadNow();
        pipeline.failWith = new IllegalStateException("the workspace file is read-only");

        model.moveTo(a, DealStage.PROPOSAL);
        assertEquals(List.of("Alpha"), names(column(DealStage.PROPOSAL)));
        tasks.runAll();

        assertEquals(List.of("Alpha"), names(column(DealStage.QUALIFICATION)));
        assertTrue(names(column(DealStage.PROPOSAL)).isEmpty());
        assertEquals(BigDecimal.ZERO, column(DealStage.PROPOSAL).total());
        assertEquals(List.of("Cannot move the deal: \"Alpha\" stays in Qualification: the workspace file is read-only"),
                dialogs.errors);
    }

    @Test
    void droppingOnClosedLostAsksWhyAndABlankAnswerAsksAgain() {
        UUID a = pipeline.deal("Alpha", DealStage.NEGOTIATION, "1000", "2026-05-20", ME);
        loadNow();
        dialogs.answers.addAll(List.of(Optional.of("  "), Optional.of("went with a competitor")));

        model.moveTo(a, DealStage.CLOSED_LOST);
        tasks.runAll();

        assertEquals(2, dialogs.asked.size());
        assertTrue(dialogs.asked.get(1).startsWith("A closed deal needs its reason. Why was \"Alpha\" lost?"));
        assertEquals(List.of("close " + a + " lost: went with a competitor"), pipeline.calls);
        assertEquals(List.of("Alpha"), names(column(DealStage.CLOSED_LOST)));
    }

    @Test
    void cancellingTheReasonLeavesTheDealWhereItWas() {
        UUID a = pipeline.deal("Alpha", DealStage.NEGOTIATION, "1000", "2026-05-20", ME);
        loadNow();
        dialogs.answers.add(Optional.empty());

        model.moveTo(a, DealStage.CLOSED_WON);

        assertTrue(pipeline.calls.isEmpty());
        assertEquals(List.of("Alpha"), names(column(DealStage.NEGOTIATION)));
    }

    @Test
    void theKeyboardMovesACardOneColumnAlong() {
        UUID a = pipeline.deal("Alpha", DealStage.PROSPECTING, "1000", "2026-05-20", ME);
        loadNow();

        model.moveBy(a, 1);
        tasks.runAll();
        model.moveBy(a, -1);
        tasks.runAll();
        model.moveBy(a, -1); // already in the first column: nothing happens
        tasks.runAll();

        assertEquals(List.of("move " + a + " QUALIFICATION", "move " + a + " PROSPECTING"), pipeline.calls);
    }

    @Test
    void filtersNarrowBothTheListAndTheBoard() {
        pipeline.deal("Mine this month", DealStage.PROSPECTING, "100", "2026-05-30", ME);
        pipeline.deal("Mine next month", DealStage.PROPOSAL, "200", "2026-06-10", ME);
        pipeline.deal("Theirs this month", DealStage.PROSPECTING, "300", "2026-05-02", OTHER);
        pipeline.deal("Mine next quarter", DealStage.PROSPECTING, "400", "2026-07-01", ME);
        loadNow();
        assertEquals(4, model.visibleDeals().size());

        model.filterProperty().set(new DealFilter(DealFilter.Scope.MINE, null, DealFilter.Closing.THIS_QUARTER, ""));
        assertEquals(List.of("Mine this month", "Mine next month"), visibleNames());
        assertEquals(List.of("Mine this month"), names(column(DealStage.PROSPECTING)));
        assertEquals("2 of 4 deals", model.summaryProperty().get());

        model.filterProperty().set(new DealFilter(DealFilter.Scope.TEAM, null, DealFilter.Closing.THIS_MONTH, "THEIRS"));
        assertEquals(List.of("Theirs this month"), visibleNames());
        model.filterProperty().set(new DealFilter(DealFilter.Scope.TEAM, DealStage.PROPOSAL, DealFilter.Closing.ANY, ""));
        assertEquals(List.of("Mine next month"), visibleNames());
        assertEquals(BigDecimal.ZERO, column(DealStage.PROSPECTING).total());
    }

    @Test
    void aStageTheTeamNoLongerListsKeepsItsColumn() {
        choices = withStages(choices.list(PicklistName.DEAL_STAGE).values().stream()
                .filter(v -> !v.key().equals("QUALIFICATION")).toList());
        pipeline.deal("Old stage", DealStage.QUALIFICATION, "100", "2026-05-30", ME);
        loadNow();

        assertEquals(List.of("Old stage"), names(column(DealStage.QUALIFICATION)));
        assertEquals("Qualification", model.line(pipeline.idOf("Old stage")).stageLabel());
    }

    @Test
    void aNewDealIsValidatedByTheDomainAndSelectedAfterTheSave() {
        UUID acme = Ids.newId();
        pipeline.accounts.put(acme, "Acme");
        loadNow();
        NewDealViewModel form = model.newDeal();
        form.amountProperty().set("12,5");
        form.save();
        assertTrue(form.errorProperty("amount").get().contains("not a number"));
        assertTrue(pipeline.calls.isEmpty());

        form.amountProperty().set("12000");
        pipeline.invalid = List.of(new FieldError("name", "is required"));
        form.save();
        tasks.runAll();
        assertEquals("is required", form.errorProperty("name").get());
        assertFalse(form.savedProperty().get());

        pipeline.invalid = List.of();
        form.nameProperty().set("Acme - 20 seats");
        form.accountProperty().set(form.accounts().get(0));
        form.save();
        tasks.runAll(); // the save, then the reload it asks for
        tasks.runAll();
        assertTrue(form.savedProperty().get());
        assertEquals("", form.errorProperty("name").get());
        UUID created = pipeline.idOf("Acme - 20 seats");
        assertEquals(created, model.selectedProperty().get());
        DealLine line = model.line(created);
        assertEquals("Acme", line.account());
        assertEquals(LocalDate.of(2026, 6, 12), line.closeDate()); // today + 30 days unless changed
        assertEquals(List.of("Acme - 20 seats"), names(column(DealStage.PROSPECTING)));
    }

    @Test
    void aSyncRoundReloadsOnlyWhileTheSectionIsShownAndKeepsTheSelection() {
        UUID a = pipeline.deal("Alpha", DealStage.PROSPECTING, "1000", "2026-05-20", ME);
        model.activate();
        tasks.runAll();
        model.selectedProperty().set(a);
        pipeline.deal("From the server", DealStage.PROSPECTING, "10", "2026-05-21", OTHER);

        model.syncRoundFinished();
        tasks.runAll();
        assertEquals(List.of("Alpha", "From the server"), names(column(DealStage.PROSPECTING)));
        assertEquals(a, model.selectedProperty().get());

        model.deactivate();
        pipeline.deal("Later", DealStage.PROSPECTING, "10", "2026-05-22", OTHER);
        model.syncRoundFinished();
        assertEquals(0, tasks.held.size());
    }

    private void loadNow() {
        model.load();
        tasks.runAll();
    }

    private void renameStage(String key, String label, int probability) {
        choices = withStages(choices.list(PicklistName.DEAL_STAGE).values().stream()
                .map(v -> v.key().equals(key) ? v.withLabel(label).withProbability(probability) : v).toList());
    }

    private TeamChoices withStages(List<PicklistValue> values) {
        Map<PicklistName, com.nexuscrm.domain.Picklist> lists = new HashMap<>(choices.lists());
        lists.put(PicklistName.DEAL_STAGE, lists.get(PicklistName.DEAL_STAGE).withValues(values));
        return new TeamChoices(lists, choices.currency());
    }

    private StageColumn column(DealStage stage) {
        return model.columns().stream().filter(c -> c.stage() == stage).findFirst().orElseThrow();
    }

    private static List<String> names(StageColumn column) {
        return column.cards().stream().map(DealLine::name).toList();
    }

    private List<String> visibleNames() {
        return model.visibleDeals().stream().sorted(StageColumn.ORDER).map(DealLine::name).toList();
    }

    private static User user(UUID id, String name) {
        User u = new User(id);
        u.setDisplayName(name);
        u.setRole(Role.REP);
        return u;
    }

    /** Deals in memory; each write is recorded, and fails when told to. */
    private static final class ScriptedPipeline implements DealPipeline {
        final Map<UUID, Deal> deals = new LinkedHashMap<>();
        final Map<UUID, String> accounts = new HashMap<>();
        final Map<UUID, DealScore> scores = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        RuntimeException failWith;
        List<FieldError> invalid = List.of();

        UUID deal(String name, DealStage stage, String amount, String close, UUID owner) {
            Deal d = new Deal(Ids.newId());
            d.setName(name);
            d.setStage(stage);
            d.setAmount(new BigDecimal(amount));
            d.setCurrency("USD");
            d.setCloseDate(LocalDate.parse(close));
            d.setOwnerId(owner);
            deals.put(d.getId(), d);
            return d.getId();
        }

        UUID idOf(String name) {
            return deals.values().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow().getId();
        }

        @Override
        public Snapshot load() {
            return new Snapshot(new ArrayList<>(deals.values()), accounts, scores);
        }

        @Override
        public Deal move(UUID dealId, DealStage stage) {
            calls.add("move " + dealId + " " + stage);
            return write(dealId, stage);
        }

        @Override
        public Deal close(UUID dealId, boolean won, String reason) {
            calls.add("close " + dealId + (won ? " won: " : " lost: ") + reason);
            return write(dealId, won ? DealStage.CLOSED_WON : DealStage.CLOSED_LOST);
        }

        private Deal write(UUID dealId, DealStage stage) {
            if (failWith != null) {
                throw failWith;
            }
            Deal d = deals.get(dealId);
            d.setStage(stage);
            return d;
        }

        @Override
        public Deal create(Deal deal) {
            if (!invalid.isEmpty()) {
                throw new ValidationException(invalid);
            }
            calls.add("create " + deal.getName());
            deals.put(deal.getId(), deal);
            return deal;
        }
    }

    /** Background work held until the test lets it run, so a card can be seen moved before its save returns. */
    private static final class HeldTasks implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();
        private final DirectTaskExecutor direct = new DirectTaskExecutor();

        @Override
        public <T> Handle run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> direct.run(title, work, onSuccess, onFailure));
            return Handle.DONE;
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }

        @Override public ReadOnlyBooleanProperty busyProperty() { return direct.busyProperty(); }
        @Override public ReadOnlyDoubleProperty progressProperty() { return direct.progressProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return direct.messageProperty(); }
        @Override public void cancelAll() { }
    }

    /** Answers {@link #ask} from a script and records the questions and errors. */
    private static final class ScriptedDialogs implements DialogService {
        final Deque<Optional<String>> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();

        @Override public void showError(String title, String message) { errors.add(title + ": " + message); }
        @Override public void showInfo(String title, String message) { }
        @Override public boolean confirm(String title, String message) { return true; }
        @Override public Optional<String> choose(String title, String message, List<String> choices) {
            return Optional.empty();
        }

        @Override
        public Optional<String> ask(String title, String prompt, String initial) {
            asked.add(prompt);
            return answers.isEmpty() ? Optional.empty() : answers.poll();
        }

        @Override public Optional<Path> chooseCsvFile(String title) { return Optional.empty(); }
    }

    @Test
    void nothingIsSelectedUntilTheUserPicksADeal() {
        pipeline.deal("Alpha", DealStage.PROSPECTING, "1000", "2026-05-20", ME);
        loadNow();
        assertNull(model.selectedProperty().get());
    }
}
