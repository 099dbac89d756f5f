package com.nexuscrm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.nexuscrm.domain.ScoreFactor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the narrow local score tables ({@code deal_score}, {@code account_score}) share on plain JDBC: one row by its
 * key, every row, a batched write in one transaction, and the reasons as JSON that fits their column.
 *
 * @param <S> the score record a row is read into
 */
final class ScoreRows<S> {
    static final int BATCH = 1000;
    private static final int REASONS_LENGTH = 4000;
    private static final TypeReference<List<ScoreFactor>> FACTORS = new TypeReference<>() { };

    /** Reads the current row of a result set. */
    interface Reader<S> {
        S read(ResultSet rs) throws SQLException;
    }

    /** Sets a statement's parameters from one score. */
    interface Binder<S> {
        void bind(PreparedStatement statement, S score) throws SQLException;
    }

    private final WorkspaceStore store;
    private final String select;
    private final String key;
    private final Reader<S> reader;

    /** @param select the select of every column the reader reads; @param key the key column */
    ScoreRows(WorkspaceStore store, String select, String key, Reader<S> reader) {
        this.store = store;
        this.select = select;
        this.key = key;
        this.reader = reader;
    }

    Optional<S> find(UUID id) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(select + " where " + key + " = ?")) {
                q.setObject(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
                }
            }
        });
    }

    Map<UUID, S> all(Function<S, UUID> id) {
        return store.withConnection(c -> {
            Map<UUID, S> scores = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement(select); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    S s = reader.read(rs);
                    scores.put(id.apply(s), s);
                }
            }
            return scores;
        });
    }

    /** Runs {@code sql} once per score, in batches of {@value #BATCH}, all in one transaction. */
    void write(String sql, Collection<S> scores, Binder<S> binder) {
        store.inJdbcTransaction(c -> {
            try (PreparedStatement m = c.prepareStatement(sql)) {
                int pending = 0;
                for (S s : scores) {
                    binder.bind(m, s);
                    m.addBatch();
                    if (++pending == BATCH) {
                        m.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    m.executeBatch();
                }
            }
        });
    }

    /** As many whole reasons as fit the column, strongest first as given. */
    String reasons(List<ScoreFactor> reasons) throws SQLException {
        try {
            for (int keep = reasons.size(); keep > 0; keep--) {
                String text = store.json().writeValueAsString(reasons.subList(0, keep));
                if (text.length() <= REASONS_LENGTH) {
                    return text;
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            throw new SQLException("Score reasons could not be written: " + e.getMessage(), e);
        }
    }

    /** The reasons a row holds; none when the column is empty or unreadable (a score is derived, never lost data). */
    List<ScoreFactor> factors(String json) {
        try {
            return json == null ? List.of() : store.json().readValue(json, FACTORS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
