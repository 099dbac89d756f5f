package com.nexuscrm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.SyncedRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Hibernate listeners that stamp every local change to a synced record with an HLC and write its
 * {@code outbox} row in the same transaction, so the row commits or rolls back with the change itself.
 * Changes applied from the server (and sample seeding) run with capture suspended.
 */
final class ChangeCapture implements PreInsertEventListener, PreUpdateEventListener, PostInsertEventListener,
        PostUpdateEventListener, PreDeleteEventListener {
    private static final String INSERT_SQL = "insert into outbox(op_id, entity, record_id, op, fields, base_values,"
            + " base_version, hlc) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATED_AT = "updatedAt";
    private static final String VERSION = "version";
    private static final int BATCH = 1000;

    private final Hlc hlc;
    private final ObjectMapper json;
    private final ThreadLocal<Boolean> suspended = ThreadLocal.withInitial(() -> false);
    /** Rows waiting for their session's commit, keyed by session identity. */
    private final Map<SharedSessionContractImplementor, List<OutboxRow>> pending = new ConcurrentHashMap<>();

    ChangeCapture(Hlc hlc, ObjectMapper json) {
        this.hlc = hlc;
        this.json = json;
    }

    /** Runs work without stamping or outbox rows: for changes that came from the server or the seeder. */
    <R> R suspended(java.util.function.Supplier<R> work) {
        boolean before = suspended.get();
        suspended.set(true);
        try {
            return work.get();
        } finally {
            suspended.set(before);
        }
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        stamp(event.getEntity(), event.getPersister(), event.getState());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        stamp(event.getEntity(), event.getPersister(), event.getState());
        return false;
    }

    private void stamp(Object entity, EntityPersister persister, Object[] state) {
        if (entity instanceof SyncedRecord record && !suspended.get()) {
            long now = hlc.now();
            record.setUpdatedAt(now);
            state[persister.getPropertyIndex(UPDATED_AT)] = now;
        }
    }

    /**
     * An INSERT row carries no field values: the push sends the record as its row stands then. Copying
     * every field into the outbox doubled the encrypted bytes an import writes and cost a third of its speed.
     */
    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!(event.getEntity() instanceof SyncedRecord record) || suspended.get()) {
            return;
        }
        write(event.getSession(), record, "INSERT", Map.of(), null);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!(event.getEntity() instanceof SyncedRecord record) || suspended.get()) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Object[] old = event.getOldState();
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Object> base = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (VERSION.equals(names[i]) || UPDATED_AT.equals(names[i]) || SyncedRecord.DERIVED_FIELDS.contains(names[i])) {
                continue;
            }
            Object before = old == null ? null : old[i];
            if (old == null || !Objects.equals(before, event.getState()[i])) {
                fields.put(names[i], event.getState()[i]);
                base.put(names[i], before);
            }
        }
        if (!fields.isEmpty()) {
            String op = Boolean.TRUE.equals(fields.get("deleted")) ? "DELETE" : "UPDATE";
            write(event.getSession(), record, op, fields, base);
        }
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        if (event.getEntity() instanceof SyncedRecord) {
            throw new IllegalStateException("Synced records are tombstoned, never deleted: "
                    + event.getEntity().getClass().getSimpleName() + " " + event.getId());
        }
        return false;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /**
     * Queues the outbox row of one change. The rows of a transaction are written in JDBC batches just
     * before it commits, on the same connection: a change and its row commit or roll back together.
     */
    private void write(EventSource session, SyncedRecord record, String op, Map<String, Object> fields,
                       Map<String, Object> base) {
        OutboxRow row;
        try {
            row = new OutboxRow(Ids.newId(), record.getClass().getSimpleName(), record.getId(), op,
                    json.writeValueAsString(fields), base == null ? null : json.writeValueAsString(base),
                    record.getVersion(), record.getUpdatedAt());
        } catch (JsonProcessingException e) {
            // Failing the flush rolls the whole transaction back: no change may escape the outbox.
            throw new IllegalStateException("Could not record the change to " + record.getClass().getSimpleName()
                    + " " + record.getId() + " for sync", e);
        }
        pending.computeIfAbsent(session, s -> {
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) this::writePending);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) (ok, done) -> pending.remove(done));
            return new ArrayList<>();
        }).add(row);
    }

    private void writePending(SessionImplementor session) {
        List<OutboxRow> rows = pending.remove(session);
        if (rows == null || rows.isEmpty()) {
            return;
        }
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_SQL)) {
                for (int i = 0; i < rows.size(); i++) {
                    rows.get(i).bind(insert);
                    insert.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** One outbox row, serialised at the moment of the change. */
    private record OutboxRow(UUID opId, String entity, UUID recordId, String op, String fields, String baseValues,
                             long baseVersion, long hlc) {
        void bind(PreparedStatement insert) throws SQLException {
            insert.setObject(1, opId);
            insert.setString(2, entity);
            insert.setObject(3, recordId);
            insert.setString(4, op);
            insert.setString(5, fields);
            insert.setString(6, baseValues);
            insert.setLong(7, baseVersion);
            insert.setLong(8, hlc);
        }
    }
}
