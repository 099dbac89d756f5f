package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.storage.StoreProbe;
import com.nexuscrm.sync.FaultProxy.Mode;
import com.nexuscrm.sync.SyncWorld.Station;
import com.nexuscrm.protocol.PushRequest;
import com.nexuscrm.protocol.PushResponse;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.testing.MutableClock;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault-injection suite (issue 3): real workstations, each with its own encrypted H2 workspace,
 * syncing with a real team server over loopback through a {@link FaultProxy}. Every scenario breaks the
 * round in one way, checks that the workstation saw the failure (or recovered) with its outbox intact,
 * then lets everyone sync cleanly and checks {@link SyncWorld}'s invariants: nothing lost, nothing
 * applied twice, every workstation equal to the server field by field. Runs on H2, and on PostgreSQL
 * when NEXUS_TEST_PG_URL is set. The server killed mid-transaction and the workstation killed while
 * applying pages are in {@link SyncKillTest}.
 */
@Tag("slow")
class SyncFaultTest {
    private static final AtomicInteger SCENARIOS = new AtomicInteger();
    private static final AtomicLong OPERATIONS = new AtomicLong();
    private static final AtomicLong LOST = new AtomicLong();

    @TempDir
    Path dir;
    private SyncWorld world;

    static Stream<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds().stream();
    }

    @AfterEach
    void stop() throws Exception {
        if (world != null) {
            OPERATIONS.addAndGet(world.operations());
            world.close();
        }
    }

    @AfterAll
    static void summary() {
        System.out.printf("fault suite: %d scenarios, %,d operations, %d lost%n", SCENARIOS.get(), OPERATIONS.get(), LOST.get());
    }

    private SyncWorld world(ServerTargets.Kind kind) throws Exception {
        return world(kind, Clock.systemUTC());
    }

    private SyncWorld world(ServerTargets.Kind kind, Clock serverClock) throws Exception {
        SCENARIOS.incrementAndGet();
        world = SyncWorld.inProcess(kind, dir, serverClock);
        return world;
    }

    private void settle() {
        LOST.addAndGet(world.settleAndCheck());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void responseDroppedAfterTheServerCommitted(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        Station ben = world.station("ben");
        world.createLeads(ann, 30, "Drop");

        world.proxy().arm(Mode.DROP_RESPONSE, 0, 0);
        expectOffline(() -> world.sync(ann), 1);
        assertEquals(30, ann.store().outbox().size(), "the outbox is intact");
        assertEquals(30, world.count("Lead"), "the server committed the push whose answer was lost");

        int fired = world.proxy().fired();
        expectOffline(() -> world.sync(ben), fired + 1);
        assertEquals(0, ben.replica().pages().pullCursor(), "a lost pull answer moves no cursor");
        assertEquals(0, ben.store().leads().count());

        world.proxy().pass();
        SyncEngine.Round replay = world.sync(ann);
        assertEquals(30, replay.applied(), "the replay returns the stored results: " + replay);
        assertEquals(30, world.count("Lead"), "and applies nothing twice");
        settle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void connectionCutMidPush(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        world.station("ben");
        world.createLeads(ann, 600, "Cut");

        world.proxy().arm(Mode.CUT_REQUEST, 16_000, 1); // the first batch of 500 passes, the second is cut
        expectOffline(() -> world.sync(ann), 1);
        assertEquals(100, ann.store().outbox().size(), "the batch the server never got stays queued");
        assertEquals(500, world.count("Lead"), "a cut request applies nothing");

        world.proxy().pass();
        settle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void connectionCutMidPull(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        Station ben = world.station("ben");
        world.createLeads(ann, 1_500, "Page");
        world.sync(ann);

        world.proxy().arm(Mode.CUT_RESPONSE, 20_000, 1); // page 1 (1,000 records) passes, page 2 is cut
        expectOffline(() -> world.sync(ben), 1);
        long cursor = ben.replica().pages().pullCursor();
        assertTrue(cursor > 0, "the first page was applied and its cursor kept");
        assertEquals(1_000, SyncWorld.localRecords(ben).size(), "the cut page applied nothing, the first all");

        world.proxy().pass();
        settle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void serverUnreachable(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        world.station("ben");
        world.createLeads(ann, 5, "Refused");

        long connections = world.proxy().connections();
        world.proxy().arm(Mode.REFUSE, 0, 0);
        SyncException offline = assertThrows(SyncException.class, () -> world.sync(ann));
        assertEquals(SyncException.Kind.OFFLINE, offline.kind(), offline.getMessage());
        assertTrue(causedBy(offline, ConnectException.class), "the connection was refused: " + offline.getCause());
        assertEquals(connections, world.proxy().connections(), "nothing got through");
        assertEquals(5, ann.store().outbox().size());

        world.proxy().pass();
        settle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void replayedAndConcurrentPushesApplyOnce(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        Station ben = world.station("ben");
        List<Lead> leads = world.createLeads(ann, 20, "Replay");
        world.sync(ann);
        world.sync(ben);

        for (Lead lead : leads.subList(0, 10)) {
            edit(ann, lead, l -> l.setPhone("+1 415 555 " + l.getLastName().substring(l.getLastName().length() - 4)), "phone");
        }
        List<PendingChange> first = ann.replica().outbox().pending(500);
        PushRequest request = new PushRequest(ann.replica().outbox().clientId(), SyncEngine.SCHEMA_VERSION,
                PendingChange.mutations(first));
        PushResponse answer = ann.api().push(request);
        assertEquals(answer, ann.api().push(request), "a replay returns the stored results");

        Lead onBen = ben.store().leads().find(leads.get(0).getId()).orElseThrow();
        edit(ben, onBen, l -> l.setPhone("+1 415 555 0199"), "phone");
        world.sync(ben);
        assertEquals(answer, ann.api().push(request), "a late replay still returns the stored results");
        assertEquals("+1 415 555 0199", world.serverRecords().get(onBen.getId()).fields().get("phone").asText(),
                "and does not undo the newer change");
        ann.replica().outbox().acknowledge(PushAnswer.match(first, answer.results()));

        for (Lead lead : leads.subList(10, 20)) {
            edit(ann, lead, l -> l.setTitle("Buyer " + l.getLastName()), "title");
        }
        List<PendingChange> second = ann.replica().outbox().pending(500);
        List<PushResponse> concurrent = pushConcurrently(ann, new PushRequest(ann.replica().outbox().clientId(),
                SyncEngine.SCHEMA_VERSION, PendingChange.mutations(second)), 4);
        concurrent.forEach(r -> assertEquals(concurrent.get(0), r, "concurrent copies of a push get one answer"));
        world.sentDirectly(PendingChange.mutations(first), 3 * first.size());
        world.sentDirectly(PendingChange.mutations(second), 4 * second.size());
        ann.replica().outbox().acknowledge(PushAnswer.match(second, concurrent.get(0).results()));
        settle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void clocksSkewedThreeDays(ServerTargets.Kind kind) throws Exception {
        MutableClock time = new MutableClock(Instant.now()); // the server's and nia's clock; it moves when told
        world(kind, time);
        long threeDays = 3L * 24 * 3600 * 1000;
        Station fay = world.station("fay", () -> time.millis() + threeDays);
        Station sol = world.station("sol", () -> time.millis() - threeDays);
        Station nia = world.station("nia", time::millis);
        Lead lead = world.createLeads(nia, 1, "Skew").get(0);
        world.sync(nia);
        world.sync(fay);
        world.sync(sol);

        time.advance(Duration.ofSeconds(1)); // the edits come after the create, as on any working day
        edit(fay, lead, l -> l.setPhone("+1 212 555 0001"), "phone");
        edit(sol, lead, l -> l.setPhone("+1 212 555 0002"), "phone");
        world.sync(fay);
        time.advance(Duration.ofMillis(5)); // nia edits after the server clamped fay's push to its own time
        edit(nia, lead, l -> l.setPhone("+1 212 555 0003"), "phone");
        SyncEngine.Round later = world.sync(nia);
        assertEquals(1, later.applied(), "an edit made after the +3-day client's push wins: " + later);
        SyncEngine.Round old = world.sync(sol);
        assertEquals(1, old.merged(), "a -3-day edit of a changed field loses (to field history): " + old);
        assertEquals("+1 212 555 0003", world.serverRecords().get(lead.getId()).fields().get("phone").asText());

        Lead created = world.createLeads(fay, 1, "Ahead").get(0);
        world.sync(fay);
        long limit = Hlc.atMillis(time.millis() + 60_000);
        for (RecordChange r : world.serverRecords().values()) {
            assertTrue(r.updatedAt() <= limit, r.id() + " carries an HLC " + (Hlc.millisOf(r.updatedAt())
                    - time.millis()) + " ms ahead of the server");
        }
        world.sync(sol);
        edit(sol, created, l -> l.setTitle("Late but first"), "title");
        assertEquals(1, world.sync(sol).applied(), "a -3-day clock still fast-forwards");
        settle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void twoClientsEditTheSameFieldsOffline(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        Station ben = world.station("ben");
        Lead lead = world.createLeads(ann, 1, "Same").get(0);
        Deal deal = deal("Fleet renewal");
        ann.store().repository(Deal.class).save(deal);
        world.created(ann, deal);
        world.sync(ann);
        world.sync(ben);

        edit(ann, lead, l -> l.setPhone("+1 312 555 0001"), "phone");
        editDeal(ann, deal.getId(), d -> { d.setAmount(new BigDecimal("2000.00")); d.setStage(DealStage.NEGOTIATION); });
        edit(ben, lead, l -> l.setPhone("+1 312 555 0002"), "phone");
        editDeal(ben, deal.getId(), d -> { d.setAmount(new BigDecimal("3000.00")); d.setStage(DealStage.PROPOSAL); });
        world.sync(ann);
        SyncEngine.Round second = world.sync(ben);
        assertEquals(1, second.conflicts(), "the deal's amount and stage conflict: " + second);

        Map<UUID, RecordChange> server = world.serverRecords();
        assertEquals("+1 312 555 0002", server.get(lead.getId()).fields().get("phone").asText(), "the later phone wins");
        ObjectNode dealNow = server.get(deal.getId()).fields();
        assertEquals(0, new BigDecimal("2000").compareTo(dealNow.get("amount").decimalValue()), "high stakes keep the server value");
        assertEquals("NEGOTIATION", dealNow.get("stage").asText());
        List<String[]> conflicts = world.rows("select record_id, field, base_value, server_value, client_value"
                + " from sync_conflict").get(deal.getId());
        assertEquals(2, conflicts.size(), "one conflict per high-stakes field");
        for (String[] c : conflicts) {
            String[] expected = c[0].equals("amount") ? new String[] {"amount", "1000", "2000", "3000"}
                    : new String[] {"stage", "PROSPECTING", "NEGOTIATION", "PROPOSAL"};
            for (int i = 0; i < expected.length; i++) {
                assertTrue(SyncWorld.sameText(expected[i], c[i]), "conflict holds base, server and client: "
                        + String.join(", ", c));
            }
        }
        settle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void editVersusDelete(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        Station ben = world.station("ben");
        List<Lead> leads = world.createLeads(ann, 2, "Tomb");
        world.sync(ann);
        world.sync(ben);
        Lead deletedFirst = leads.get(0);
        Lead editedFirst = leads.get(1);

        ann.store().leads().delete(deletedFirst.getId());
        world.wrote(ann, find(ann, deletedFirst), "deleted");
        world.sync(ann);
        edit(ben, deletedFirst, l -> l.setPhone("+1 617 555 0001"), "phone");
        SyncEngine.Round late = world.sync(ben);
        System.out.println("edit of a record deleted meanwhile: " + late);

        edit(ben, editedFirst, l -> l.setTitle("Procurement lead"), "title");
        world.sync(ben);
        ann.store().leads().delete(editedFirst.getId());
        world.wrote(ann, find(ann, editedFirst), "deleted");
        world.sync(ann);

        settle();
        Map<UUID, RecordChange> server = world.serverRecords();
        assertTrue(server.get(deletedFirst.getId()).deleted(), "an edit does not resurrect a deleted record");
        assertTrue(server.get(editedFirst.getId()).deleted(), "a delete after an edit still deletes");
        for (Station s : List.of(ann, ben)) {
            assertTrue(s.store().leads().find(deletedFirst.getId()).orElseThrow().isDeleted(), s.name());
            assertTrue(s.store().leads().find(editedFirst.getId()).orElseThrow().isDeleted(), s.name());
        }
        assertEquals(1, late.rejected(), "an edit of a record deleted meanwhile is refused, and shown: " + late);
        List<RejectionItem> refused = ben.replica().inbox().rejections();
        assertTrue(refused.stream().anyMatch(r -> r.recordId().equals(deletedFirst.getId())
                && r.fields().contains("+1 617 555 0001") && r.reason().contains("deleted")),
                "the edit of the deleted record is kept with the reason");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aRejectedChangeIsKeptAndTheWorkstationConverges(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        world.station("ben");
        Lead lead = world.createLeads(ann, 1, "Refuse").get(0);
        world.sync(ann);

        UUID elsewhere = UUID.randomUUID();
        edit(ann, lead, l -> l.setTeamId(elsewhere), "teamId");
        SyncEngine.Round round = world.sync(ann);
        assertEquals(1, round.rejected(), "moving a record out of your teams is refused: " + round);
        int kept = StoreProbe.rejectionCount(ann.store());
        assertEquals(1, kept, "the refused change is kept for the user");
        assertEquals(world.serverRecords().get(lead.getId()).teamId(), ann.store().leads().find(lead.getId()).orElseThrow().getTeamId(),
                "the workstation shows the server's team again, not the refused one");
        settle();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void tenThousandMutationsQueuedOffline(ServerTargets.Kind kind) throws Exception {
        world(kind);
        Station ann = world.station("ann");
        List<Lead> synced = world.createLeads(ann, 2_500, "Long");
        world.sync(ann);
        long started = System.nanoTime();
        world.createLeads(ann, 2_500, "Offline");
        List<Lead> current = ann.store().leads().findAll().stream().filter(l -> l.getFirstName().equals("Long")).toList();
        for (int pass = 0; pass < 3; pass++) {
            List<Lead> edited = new ArrayList<>();
            for (Lead lead : current) {
                lead.setPricingPageVisits(lead.getPricingPageVisits() + 1);
                lead.setTitle("Title " + pass);
                edited.add(lead);
            }
            ann.store().leads().saveAll(edited);
            current = ann.store().leads().findAll().stream().filter(l -> l.getFirstName().equals("Long")).toList();
        }
        current.forEach(l -> world.wrote(ann, l, "title", "pricingPageVisits"));
        long queuedMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(10_000, ann.store().outbox().size());
        assertEquals(2_500, synced.size());

        started = System.nanoTime();
        SyncEngine.Round round = world.sync(ann);
        long syncMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("10,000 mutations queued offline in %,d ms; one sync (%s) took %,d ms on %s%n",
                queuedMillis, round, syncMillis, kind);
        assertEquals(10_000, round.pushed());
        assertEquals(10_000, round.applied(), round.toString());
        assertEquals(0, ann.store().outbox().size());
        world.station("ben");
        settle();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private void expectOffline(Executable round, int firedAtLeast) {
        SyncException e = assertThrows(SyncException.class, round);
        assertEquals(SyncException.Kind.OFFLINE, e.kind(), e.getMessage());
        assertTrue(world.proxy().fired() >= firedAtLeast, "the fault never fired: " + world.proxy());
    }

    private static Lead find(Station s, Lead lead) {
        return s.store().leads().find(lead.getId()).orElseThrow();
    }

    /** Edits the workstation's current copy of the lead (a stale copy would write old values back). */
    private void edit(Station s, Lead stale, java.util.function.Consumer<Lead> change, String... fields) {
        Lead lead = find(s, stale);
        change.accept(lead);
        s.store().leads().save(lead);
        world.wrote(s, lead, fields);
    }

    private void editDeal(Station s, UUID id, java.util.function.Consumer<Deal> change) {
        Deal deal = s.store().repository(Deal.class).find(id).orElseThrow();
        change.accept(deal);
        s.store().repository(Deal.class).save(deal);
        world.wrote(s, deal, "amount", "stage");
    }

    private static Deal deal(String name) {
        Deal deal = new Deal();
        deal.setName(name);
        deal.setStage(DealStage.PROSPECTING);
        deal.setAmount(new BigDecimal("1000.00"));
        deal.setCurrency("USD");
        deal.setCloseDate(LocalDate.now().plusMonths(2));
        deal.setCreatedAt(Instant.parse("2026-11-01T09:00:00Z"));
        return deal;
    }

    private static List<PushResponse> pushConcurrently(Station s, PushRequest request, int copies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PushResponse>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return s.api().push(request);
                }));
            }
            start.countDown();
            List<PushResponse> answers = new ArrayList<>();
            for (Future<PushResponse> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
