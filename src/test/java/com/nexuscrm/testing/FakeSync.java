package com.nexuscrm.testing;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.sync.ConflictItem;
import com.nexuscrm.sync.HeldRecord;
import com.nexuscrm.sync.RejectionItem;
import com.nexuscrm.sync.ServerLink;
import com.nexuscrm.sync.SyncControl;
import com.nexuscrm.sync.SyncException;
import com.nexuscrm.sync.SyncStatus;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A scripted {@link SyncControl} for screens: holds conflicts and rejections, records what the window asked. */
public final class FakeSync implements SyncControl {
    public final List<ConflictItem> conflicts = new CopyOnWriteArrayList<>();
    public final List<RejectionItem> rejections = new CopyOnWriteArrayList<>();
    public final List<HeldRecord> held = new CopyOnWriteArrayList<>();
    /** Conflict id to the value the window resolved it with. */
    public final Map<UUID, String> resolved = new ConcurrentHashMap<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status = SyncStatus.notConnected(0);
    private volatile ServerLink link;
    /** When set, connect and login throw it (after storing the link when {@link #linkBeforeFailing}). */
    public volatile RuntimeException failure;
    public volatile boolean linkBeforeFailing;
    /** When set, resolve throws it. */
    public volatile RuntimeException resolveFailure;

    public static ConflictItem conflict(String title, String field, String base, String theirs, String mine) {
        return new ConflictItem(UUID.randomUUID(), "Deal", UUID.randomUUID(), title, field, base, theirs, mine,
                "Sam Seller", Instant.parse("2026-11-20T10:15:00Z"));
    }

    public static RejectionItem rejection(String reason) {
        return new RejectionItem(UUID.randomUUID(), "Lead", UUID.randomUUID(), "Ada Lovelace", "UPDATE", "{\"teamId\":\"x\"}", reason,
                Instant.parse("2026-11-20T10:16:00Z"));
    }

    /** A record from the server held back because it does not fit. */
    public static HeldRecord held(String reason) {
        return new HeldRecord("Lead", UUID.randomUUID(), 42, "{\"annualRevenue\":\"abc\"}", reason,
                Instant.parse("2026-11-20T10:17:00Z"));
    }

    public void emit(SyncStatus next) {
        status = next;
        listeners.forEach(l -> l.accept(next));
    }

    public void link(ServerLink next) { link = next; }

    @Override public SyncStatus status() { return status; }

    @Override
    public void onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    @Override public Optional<ServerLink> link() { return Optional.ofNullable(link); }

    @Override
    public ServerLink connect(URI server, String email, char[] password, Progress progress) {
        calls.add("connect " + server + " " + email + " " + new String(password));
        ServerLink next = new ServerLink(server, email, UUID.randomUUID(), "Rita Rep");
        if (failure != null) {
            if (linkBeforeFailing) {
                link = next;
            }
            throw failure;
        }
        link = next;
        emit(new SyncStatus(SyncStatus.State.SYNCED, 0, "Synced with " + server + ".", Instant.now()));
        return next;
    }

    @Override
    public void login(char[] password) {
        calls.add("login " + new String(password));
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void disconnect() {
        calls.add("disconnect");
        link = null;
        emit(SyncStatus.notConnected(0));
    }

    @Override public void syncNow() { calls.add("syncNow"); }

    @Override public List<ConflictItem> conflicts() { return List.copyOf(conflicts); }

    @Override
    public void resolve(UUID conflictId, String value) {
        if (resolveFailure != null) {
            throw resolveFailure;
        }
        resolved.put(conflictId, value == null ? "<null>" : value);
        conflicts.removeIf(c -> c.id().equals(conflictId));
    }

    @Override public List<RejectionItem> rejections() { return List.copyOf(rejections); }
    @Override public List<HeldRecord> heldBack() { return List.copyOf(held); }

    @Override
    public void dismissRejection(UUID opId) {
        calls.add("dismiss " + opId);
        rejections.removeIf(r -> r.opId().equals(opId));
    }
}
