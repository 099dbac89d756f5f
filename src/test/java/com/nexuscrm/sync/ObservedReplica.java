package com.nexuscrm.sync;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A {@link LocalReplica} whose outbox and pulled pages hand everything to the real ones and tell an
 * {@link Observer} before and after each step that crosses the wire or commits a batch or a page: the
 * fault suite counts operations with it, and {@link SyncKillChild} announces where it is.
 */
final class ObservedReplica {
    /** Hooks around the steps; every one does nothing unless overridden. */
    interface Observer {
        default void pending(List<PendingChange> batch) { }

        default void acknowledging(List<PushAnswer> answers) { }

        default void acknowledged(List<PushAnswer> answers) { }

        default void applying(PulledPage page) { }

        default void applied(PulledPage page) { }
    }

    private ObservedReplica() { }

    static LocalReplica of(LocalReplica replica, Observer observer) {
        return new LocalReplica(new Outbox(replica.outbox(), observer), new Pages(replica.pages(), observer),
                replica.conflicts(), replica.link(), replica.inbox());
    }

    /**
     * A replica whose ports fail as a crash would: before each call, {@code failure} gets the method's name
     * and returns the exception to throw instead, or null to hand the call to the real port.
     */
    static LocalReplica failing(LocalReplica replica, Function<String, RuntimeException> failure) {
        return new LocalReplica(failing(ChangeOutbox.class, replica.outbox(), failure),
                failing(PulledPages.class, replica.pages(), failure), failing(ConflictExchange.class, replica.conflicts(), failure),
                failing(ServerLinkStore.class, replica.link(), failure), failing(SyncInbox.class, replica.inbox(), failure));
    }

    private static <T> T failing(Class<T> port, T real, Function<String, RuntimeException> failure) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            RuntimeException crash = failure.apply(method.getName());
            if (crash != null) {
                throw crash;
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private record Outbox(ChangeOutbox outbox, Observer observer) implements ChangeOutbox {
        @Override
        public List<PendingChange> pending(int limit) {
            List<PendingChange> batch = outbox.pending(limit);
            observer.pending(batch);
            return batch;
        }

        @Override
        public void acknowledge(List<PushAnswer> answers) {
            observer.acknowledging(answers);
            outbox.acknowledge(answers);
            observer.acknowledged(answers);
        }

        @Override public UUID clientId() { return outbox.clientId(); }
        @Override public long pendingCount() { return outbox.pendingCount(); }
    }

    private record Pages(PulledPages pages, Observer observer) implements PulledPages {
        @Override
        public void applyPage(PulledPage page) {
            observer.applying(page);
            pages.applyPage(page);
            observer.applied(page);
        }

        @Override public long pullCursor() { return pages.pullCursor(); }
        @Override public Optional<Long> scopeEpoch() { return pages.scopeEpoch(); }
        @Override public void saveScopeEpoch(long scopeEpoch) { pages.saveScopeEpoch(scopeEpoch); }
        @Override public void beginResnapshot(long scopeEpoch) { pages.beginResnapshot(scopeEpoch); }
        @Override public boolean resnapshotting() { return pages.resnapshotting(); }
        @Override public void finishResnapshot() { pages.finishResnapshot(); }
    }
}
