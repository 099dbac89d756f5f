package com.nexuscrm.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Role;
import com.nexuscrm.json.Json;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.SyncService;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.storage.BenchBaselines;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.sync.ChangeOutbox;
import com.nexuscrm.sync.PendingChange;
import com.nexuscrm.sync.PushAnswer;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.sync.SyncClient;
import com.nexuscrm.sync.SyncEngine;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.PushRequest;
import com.nexuscrm.protocol.SyncedTypes;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Sync figures against a team server run in this process on the given database: initial sync of N
 * records to a fresh workspace, a push of 1,000 mutations, and C concurrent clients pushing and
 * pulling for S seconds. Baseline: a bare JDBC batch insert of the same rows into a fresh workspace.
 */
@Command(name = "sync", description = "Initial sync, push and concurrent clients vs a bare JDBC batch insert.")
final class SyncBench implements Callable<Integer> {
    private static final String PASSWORD = "benchmark password";

    @Option(names = "--db", description = "Server database JDBC URL (default: a fresh H2 file)")
    String db;

    @Option(names = "--records", defaultValue = "50000")
    int records;

    @Option(names = "--clients", defaultValue = "50")
    int clients;

    @Option(names = "--seconds", defaultValue = "60")
    int seconds;

    private final ObjectMapper json = Json.mapper();

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("nexus-sync-bench");
        try (ServerDatabase database = ServerDatabase.open(db != null ? db : ServerDatabase.defaultUrl(dir.resolve("server")));
             // one user seeds the whole store and runs every client: the per-user push limit is off, as with --push-per-minute 0
             TeamServer server = new TeamServer(database, Clock.systemUTC(), Duration.ofHours(4)).pushLimit(0).start("127.0.0.1", 0)) {
            String tag = Long.toHexString(System.nanoTime());
            server.accounts().addUser("bench-" + tag + "@example.com", "Bench", Role.REP, "Bench " + tag, PASSWORD.toCharArray());
            URI uri = URI.create("http://127.0.0.1:" + server.port());
            SyncClient seeder = login(uri, tag);
            long seedStart = System.nanoTime();
            for (int done = 0; done < records; done += SyncedTypes.MAX_BATCH) {
                seeder.push(new PushRequest(Ids.newId(), SyncEngine.SCHEMA_VERSION, inserts(Math.min(SyncedTypes.MAX_BATCH, records - done))));
            }
            System.out.printf("seeded %,d records on the server in %.1f s%n", records, (System.nanoTime() - seedStart) / 1e9);
            double initial = initialSync(dir, uri, tag);
            double push = push(dir, uri, tag);
            double baseline = bareInsert(dir);
            System.out.printf("initial sync of %,d records: %.1f s (target <= 15 s), ratio to bare JDBC insert %.2f%n", records, initial, initial / baseline);
            System.out.printf("push of 1,000 mutations: %.2f s (target <= 3 s), ratio to bare JDBC insert of 1,000 rows %.2f%n",
                    push, push / (baseline * 1000 / records));
            concurrent(uri, tag, server.sync());
        }
        return 0;
    }

    private SyncClient login(URI uri, String tag) {
        SyncClient client = new SyncClient(uri, json);
        client.login("bench-" + tag + "@example.com", PASSWORD.toCharArray());
        return client;
    }

    private List<Mutation> inserts(int count) {
        List<Mutation> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ObjectNode fields = json.createObjectNode().put("lastName", "Lead" + i).put("firstName", "Bench")
                    .put("email", "lead" + i + "@bench.example.com").put("company", "Company " + (i % 997))
                    .put("status", "NEW").put("source", "WEBSITE").put("createdAt", "2026-11-01T09:00:00Z");
            batch.add(new Mutation(Ids.newId(), "Lead", Ids.newId(), "INSERT", fields, null, 0, Hlc.atMillis(System.currentTimeMillis())));
        }
        return batch;
    }

    private double initialSync(Path dir, URI uri, String tag) {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("fresh"), PASSWORD.toCharArray())) {
            long start = System.nanoTime();
            SyncEngine.Round round = new SyncEngine(StoredReplica.of(store), login(uri, tag)).syncOnce(Progress.NONE);
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("initial sync: %s in %.1f s%n", round, s);
            return s;
        }
    }

    private double push(Path dir, URI uri, String tag) {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("pusher"), PASSWORD.toCharArray())) {
            List<Lead> leads = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                Lead lead = new Lead();
                lead.setLastName("Pushed" + i);
                lead.setStatus(LeadStatus.NEW);
                lead.setSource(LeadSource.WEBSITE.name());
                lead.setCreatedAt(Instant.now());
                leads.add(lead);
            }
            store.leads().insertAll(leads);
            ChangeOutbox outbox = StoredReplica.of(store).outbox();
            SyncClient client = login(uri, tag);
            long start = System.nanoTime();
            List<PendingChange> batch;
            while (!(batch = outbox.pending(SyncedTypes.MAX_BATCH)).isEmpty()) {
                outbox.acknowledge(PushAnswer.match(batch, client.push(new PushRequest(outbox.clientId(),
                        SyncEngine.SCHEMA_VERSION, PendingChange.mutations(batch))).results()));
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private double bareInsert(Path dir) {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("bare"), PASSWORD.toCharArray())) {
            BenchBaselines baselines = new BenchBaselines(store);
            long start = System.nanoTime();
            baselines.insertBenchLeads(records);
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("baseline: bare JDBC batch insert of %,d rows into a fresh workspace: %.1f s%n", records, s);
            return s;
        }
    }

    /** C clients, each pushing small batches and pulling, for S seconds; then every mutation is checked. */
    private void concurrent(URI uri, String tag, SyncService sync) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // Logged in one after another before the clock starts: the bench's clients share one account, and the
        // server throttles an account once more than 5 logins of it are in flight (they count as failures
        // until the password checks out).
        List<SyncClient> loggedIn = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            loggedIn.add(login(uri, tag));
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<UUID>>> sent = new ArrayList<>();
        for (SyncClient client : loggedIn) {
            sent.add(pool.submit(() -> {
                UUID clientId = Ids.newId();
                List<UUID> ids = new ArrayList<>();
                long cursor = 0;
                while (System.nanoTime() < deadline) {
                    List<Mutation> batch = inserts(10);
                    client.push(new PushRequest(clientId, SyncEngine.SCHEMA_VERSION, batch));
                    batch.forEach(m -> ids.add(m.mutationId()));
                    cursor = client.pull(cursor, 500).cursor();
                }
                return ids;
            }));
        }
        int errors = 0;
        List<UUID> all = new ArrayList<>();
        for (Future<List<UUID>> f : sent) {
            try {
                all.addAll(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                errors++;
                System.out.println("client failed: " + e.getCause());
            }
        }
        pool.shutdown();
        long logged = countLogged(sync, all);
        System.out.printf("%d concurrent clients for %d s: %,d mutations pushed, %d client errors, %,d lost mutations%n",
                clients, seconds, all.size(), errors, all.size() - logged);
    }

    /** How many of the ids the server's push log holds (one scan; push_log is keyed by client and mutation). */
    private static long countLogged(SyncService sync, List<UUID> ids) throws Exception {
        java.util.Set<UUID> logged = sync.loggedMutationIds();
        return ids.stream().filter(logged::contains).count();
    }

}
