package com.nexuscrm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.SyncedRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
 * {@code outbox} row on the same connection, so the row commits or rolls back with the change itself.
 * Changes applied from the server (and sample seeding) run with capture suspended.
 */
final class ChangeCapture implements PreInsertEventListener, PreUpdateEventListener, PostInsertEventListener,
        PostUpdateEventListener, PreDeleteEventListener {
    private static final String INSERT_SQL = "insert into outbox(op_id, entity, record_id, op, fields, base_values,"
            + " base_version, hlc) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATED_AT = "updatedAt";
    private static final String VERSION = "version";

    private final Hlc hlc;
    private final ObjectMapper json;
    private final ThreadLocal<Boolean> suspended = ThreadLocal.withInitial(() -> false);

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

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!(event.getEntity() instanceof SyncedRecord record) || suspended.get()) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (event.getState()[i] != null && !VERSION.equals(names[i]) && !UPDATED_AT.equals(names[i])) {
                fields.put(names[i], event.getState()[i]);
            }
        }
        write(event.getSession(), record, "INSERT", fields, null);
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
            if (VERSION.equals(names[i]) || UPDATED_AT.equals(names[i])) {
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

    private void write(EventSource session, SyncedRecord record, String op, Map<String, Object> fields,
                       Map<String, Object> base) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SQL)) {
            insert.setObject(1, Ids.newId());
            insert.setString(2, record.getClass().getSimpleName());
            insert.setObject(3, record.getId());
            insert.setString(4, op);
            insert.setString(5, json.writeValueAsString(fields));
            insert.setString(6, base == null ? null : json.writeValueAsString(base));
            insert.setLong(7, record.getVersion());
            insert.setLong(8, record.getUpdatedAt());
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            // Failing the flush rolls the whole transaction back: no change may escape the outbox.
            throw new IllegalStateException("Could not record the change to " + record.getClass().getSimpleName()
                    + " " + record.getId() + " for sync", e);
        }
    }
}
