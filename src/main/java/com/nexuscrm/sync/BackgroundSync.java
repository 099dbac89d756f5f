package com.nexuscrm.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.Threads;
import com.nexuscrm.protocol.LoginResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a workspace in sync with its team server in the background. A ticker on its own thread looks
 * at the outbox every couple of seconds: a change starts a round at once, and a round also runs every
 * few minutes to pull the team's changes. An unreachable server is retried with exponential backoff;
 * an expired login or a too-old workstation stops the rounds until the user acts. Rounds never overlap.
 */
public final class BackgroundSync implements SyncControl, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSync.class);
    private static final Duration TICK = Duration.ofSeconds(2);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final LocalReplica replica;
    private final ChangeOutbox outbox;
    private final ServerLinkStore links;
    private final SyncInbox inbox;
    private final ObjectMapper json;
    private final SSLContext tls;
    private final Clock clock;
    private final Duration interval;
    private final ReentrantLock rounds = new ReentrantLock();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Threads.daemon("background-sync"));
    private volatile SyncStatus status = SyncStatus.notConnected(0);
    private volatile SyncClient client;
    private volatile ServerLink link;
    private volatile boolean halted;
    private volatile Instant nextRound = Instant.EPOCH;
    private volatile Duration retry = FIRST_RETRY;

    public BackgroundSync(LocalReplica replica, ObjectMapper json) {
        this(replica, json, null, Clock.systemUTC(), Duration.ofMinutes(3));
    }

    /** @param tls trust for an https server with a private CA, or null for the JVM's trust store */
    public BackgroundSync(LocalReplica replica, ObjectMapper json, SSLContext tls, Clock clock, Duration interval) {
        this.replica = replica;
        this.outbox = replica.outbox();
        this.links = replica.link();
        this.inbox = replica.inbox();
        this.json = json;
        this.tls = tls;
        this.clock = clock;
        this.interval = interval;
    }

    /** Loads the stored link (if any) and starts the ticker. Call off the FX thread. */
    public BackgroundSync start() {
        links.link().ifPresent(stored -> {
            link = stored.link();
            client = new SyncClient(stored.link().server(), json, tls);
            client.useToken(stored.token());
        });
        publishIdle();
        ticker.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void tick() {
        try {
            long pending = outbox.pendingCount();
            boolean due = !clock.instant().isBefore(nextRound) || pending > 0 && retry.equals(FIRST_RETRY);
            if (client == null || halted || !due || !rounds.tryLock()) {
                if (status.pending() != pending && status.state() != SyncStatus.State.SYNCING) {
                    publish(withPending(status, pending));
                }
                return;
            }
            try {
                round(Progress.NONE);
            } catch (SyncException e) {
                // Already in the status (and logged once by failed()); the backoff decides the next round.
            } finally {
                rounds.unlock();
            }
        } catch (RuntimeException e) {
            LOG.warn("background sync tick failed", e);
        }
    }

    /** One round under the lock; the status tells what happened. Throws what the round threw. */
    private SyncEngine.Round round(Progress progress) {
        SyncClient current = client;
        publish(new SyncStatus(SyncStatus.State.SYNCING, outbox.pendingCount(), "Syncing with " + current.server().getHost() + "…",
                links.lastSynced().orElse(null)));
        try {
            SyncEngine.Round round = new SyncEngine(replica, current, clock, SyncEngine.DEFAULT_PAGE).syncOnce(progress);
            retry = FIRST_RETRY;
            nextRound = clock.instant().plus(interval);
            LOG.info("sync round: {}", round);
            publishIdle();
            return round;
        } catch (SyncException e) {
            failed(e);
            throw e;
        } catch (Progress.CancelledException e) {
            publishIdle();
            throw e;
        } catch (RuntimeException e) {
            failed(new SyncException(SyncException.Kind.PROTOCOL, "Sync failed: " + e.getMessage(), e));
            throw e;
        }
    }

    private void failed(SyncException e) {
        long pending = outbox.pendingCount();
        switch (e.kind()) {
            case OFFLINE, PROTOCOL, REFUSED -> {
                nextRound = clock.instant().plus(retry);
                String when = TIME.format(nextRound.atZone(ZoneId.systemDefault()));
                retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
                SyncStatus.State state = e.kind() == SyncException.Kind.OFFLINE ? SyncStatus.State.OFFLINE : SyncStatus.State.ERROR;
                publish(new SyncStatus(state, pending, (state == SyncStatus.State.OFFLINE ? "Offline: " : "Sync error: ")
                        + e.getMessage() + " Retrying at " + when + ".", links.lastSynced().orElse(null)));
            }
            default -> {
                halted = true;
                String what = e.kind() == SyncException.Kind.UNAUTHORIZED
                        ? "Your team server login has expired or was refused. Log in again in Settings → Team server."
                        : e.getMessage();
                publish(new SyncStatus(SyncStatus.State.ERROR, pending, what, links.lastSynced().orElse(null)));
            }
        }
        LOG.warn("sync round failed kind={} message={}", e.kind(), e.getMessage());
    }

    private void publishIdle() {
        long pending = outbox.pendingCount();
        if (link == null) {
            publish(SyncStatus.notConnected(pending));
            return;
        }
        Instant last = links.lastSynced().orElse(null);
        String at = last == null ? "" : " at " + TIME.format(last.atZone(ZoneId.systemDefault()));
        publish(pending == 0
                ? new SyncStatus(SyncStatus.State.SYNCED, 0, "Synced with " + link.server().getHost() + at, last)
                : new SyncStatus(SyncStatus.State.PENDING, pending, String.format("%,d %s waiting to sync", pending,
                        pending == 1 ? "change" : "changes"), last));
    }

    private static SyncStatus withPending(SyncStatus s, long pending) {
        return switch (s.state()) {
            case NOT_CONNECTED -> SyncStatus.notConnected(pending);
            case SYNCED, PENDING -> pending == 0
                    ? new SyncStatus(SyncStatus.State.SYNCED, 0, s.message().startsWith("Synced") ? s.message() : "Synced", s.lastSynced())
                    : new SyncStatus(SyncStatus.State.PENDING, pending, String.format("%,d %s waiting to sync", pending,
                            pending == 1 ? "change" : "changes"), s.lastSynced());
            default -> new SyncStatus(s.state(), pending, s.message(), s.lastSynced());
        };
    }

    private void publish(SyncStatus next) {
        status = next;
        listeners.forEach(l -> l.accept(next));
    }

    @Override
    public SyncStatus status() {
        return status;
    }

    @Override
    public void onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    @Override
    public Optional<ServerLink> link() {
        return Optional.ofNullable(link);
    }

    @Override
    public ServerLink connect(URI server, String email, char[] password, Progress progress) {
        SyncClient candidate = new SyncClient(server, json, tls);
        LoginResponse login = candidate.login(email, password);
        ServerLink connected = new ServerLink(server, login.user().email(), login.user().id(), login.user().displayName());
        rounds.lock();
        try {
            links.saveLink(connected, login.token());
            link = connected;
            client = candidate;
            halted = false;
            round(progress);
            links.adoptUser(connected.userId());
            return connected;
        } finally {
            rounds.unlock();
        }
    }

    @Override
    public void login(char[] password) {
        ServerLink current = link;
        if (current == null) {
            throw new IllegalStateException("Not connected to a team server.");
        }
        SyncClient fresh = new SyncClient(current.server(), json, tls);
        links.saveToken(fresh.login(current.email(), password).token());
        client = fresh;
        halted = false;
        syncNow();
    }

    @Override
    public void disconnect() {
        rounds.lock();
        try {
            links.clearLink();
            link = null;
            client = null;
            publishIdle();
        } finally {
            rounds.unlock();
        }
    }

    @Override
    public void syncNow() {
        nextRound = Instant.EPOCH;
        retry = FIRST_RETRY;
        ticker.execute(this::tick);
    }

    @Override
    public List<ConflictItem> conflicts() {
        return inbox.conflicts();
    }

    @Override
    public void resolve(UUID conflictId, String value) {
        inbox.resolve(conflictId, value);
        syncNow();
    }

    @Override
    public List<RejectionItem> rejections() {
        return inbox.rejections();
    }

    @Override
    public void dismissRejection(UUID opId) {
        inbox.dismissRejection(opId);
    }

    @Override
    public List<HeldRecord> heldBack() {
        return inbox.heldBack();
    }

    @Override
    public void close() {
        // A running round finishes its page or batch (each is one local transaction) rather than being
        // interrupted mid-write, which would close H2's shared file channel.
        ticker.shutdown();
        try {
            if (!ticker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                ticker.shutdownNow();
            }
        } catch (InterruptedException e) {
            ticker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
