package com.nexuscrm.storage;

import com.nexuscrm.domain.AccountScore;
import com.nexuscrm.domain.AccountScoreStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link AccountScoreStore} on plain JDBC over the narrow {@code account_score} table (V16). */
final class StoredAccountScores implements AccountScoreStore {
    private static final String SELECT = "select account_id, churn_risk, reasons, model_version, scored_at from account_score";
    private static final String MERGE = "merge into account_score(account_id, churn_risk, reasons, model_version, scored_at)"
            + " key(account_id) values (?,?,?,?,?)";

    private final ScoreRows<AccountScore> rows;

    StoredAccountScores(WorkspaceStore store) {
        this.rows = new ScoreRows<>(store, SELECT, "account_id", this::read);
    }

    @Override
    public Optional<AccountScore> find(UUID accountId) {
        return rows.find(accountId);
    }

    @Override
    public Map<UUID, AccountScore> all() {
        return rows.all(AccountScore::accountId);
    }

    @Override
    public void write(Collection<AccountScore> scores) {
        rows.write(MERGE, scores, (m, s) -> {
            m.setObject(1, s.accountId());
            m.setObject(2, s.churnRisk(), Types.INTEGER);
            m.setString(3, rows.reasons(s.reasons()));
            m.setString(4, s.modelVersion());
            m.setTimestamp(5, ScoreRows.timestamp(s.scoredAt()));
        });
    }

    private AccountScore read(ResultSet rs) throws SQLException {
        return new AccountScore(rs.getObject(1, UUID.class), (Integer) rs.getObject(2), rows.factors(rs.getString(3)),
                rs.getString(4), ScoreRows.instant(rs.getTimestamp(5)));
    }
}
