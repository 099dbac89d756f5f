package com.nexuscrm.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.nexuscrm.domain.AccountScore;
import com.nexuscrm.domain.AccountScoreStore;
import com.nexuscrm.domain.ScoreFactor;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link AccountScoreStore} on plain JDBC over the narrow {@code account_score} table (V16). */
final class StoredAccountScores implements AccountScoreStore {
    private static final String SELECT = "select account_id, churn_risk, reasons, model_version, scored_at from account_score";
    private static final String MERGE = "merge into account_score(account_id, churn_risk, reasons, model_version, scored_at)"
            + " key(account_id) values (?,?,?,?,?)";
    private static final int REASONS_LENGTH = 4000;
    private static final int BATCH = 1000;
    private static final TypeReference<List<ScoreFactor>> FACTORS = new TypeReference<>() { };

    private final WorkspaceStore store;

    StoredAccountScores(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public Optional<AccountScore> find(UUID accountId) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT + " where account_id = ?")) {
                q.setObject(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<UUID, AccountScore> all() {
        return store.withConnection(c -> {
            Map<UUID, AccountScore> scores = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement(SELECT); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    AccountScore s = read(rs);
                    scores.put(s.accountId(), s);
                }
            }
            return scores;
        });
    }

    @Override
    public void write(Collection<AccountScore> scores) {
        store.inJdbcTransaction(c -> {
            try (PreparedStatement m = c.prepareStatement(MERGE)) {
                int pending = 0;
                for (AccountScore s : scores) {
                    m.setObject(1, s.accountId());
                    m.setObject(2, s.churnRisk(), Types.INTEGER);
                    m.setString(3, reasons(s.reasons()));
                    m.setString(4, s.modelVersion());
                    m.setTimestamp(5, s.scoredAt() == null ? null : Timestamp.from(s.scoredAt()));
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
    private String reasons(List<ScoreFactor> reasons) throws SQLException {
        try {
            for (int keep = reasons.size(); keep > 0; keep--) {
                String text = store.json().writeValueAsString(reasons.subList(0, keep));
                if (text.length() <= REASONS_LENGTH) {
                    return text;
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            throw new SQLException("Account score reasons could not be written: " + e.getMessage(), e);
        }
    }

    private AccountScore read(ResultSet rs) throws SQLException {
        String reasons = rs.getString(3);
        List<ScoreFactor> factors;
        try {
            factors = reasons == null ? List.of() : store.json().readValue(reasons, FACTORS);
        } catch (JsonProcessingException e) {
            factors = List.of();
        }
        Timestamp at = rs.getTimestamp(5);
        return new AccountScore(rs.getObject(1, UUID.class), (Integer) rs.getObject(2), factors, rs.getString(4),
                at == null ? null : at.toInstant());
    }
}
