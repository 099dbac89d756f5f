package com.nexuscrm.storage;

import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealScoreStore;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link DealScoreStore} on plain JDBC over the narrow {@code deal_score} table (V15). */
final class StoredDealScores implements DealScoreStore {
    private static final String SELECT = "select deal_id, win_probability, predicted_close, close_low, close_high,"
            + " health, previous_health, reasons, model_version, scored_at from deal_score";
    private static final String MERGE = "merge into deal_score(deal_id, win_probability, predicted_close, close_low,"
            + " close_high, reasons, model_version, scored_at) key(deal_id) values (?,?,?,?,?,?,?,?)";
    private static final String UPDATE_HEALTH = "update deal_score set previous_health = case when health = ?"
            + " then previous_health else health end, health = ? where deal_id = ?";
    private static final String INSERT_HEALTH = "insert into deal_score(deal_id, health) values (?,?)";
    private static final int BATCH = ScoreRows.BATCH;

    private final WorkspaceStore store;
    private final ScoreRows<DealScore> rows;

    StoredDealScores(WorkspaceStore store) {
        this.store = store;
        this.rows = new ScoreRows<>(store, SELECT, "deal_id", this::read);
    }

    @Override
    public Optional<DealScore> find(UUID dealId) {
        return rows.find(dealId);
    }

    @Override
    public Map<UUID, DealScore> all() {
        return rows.all(DealScore::dealId);
    }

    @Override
    public void writePredictions(Collection<DealScore> scores) {
        rows.write(MERGE, scores, this::bind);
    }

    /** Updates in batches of {@value #BATCH}, then inserts the deals no row held yet: one transaction. */
    @Override
    public void writeHealth(Map<UUID, Integer> health) {
        store.inJdbcTransaction(c -> {
            List<Map.Entry<UUID, Integer>> entries = List.copyOf(health.entrySet());
            try (PreparedStatement update = c.prepareStatement(UPDATE_HEALTH);
                 PreparedStatement insert = c.prepareStatement(INSERT_HEALTH)) {
                for (int from = 0; from < entries.size(); from += BATCH) {
                    List<Map.Entry<UUID, Integer>> part = entries.subList(from, Math.min(entries.size(), from + BATCH));
                    for (Map.Entry<UUID, Integer> e : part) {
                        update.setObject(1, e.getValue(), Types.INTEGER);
                        update.setObject(2, e.getValue(), Types.INTEGER);
                        update.setObject(3, e.getKey());
                        update.addBatch();
                    }
                    int[] updated = update.executeBatch();
                    boolean inserts = false;
                    for (int i = 0; i < updated.length; i++) {
                        if (updated[i] == 0) {
                            insert.setObject(1, part.get(i).getKey());
                            insert.setObject(2, part.get(i).getValue(), Types.INTEGER);
                            insert.addBatch();
                            inserts = true;
                        }
                    }
                    if (inserts) {
                        insert.executeBatch();
                    }
                }
            }
        });
    }

    private void bind(PreparedStatement m, DealScore s) throws SQLException {
        m.setObject(1, s.dealId());
        m.setObject(2, s.winProbability(), Types.INTEGER);
        m.setObject(3, date(s.predictedClose()), Types.DATE);
        m.setObject(4, date(s.closeLow()), Types.DATE);
        m.setObject(5, date(s.closeHigh()), Types.DATE);
        m.setString(6, rows.reasons(s.reasons()));
        m.setString(7, s.modelVersion());
        m.setTimestamp(8, ScoreRows.timestamp(s.scoredAt()));
    }

    private DealScore read(ResultSet rs) throws SQLException {
        return new DealScore(rs.getObject(1, UUID.class), (Integer) rs.getObject(2), local(rs.getDate(3)),
                local(rs.getDate(4)), local(rs.getDate(5)), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                rows.factors(rs.getString(8)), rs.getString(9), ScoreRows.instant(rs.getTimestamp(10)));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
