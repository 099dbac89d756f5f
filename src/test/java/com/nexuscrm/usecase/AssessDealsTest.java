package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.deal.DealRisk;
import com.nexuscrm.domain.deal.DealRisks;
import com.nexuscrm.domain.deal.RiskKind;
import com.nexuscrm.domain.deal.RiskSeverity;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.testing.SalesTeams;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deal risks and health on a real encrypted workspace: a small history (six deals that moved out of Prospecting after
 * 5-10 days, four of them won), then a quiet big deal, a deal with bad data, a brand-new deal and a healthy one.
 */
class AssessDealsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    private WorkspaceStore store;
    private Workspace workspace;
    private final MutableClock clock = new MutableClock(T0);
    private SaveDeal saveDeal;
    private LogActivity logging;
    private AssessDeals assess;
    private User rep;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir, "deal pass".toCharArray());
        workspace = Workspace.over(store);
        saveDeal = new SaveDeal(workspace, clock);
        logging = new LogActivity(workspace, clock);
        SalesTeams org = new SalesTeams();
        Team team = org.team("Mid-market", "MM");
        rep = org.rep("Rita Rep", team, "UTC");
        Picklist stages = Picklists.defaults(PicklistName.DEAL_STAGE);
        Picklist withoutProposal = stages.withValues(stages.values().stream()
                .filter(v -> !v.key().equals(DealStage.PROPOSAL.name())).toList());
        assess = new AssessDeals(workspace.deals(), workspace.activities(), workspace.dealScores(), () -> withoutProposal,
                () -> Picklists.defaults(PicklistName.ACTIVITY_OUTCOME), new DealRisks(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Deal deal(String name, DealStage stage, String amount, int closeDay) {
        Deal deal = new Deal(Ids.newId());
        deal.setName(name);
        deal.setStage(stage);
        deal.setAmount(new BigDecimal(amount));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.ofInstant(T0, clock.getZone()).plusDays(closeDay));
        return saveDeal.save(deal, rep);
    }

    private UUID contact(String first, String last, String title) {
        Contact c = new Contact(Ids.newId());
        c.setFirstName(first);
        c.setLastName(last);
        c.setTitle(title);
        c.setCreatedAt(clock.instant());
        c.setOwnerId(rep.getId());
        c.setTeamId(rep.getTeamId());
        return workspace.repository(Contact.class).save(c).getId();
    }

    private static DealContact role(UUID contact, DealRole role) {
        DealContact c = new DealContact();
        c.setContactId(contact);
        c.setRole(role);
        return c;
    }

    private void log(ActivityType type, RecordRef on, int day, String outcome, Integer seconds) {
        logging.log(new LogActivity.Draft(type, type.name().toLowerCase() + " on day " + day, null, on,
                T0.plus(Duration.ofDays(day)), null, null, outcome, seconds), rep);
    }

    private void toDay(int day) {
        clock.advance(Duration.between(clock.instant(), T0.plus(Duration.ofDays(day))));
    }

    private record World(Deal quiet, Deal legacy, Deal fresh, Deal healthy, UUID ann) { }

    private World world() {
        String[] amounts = {"10000", "20000", "30000", "40000", "5000", "5000"};
        List<Deal> old = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> deal("Old " + i, DealStage.PROSPECTING, amounts[i], 200)).toList();
        for (int i = 0; i < 6; i++) {
            toDay(5 + i);
            saveDeal.move(old.get(i).getId(), DealStage.QUALIFICATION, rep);
        }
        toDay(11);
        old.subList(0, 4).forEach(d -> saveDeal.close(d.getId(), true, "Fit", rep));
        toDay(12);
        Deal quiet = deal("Quiet Co", DealStage.PROSPECTING, "100000", 60);
        UUID ann = contact("Ann", "Lee", "Head of Operations");
        saveDeal.save(quiet, null, List.of(role(ann, DealRole.CHAMPION)), rep);
        log(ActivityType.CALL, RecordRef.contact(ann), 12, "Connected", 900);
        Deal legacy = deal("Legacy Co", DealStage.PROPOSAL, "0", 20);
        Deal healthy = deal("Healthy Co", DealStage.QUALIFICATION, "20000", 90);
        UUID cfo = contact("Cora", "Diaz", "CFO");
        UUID bob = contact("Bob", "Ray", "Engineer");
        saveDeal.save(healthy, null, List.of(role(cfo, DealRole.ECONOMIC_BUYER), role(bob, DealRole.TECHNICAL)), rep);
        toDay(42);
        log(ActivityType.MEETING, RecordRef.deal(healthy.getId()), 35, null, 1800);
        log(ActivityType.EMAIL, RecordRef.deal(healthy.getId()), 38, null, null);
        log(ActivityType.CALL, RecordRef.contact(cfo), 39, "Connected", 600);
        log(ActivityType.EMAIL, RecordRef.contact(bob), 40, "Replied", null);
        Deal fresh = deal("Fresh Co", DealStage.PROSPECTING, "15000", 100);
        return new World(quiet, legacy, fresh, healthy, ann);
    }

    private static DealRisk risk(AssessDeals.Assessment a, RiskKind kind) {
        return a.risks().stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + a.risks()));
    }

    @Test
    void everyOpenDealIsJudgedWithItsEvidenceAndItsHealthStored() {
        World w = world();
        Map<UUID, AssessDeals.Assessment> all = assess.assessOpen(Progress.NONE).stream()
                .collect(Collectors.toMap(AssessDeals.Assessment::dealId, Function.identity()));
        assertEquals(6, all.size(), "four of the ten deals are closed");

        AssessDeals.Assessment quiet = all.get(w.quiet().getId());
        DealRisk gone = risk(quiet, RiskKind.GONE_QUIET);
        assertEquals("No reply from the customer for 30 days; last: call on 14 Mar.", gone.evidence());
        assertEquals(RiskSeverity.HIGH, gone.severity());
        assertEquals("In Prospecting for 30 days; 75% of deals leave Prospecting within 9 days (6 past stays).",
                risk(quiet, RiskKind.STALLED).evidence());
        assertEquals("USD 100,000 is 4.0\u00d7 the owner's median won deal (USD 25,000 over 4 won deals).",
                risk(quiet, RiskKind.AMOUNT_UNUSUAL).evidence());
        // response 1/1, no meetings, 1 of 3 people, (45 - 30) / 38: (25 + 25/3 + 35 x 0.395) / 85 = 0.555
        assertEquals(55, quiet.health().score());

        AssessDeals.Assessment healthy = all.get(w.healthy().getId());
        // response 2/2, meetings 1/1, 2 of 3 people, last reply 2 days ago: (25 + 15 + 25 x 2/3 + 35) / 100
        assertEquals(92, healthy.health().score());
        assertTrue(healthy.risks().stream().noneMatch(r -> r.kind() == RiskKind.GONE_QUIET
                || r.kind() == RiskKind.SINGLE_THREADED || r.kind() == RiskKind.NO_ECONOMIC_BUYER), healthy.risks()::toString);
        assertEquals(92, workspace.dealScores().find(w.healthy().getId()).orElseThrow().health());
    }

    @Test
    void badDataBecomesRisksWithReasonsAndANewDealHasNoMadeUpHealth() {
        World w = world();
        Map<UUID, AssessDeals.Assessment> all = assess.assessOpen(Progress.NONE).stream()
                .collect(Collectors.toMap(AssessDeals.Assessment::dealId, Function.identity()));
        AssessDeals.Assessment legacy = all.get(w.legacy().getId());
        assertEquals("The stage 'Proposal' is no longer in the team's deal-stage list.",
                risk(legacy, RiskKind.STAGE_UNLISTED).evidence());
        assertEquals("The close date, 22 Mar, passed 22 days ago and the deal is still open.",
                risk(legacy, RiskKind.CLOSE_DATE_PASSED).evidence());
        assertEquals("The deal's amount is zero, so forecasts count nothing for it.", risk(legacy, RiskKind.NO_AMOUNT).evidence());
        assertFalse(risk(legacy, RiskKind.NO_AMOUNT).recommendation().isBlank());

        AssessDeals.Assessment fresh = all.get(w.fresh().getId());
        assertNull(fresh.health().score());
        assertTrue(fresh.health().note().startsWith("Not enough data"));
        assertTrue(workspace.dealScores().find(w.fresh().getId()).isEmpty(), "no health is stored for it");
        assertTrue(fresh.risks().stream().noneMatch(r -> r.kind() == RiskKind.GONE_QUIET), "opened today");
    }

    @Test
    void theTrendIsTheHealthBeforeAndOneDealReadsLikeAllOfThem() {
        World w = world();
        assess.assessOpen(Progress.NONE);
        toDay(62);
        AssessDeals.Assessment later = assess.assessOpen(Progress.NONE).stream()
                .filter(a -> a.dealId().equals(w.healthy().getId())).findFirst().orElseThrow();
        // last reply 22 days ago: (45 - 22) / 38 = 0.605; (25 + 15 + 25 x 2/3 + 35 x 0.605) / 100 = 0.779
        assertEquals(78, later.health().score());
        assertEquals(92, later.previousHealth());
        assertEquals(-14, later.trend());
        DealScore stored = workspace.dealScores().find(w.healthy().getId()).orElseThrow();
        assertEquals(List.of(78, 92), List.of(stored.health(), stored.previousHealth()));

        AssessDeals.Assessment one = assess.assess(w.healthy().getId());
        assertEquals(later.risks(), one.risks());
        assertEquals(later.health(), one.health());
        assertEquals(92, one.previousHealth(), "the same health again keeps the trend");
        AssessDeals.Assessment quiet = assess.assess(w.quiet().getId());
        assertEquals(risk(quiet, RiskKind.STALLED).evidence(),
                "In Prospecting for 50 days; 75% of deals leave Prospecting within 9 days (6 past stays).");
    }

    @Test
    void oneClickMakesTheRecommendedTaskOnTheDealForToday() {
        World w = world();
        DealRisk gone = risk(assess.assess(w.quiet().getId()), RiskKind.GONE_QUIET);
        Activity task = new ActOnDealRisk(workspace, clock).createTask(w.quiet().getId(), gone, rep);

        assertEquals("Re-engage Ann Lee on Quiet Co", task.getSubject());
        assertEquals(ActivityType.TASK, task.getType());
        assertEquals(TaskPriority.HIGH, task.getPriority());
        assertEquals(Instant.parse("2026-04-14T09:00:00Z"), task.getDueAt(), "due tomorrow at 09:00");
        assertTrue(task.getBody().startsWith("Gone quiet: No reply from the customer for 30 days"), task.getBody());
        List<Activity> open = workspace.activities().openTasks(rep.getId(), T0.plus(Duration.ofDays(400)), 10);
        assertEquals(List.of(task.getId()), open.stream().map(Activity::getId).toList(), "on the rep's task list (Today)");
        assertEquals(w.quiet().getId(), open.get(0).getDealId());
        assertEquals(gone, risk(assess.assess(w.quiet().getId()), RiskKind.GONE_QUIET), "a task is not the customer's reply");
    }
}
