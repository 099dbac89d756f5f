package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.ServerTargets;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.ReplicaStore;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.wire.Mutation;
import com.nexuscrm.sync.wire.MutationResult;
import com.nexuscrm.sync.wire.RecordChange;
import com.nexuscrm.testing.Leads;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random interleavings of creates, edits, sync rounds and lost acknowledgements (the server committed
 * a push but the client never heard back) across three workstations of one team. Whatever the order,
 * once everyone has synced: every workstation holds exactly the server's values, no outbox holds
 * anything, cursors never went back, and a replayed push created nothing twice.
 */
class SyncConvergencePropertyTest {
    private static final String PASSWORD = "property password";
    private static final int CLIENTS = 3;
    private static final String[] PHONES = {"+1 415 555 0100", "+1 415 555 0111", "+44 20 7946 0000", "+49 30 1234567"};
    private static final String[] TITLES = {"CTO", "VP Sales", "Buyer", "Head of IT"};
    private static final LeadStatus[] STATUSES = {LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURE, LeadStatus.QUALIFIED};
    private static final AtomicInteger OPERATIONS = new AtomicInteger();
    private static final AtomicInteger TRIES = new AtomicInteger();

    private static ServerTargets.Target target;
    private static ServerDatabase db;
    private static TeamServer server;
    private static final List<WorkspaceStore> STORES = new ArrayList<>();
    private static final List<SyncClient> CLIENT_APIS = new ArrayList<>();

    /** One step of a scenario. */
    sealed interface Op permits Create, Edit, Sync, LostAck { }

    record Create(int client) implements Op { }

    record Edit(int client, int lead, int field, int value) implements Op { }

    record Sync(int client) implements Op { }

    record LostAck(int client) implements Op { }

    @BeforeContainer
    static void start() throws Exception {
        List<ServerTargets.Kind> kinds = ServerTargets.kinds();
        target = kinds.get(kinds.size() - 1).fresh();
        db = ServerDatabase.open(target.url());
        server = new TeamServer(db, Clock.systemUTC(), Duration.ofHours(2)).start("127.0.0.1", 0);
        Path dir = Files.createTempDirectory("nexus-property");
        for (int i = 0; i < CLIENTS; i++) {
            String email = "rep" + i + "@example.com";
            server.accounts().addUser(email, "Rep " + i, Role.REP, "East", PASSWORD.toCharArray());
            WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws" + i), "property workspace".toCharArray());
            SyncClient api = new SyncClient(URI.create("http://127.0.0.1:" + server.port()), store.json());
            api.login(email, PASSWORD.toCharArray());
            STORES.add(store);
            CLIENT_APIS.add(api);
        }
    }

    @AfterContainer
    static void stop() throws Exception {
        System.out.printf("sync property: %d scenarios, %d operations%n", TRIES.get(), OPERATIONS.get());
        STORES.forEach(WorkspaceStore::close);
        server.close();
        db.close();
        target.cleanup().close();
    }

