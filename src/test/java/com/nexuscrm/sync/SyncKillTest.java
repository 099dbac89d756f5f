package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.SyncWorld.Station;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIGKILL in the middle of sync, on both sides. The team server runs as a child JVM ({@code nexus
 * server}) and is killed while a workstation pushes large batches, then restarted on the same database;
 * a workstation runs as a child JVM ({@link SyncKillChild}) and is killed at chosen points of pushing
 * and applying pages, then restarted on the same workspace. Afterwards {@link SyncWorld}'s invariants
 * hold: nothing lost, nothing applied twice, every workspace equal to the server.
 */
@Tag("slow")
class SyncKillTest {
    private static final AtomicInteger SCENARIOS = new AtomicInteger();
    private static final AtomicInteger KILLS = new AtomicInteger();
    private static final AtomicLong OPERATIONS = new AtomicLong();
    private static final AtomicLong LOST = new AtomicLong();

    @TempDir
    Path dir;

    static Stream<ServerTargets.Kind> kinds() {
        return ServerTargets.kinds().stream();
    }

    @AfterAll
    static void summary() {
        System.out.printf("kill suite: %d scenarios, %d kills, %,d operations, %d lost%n", SCENARIOS.get(), KILLS.get(),
                OPERATIONS.get(), LOST.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void serverKilledMidPushAndRestarted(ServerTargets.Kind kind) throws Exception {
        SCENARIOS.incrementAndGet();
        ServerTargets.Target target = kind.fresh();
        try (ServerDatabase db = ServerDatabase.open(target.url())) {
            SyncWorld.addUser(db.dataSource(), "ann");
            SyncWorld.addUser(db.dataSource(), "ben");
        }
        ServerProcess server = new ServerProcess(target.url(), freePort(), dir.resolve("server.log"));
        server.start();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (SyncWorld world = new SyncWorld(dir, null, server.port, () -> {
            server.stop();
            target.cleanup().close();
        })) {
            Station ann = world.adopt("ann", WorkspaceStore.create(world.folder("ann"), SyncWorld.PASSPHRASE));
            world.createLeads(ann, 2_000, "Killed");
            int interrupted = 0;
            // Killed 40 ms into a push (mid-transaction), then right after an answer arrived.
            for (long delay : new long[] {40, 0}) {
                long exchanges = world.proxy().exchanges();
                Future<?> round = background.submit(() -> world.sync(ann));
                waitFor(() -> world.proxy().exchanges() > exchanges + (delay == 0 ? 1 : 0), "a push to start");
                Thread.sleep(delay);
                server.kill();
                KILLS.incrementAndGet();
                int broke = outcome(round);
                interrupted += broke;
                long restart = System.nanoTime();
                server.start();
                System.out.printf("server killed %d ms into a push on %s: round %s, %d queued, restarted in %d ms%n", delay,
                        kind, broke == 1 ? "broken" : "had finished", ann.store().outbox().size(),
                        (System.nanoTime() - restart) / 1_000_000);
            }
            assertTrue(interrupted > 0, "no kill interrupted a round");
            world.sync(ann);
            // The invariants read the server's tables. PostgreSQL may be opened while the child serves; the
            // encrypted H2 store is held by the running server (no AUTO_SERVER), so for H2 the child is stopped
            // and the settle phase is served by a TeamServer in this JVM on the same port and the same file.
            boolean h2 = target.url().startsWith("jdbc:h2:");
            if (h2) {
                server.stop();
            }
            try (ServerDatabase db = ServerDatabase.open(target.url());
                 AutoCloseable inProcess = h2 ? new TeamServer(db, Clock.systemUTC(), Duration.ofHours(2))
                         .start("127.0.0.1", server.port) : () -> { }) {
                world.useDatabase(db.dataSource());
                world.adopt("ben", WorkspaceStore.create(world.folder("ben"), SyncWorld.PASSPHRASE));
                LOST.addAndGet(world.settleAndCheck());
                assertEquals(2_000, world.count("Lead"), "every lead once");
            }
            OPERATIONS.addAndGet(world.operations());
        } finally {
            background.shutdownNow();
        }
    }

    /**
     * Two stateless {@code nexus server} instances on one PostgreSQL schema behind a round-robin proxy (each
     * request to the next instance); two reps of one team create 2,000 leads and edit them from both sides;
     * the instance that took a push is SIGKILLed 40 ms into it; the proxy fails over to the survivor, the
     * killed instance is restarted, and everyone converges with nothing lost and nothing applied twice.
     */
    @Test
    void twoInstancesOnOnePostgresOneKilledMidPush() throws Exception {
        ServerTargets.Kind pg = ServerTargets.kinds().stream().filter(k -> k.baseUrl() != null).findFirst().orElse(null);
        if (pg == null) {
            System.out.println("two instances skipped: NEXUS_TEST_PG_URL is not set (H2's store belongs to one server)");
            return;
        }
        SCENARIOS.incrementAndGet();
        long started = System.nanoTime();
        ServerTargets.Target target = pg.fresh();
        ServerDatabase db = ServerDatabase.open(target.url()); // migrated before either instance starts
        ServerProcess[] instances = {new ServerProcess(target.url(), freePort(), dir.resolve("server-a.log")),
            new ServerProcess(target.url(), freePort(), dir.resolve("server-b.log"))};
        for (ServerProcess instance : instances) {
            instance.start();
        }
        AlternatingProxy balancer = new AlternatingProxy(instances[0].port, instances[1].port);
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (SyncWorld world = new SyncWorld(dir, db.dataSource(), balancer.port(), () -> {
            balancer.close();
            for (ServerProcess instance : instances) {
                instance.stop();
            }
            db.close();
            target.cleanup().close();
        })) {
            Station ann = world.station("ann");
            Station ben = world.station("ben");
            world.createLeads(ann, 2_000, "Twin");
            world.sync(ann);
            world.sync(ben);
            assertTrue(balancer.requests(0) > 0 && balancer.requests(1) > 0, "both instances served: " + balancer);
            // Edits from both sides: ann retitles 1,000 leads, ben rephones 1,000 (500 of them the same leads)
            // and retitles 200 of ann's (the later HLC wins, the other value goes to field history).
            edit(world, ann, 0, 1_000, "title", l -> l.setTitle("Twin title " + l.getLastName()));
            edit(world, ben, 500, 1_500, "phone", l -> l.setPhone("+1 415 555 " + l.getLastName().substring(5)));
            edit(world, ben, 800, 1_000, "title", l -> l.setTitle("Ben title " + l.getLastName()));
            world.createLeads(ann, 500, "Late");
            assertEquals(1_500, ann.store().outbox().size());

            long pushes = balancer.pushes();
            Future<?> round = background.submit(() -> world.sync(ann));
            waitFor(() -> balancer.pushes() > pushes, "a push to start");
            Thread.sleep(40);
            int victim = balancer.lastPush();
            instances[victim].kill();
            KILLS.incrementAndGet();
            int broke = outcome(round);
            long failoversBefore = balancer.failovers();
            world.sync(ben); // every request finds a live instance: the proxy skips the dead one
            world.sync(ann);
            assertTrue(balancer.failovers() > failoversBefore, "the proxy failed over to the survivor: " + balancer);
            long victimRequests = balancer.requests(victim);
            instances[victim].start();
            LOST.addAndGet(world.settleAndCheck());
            assertTrue(balancer.requests(victim) > victimRequests, "the restarted instance serves again: " + balancer);
            assertEquals(2_500, world.count("Lead"), "every lead once");
            OPERATIONS.addAndGet(world.operations());
            System.out.printf("two instances on one PostgreSQL: instance %s killed 40 ms into a push (round %s), %s;"
                    + " %,d operations, 0 lost, %d ms%n", victim == 0 ? "a" : "b", broke == 1 ? "broken" : "had finished",
                    balancer, world.operations(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            background.shutdownNow();
        }
    }

    /** Edits leads [from, to) of the station's "Twin" leads (by name order) in one transaction; remembers them. */
    private static void edit(SyncWorld world, Station s, int from, int to, String field,
                             Consumer<Lead> change) {
        List<Lead> leads = s.store().leads().findAll().stream()
                .filter(l -> "Twin".equals(l.getFirstName()))
                .sorted(Comparator.comparing(Lead::getLastName)).toList().subList(from, to);
        leads.forEach(change);
        s.store().leads().saveAll(leads);
        leads.forEach(l -> world.wrote(s, l, field));
    }

    /** 1 when the kill broke the round (it must say OFFLINE), 0 when the round had already finished. */
    private static int outcome(Future<?> round) throws Exception {
        try {
            round.get(60, TimeUnit.SECONDS);
            return 0;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SyncException s && s.kind() == SyncException.Kind.OFFLINE) {
                return 1;
            }
            throw e;
        }
    }

    @Test
    void workstationKilledWhilePushingAndApplyingPages() throws Exception {
        SCENARIOS.incrementAndGet();
        try (SyncWorld world = SyncWorld.inProcess(ServerTargets.kinds().get(0), dir)) {
            Station sid = world.station("sid");
            world.createLeads(sid, 2_500, "Seed");
            world.sync(sid);
            Station kim = world.station("kim");
            world.createLeads(kim, 200, "Queued");
            world.sentDirectly(PendingChange.mutations(kim.replica().outbox().pending(500)), 0);
            kim.store().close();

            String url = "http://127.0.0.1:" + world.proxy().port();
            long committed = 0;
            // Each run is killed at its marker (plus a delay that lands inside the transaction), then restarted.
            String[][] kills = {{"pushing 1", "60"}, {"acknowledging 1", "0"}, {"applying 1", "120"}, {"applied 1", "0"},
                {"applying 1", "250"}};
            for (String[] kill : kills) {
                List<String> lines = runChild(world, url, kill[0], Long.parseLong(kill[1]));
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(kill[0])), "never reached '" + kill[0] + "': " + lines);
                committed = checkCursors(lines, committed);
                world.counted(operations(lines));
                KILLS.incrementAndGet();
            }
            List<String> last = runChild(world, url, null, 0);
            assertTrue(last.stream().anyMatch(l -> l.startsWith("done")), "the last run finishes: " + last);
            checkCursors(last, committed);
            world.counted(operations(last));

            world.adopt("kim", WorkspaceStore.open(world.folder("kim"), SyncWorld.PASSPHRASE));
            LOST.addAndGet(world.settleAndCheck());
            OPERATIONS.addAndGet(world.operations());
        }
    }

    /** The cursor a run starts from is never below what an earlier run committed; returns the last committed. */
    private static long checkCursors(List<String> lines, long committedBefore) {
        long committed = committedBefore;
        for (String line : lines) {
            String[] words = line.split(" ");
            if (words[0].equals("cursor")) {
                long start = Long.parseLong(words[1]);
                assertTrue(start >= committed, "the workspace starts from cursor " + start + " below the committed " + committed);
                committed = start;
            } else if (words[0].equals("applied")) {
                long cursor = Long.parseLong(words[4]);
                assertTrue(cursor >= committed, "cursor went back to " + cursor);
                committed = cursor;
            }
        }
        return committed;
    }

    private static long operations(List<String> lines) {
        long done = 0;
        for (String line : lines) {
            String[] words = line.split(" ");
            if (words[0].equals("acknowledged") || words[0].equals("applied")) {
                done += Long.parseLong(words[2]);
            }
        }
        return done;
    }

    /** Runs the child workstation; kills it {@code delay} ms after it prints a line starting with {@code marker}. */
    private List<String> runChild(SyncWorld world, String url, String marker, long delay) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SyncKillChild.class.getName(), world.folder("kim").toString(), url, "kim@example.com")
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile())).start();
        // The pipe closes when the child is killed, so a reader thread collects lines while the test waits.
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch reached = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                    if (marker != null && line.startsWith(marker)) {
                        reached.countDown();
                    }
                }
            } catch (IOException closedByTheKill) {
                // what was read so far is what the child said before it died
            }
            reached.countDown();
        });
        reader.start();
        try {
            assertTrue(reached.await(120, TimeUnit.SECONDS), "the child workstation hung: " + lines);
            if (marker != null) {
                Thread.sleep(delay);
                child.destroyForcibly(); // SIGKILL on Linux
            }
        } finally {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                fail("the child workstation did not end: " + lines);
            }
            reader.join(10_000);
        }
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(2);
        }
    }
}
