package com.nexuscrm.storage;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What {@code nexus bench deals} measures deal predictions against, by bare JDBC: plain queries over the columns the
 * deal features are built from (the deal, its account, its history, its buying group's roles and titles, its line
 * items and its activities' times), and a plain batch write of narrow {@code deal_score} rows in one transaction.
 * Not used by the app.
 */
public final class DealBenchBaselines {
    private static final String[] FEATURE_QUERIES = {
        "select d.id, d.stage, d.amount, d.created_at, d.close_date, d.closed_at, d.forecast_category, d.owner_id,"
            + " d.last_call_at, d.last_call_sentiment, d.last_call_objections, d.last_call_competitors, a.industry,"
            + " a.employees, a.annual_revenue from deal d left join account a on a.id = d.account_id where d.deleted = false",
        "select deal_id, changed_at, stage, amount, close_date, forecast_category from deal_change where deleted = false",
        "select r.deal_id, r.role, c.title from deal_contact r left join contact c on c.id = r.contact_id"
            + " where r.deleted = false",
        "select deal_id, count(*) from deal_line_item where deleted = false group by deal_id",
        "select deal_id, occurred_at from activity where deal_id is not null and deleted = false"};

    /** One stored prediction, as {@link #writeScoreRows} writes it back. */
    public record ScoreRow(UUID dealId, Integer winProbability, Date predictedClose, Date closeLow, Date closeHigh,
                           String reasons, String modelVersion, Timestamp scoredAt) { }

    private final WorkspaceStore store;

    public DealBenchBaselines(WorkspaceStore store) {
        this.store = store;
    }

    /** Reads every value of the feature columns with plain queries; returns the deals read. */
    public int readFeatureColumns() {
        return store.withConnection(c -> {
            int deals = -1;
            for (String sql : FEATURE_QUERIES) {
                try (PreparedStatement q = c.prepareStatement(sql); ResultSet rows = q.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    int n = 0;
                    while (rows.next()) {
                        for (int col = 1; col <= columns; col++) {
                            rows.getObject(col);
                        }
                        n++;
                    }
                    deals = deals < 0 ? n : deals;
                }
            }
            return deals;
        });
    }

    /** The stored predictions, to be written back by {@link #writeScoreRows}. */
    public List<ScoreRow> scoreRows() {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select deal_id, win_probability, predicted_close, close_low,"
                    + " close_high, reasons, model_version, scored_at from deal_score where win_probability is not null");
                 ResultSet rows = q.executeQuery()) {
                List<ScoreRow> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(new ScoreRow(rows.getObject(1, UUID.class), (Integer) rows.getObject(2), rows.getDate(3),
                            rows.getDate(4), rows.getDate(5), rows.getString(6), rows.getString(7), rows.getTimestamp(8)));
                }
                return out;
            }
        });
    }

    /** Writes the rows back (an update by primary key of the prediction columns) in one transaction, one batch. */
    public void writeScoreRows(List<ScoreRow> rows) {
        store.inJdbcTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("update deal_score set win_probability = ?, predicted_close = ?,"
                    + " close_low = ?, close_high = ?, reasons = ?, model_version = ?, scored_at = ? where deal_id = ?")) {
                for (ScoreRow r : rows) {
                    u.setObject(1, r.winProbability());
                    u.setDate(2, r.predictedClose());
                    u.setDate(3, r.closeLow());
                    u.setDate(4, r.closeHigh());
                    u.setString(5, r.reasons());
                    u.setString(6, r.modelVersion());
                    u.setTimestamp(7, r.scoredAt());
                    u.setObject(8, r.dealId());
                    u.addBatch();
                }
                u.executeBatch();
            }
        });
    }
}