    @Provide
    Arbitrary<List<Op>> scenarios() {
        Arbitrary<Integer> client = Arbitraries.integers().between(0, CLIENTS - 1);
        Arbitrary<Op> create = client.map(Create::new);
        Arbitrary<Op> edit = Combinators.combine(client, Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3)).as(Edit::new);
        Arbitrary<Op> sync = client.map(Sync::new);
        Arbitrary<Op> lostAck = client.map(LostAck::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, create), net.jqwik.api.Tuple.of(5, edit),
                net.jqwik.api.Tuple.of(3, sync), net.jqwik.api.Tuple.of(1, lostAck)).list().ofMinSize(4).ofMaxSize(20);
    }

    @Property(tries = 12, seed = "20261125")
    void everyInterleavingConverges(@ForAll("scenarios") List<Op> scenario) {
        TRIES.incrementAndGet();
        String tag = "T" + Long.toHexString(System.nanoTime());
        long[] cursors = new long[CLIENTS];
        for (Op op : scenario) {
            OPERATIONS.incrementAndGet();
            run(op, tag, cursors);
        }
        for (int round = 0; round < 2; round++) {
            for (int c = 0; c < CLIENTS; c++) {
                sync(c, cursors);
            }
        }
        Map<UUID, String> serverState = serverState(tag);
        for (int c = 0; c < CLIENTS; c++) {
            assertEquals(serverState, localState(STORES.get(c), tag), "client " + c + " differs from the server");
            assertEquals(0, STORES.get(c).outbox().size(), "client " + c + " still has queued changes");
        }
        long created = scenario.stream().filter(o -> o instanceof Create).count();
        assertEquals(created, serverState.size(), "each created lead exists once on the server");
    }

    private void run(Op op, String tag, long[] cursors) {
        if (op instanceof Create c) {
            STORES.get(c.client()).leads().save(Leads.lead(tag, tag + "-" + UUID.randomUUID(), "Co"));
        } else if (op instanceof Edit e) {
            edit(e, tag);
        } else if (op instanceof Sync s) {
            sync(s.client(), cursors);
        } else if (op instanceof LostAck l) {
            lostAck(l.client());
        }
    }

    private void edit(Edit e, String tag) {
        WorkspaceStore store = STORES.get(e.client());
        List<Lead> mine = store.leads().findAll().stream().filter(l -> tag.equals(l.getFirstName())).toList();
        if (mine.isEmpty()) {
            return;
        }
        Lead lead = mine.get(e.lead() % mine.size());
        switch (e.field()) {
            case 0 -> lead.setPhone(PHONES[e.value()]);
            case 1 -> lead.setTitle(TITLES[e.value()]);
            default -> lead.setStatus(STATUSES[e.value()]);
        }
        store.leads().save(lead);
    }

    private void sync(int client, long[] cursors) {
        ReplicaStore replica = new ReplicaStore(STORES.get(client));
        new SyncEngine(replica, CLIENT_APIS.get(client)).syncOnce(Progress.NONE);
        long cursor = replica.pullCursor();
        assertTrue(cursor >= cursors[client], "cursor went back on client " + client);
        cursors[client] = cursor;
    }

    /** The server commits the push, then the answer is lost: the outbox keeps everything. */
    private void lostAck(int client) {
        ReplicaStore replica = new ReplicaStore(STORES.get(client));
        // Everything goes to the real replica except the acknowledgement, which is "lost on the way".
        LocalReplica deaf = (LocalReplica) java.lang.reflect.Proxy.newProxyInstance(LocalReplica.class.getClassLoader(),
                new Class<?>[] {LocalReplica.class}, (proxy, method, args) -> {
                    if (method.getName().equals("acknowledge")) {
                        throw new SyncException(SyncException.Kind.OFFLINE, "connection dropped after commit", null);
                    }
                    try {
                        return method.invoke(replica, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        long queued = STORES.get(client).outbox().size();
        try {
            new SyncEngine(deaf, CLIENT_APIS.get(client)).syncOnce(Progress.NONE);
        } catch (SyncException expected) {
            assertEquals(queued, STORES.get(client).outbox().size(), "a lost answer must not lose the outbox");
        }
    }

    private static String describe(String phone, String title, Object status) {
        return phone + "|" + title + "|" + status;
    }

    private static Map<UUID, String> localState(WorkspaceStore store, String tag) {
        return store.leads().findAll().stream().filter(l -> tag.equals(l.getFirstName()))
                .collect(Collectors.toMap(Lead::getId, l -> describe(l.getPhone(), l.getTitle(), l.getStatus()),
                        (x, y) -> x, TreeMap::new));
    }

    private static Map<UUID, String> serverState(String tag) {
        SyncClient admin = CLIENT_APIS.get(0);
        Map<UUID, String> state = new TreeMap<>();
        long cursor = 0;
        boolean more = true;
        while (more) {
            var page = admin.pull(cursor, 1000);
            for (RecordChange r : page.records()) {
                if (tag.equals(r.fields().path("firstName").asText(null)) && !r.deleted()) {
                    state.put(r.id(), describe(text(r, "phone"), text(r, "title"), text(r, "status")));
                }
            }
            cursor = page.cursor();
            more = page.hasMore();
        }
        return state;
    }

    private static String text(RecordChange r, String field) {
        return r.fields().hasNonNull(field) ? r.fields().get(field).asText() : "null";
    }
}
