package com.nexuscrm.storage;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.deal.ForecastSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@link ForecastSource} on the store: one JDBC query joining each deal with its score, one of the history of the deals that changed. */
public final class StoredForecastSource implements ForecastSource {
    private static final String ROWS = "select d.id, d.name, d.owner_id, d.team_id, d.stage, d.amount, d.close_date,"
            + " d.closed_at, d.forecast_category, s.win_probability, d.currency from deal d left join deal_score s on s.deal_id = d.id"
            + " where d.deleted = false and ((d.stage not in ('CLOSED_WON', 'CLOSED_LOST') and d.close_date between ? and ?)"
            + " or (d.stage = 'CLOSED_WON' and ((d.closed_at >= ? and d.closed_at < ?)"
            + " or (d.closed_at is null and d.close_date between ? and ?))))";

    private static final String HISTORY = "select c.id, c.version, c.updated_at, c.deleted, c.owner_id, c.team_id, c.deal_id,"
            + " c.changed_at, c.changed_by, c.stage, c.amount, c.close_date, c.forecast_category from deal_change c"
            + " where c.deleted = false and c.deal_id in (select x.deal_id from deal_change x where x.changed_at > ?"
            + " and x.changed_at <= ?) order by c.deal_id, c.changed_at, c.id";

    private final WorkspaceStore store;

    public StoredForecastSource(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<Row> rows(LocalDate from, LocalDate to, Instant wonFrom, Instant wonUntil) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(ROWS)) {
                q.setObject(1, from);
                q.setObject(2, to);
                q.setObject(3, OffsetDateTime.ofInstant(wonFrom, java.time.ZoneOffset.UTC));
                q.setObject(4, OffsetDateTime.ofInstant(wonUntil, java.time.ZoneOffset.UTC));
                q.setObject(5, from);
                q.setObject(6, to);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(rs));
                    }
                }
                return rows;
            }
        });
    }

    private static Row read(ResultSet rs) throws SQLException {
        OffsetDateTime closed = rs.getObject(8, OffsetDateTime.class);
        String category = rs.getString(9);
        int p = rs.getInt(10);
        Integer probability = rs.wasNull() ? null : p;
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                DealStage.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class),
                closed == null ? null : closed.toInstant(), category == null ? null : ForecastCategory.valueOf(category),
                probability, rs.getString(11));
    }

    /** Plain JDBC: every column of each entry, without the ORM's per-entity cost (tens of thousands after a busy quarter). */
    @Override
    public List<DealChange> historyOfDealsChanged(Instant since, Instant until) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(HISTORY)) {
                q.setObject(1, OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
                q.setObject(2, OffsetDateTime.ofInstant(until, java.time.ZoneOffset.UTC));
                List<DealChange> history = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        history.add(change(rs));
                    }
                }
                return history;
            }
        });
    }

    private static DealChange change(ResultSet rs) throws SQLException {
        DealChange c = new DealChange(rs.getObject(1, UUID.class));
        c.setVersion(rs.getLong(2));
        c.setUpdatedAt(rs.getLong(3));
        c.setDeleted(rs.getBoolean(4));
        c.setOwnerId(rs.getObject(5, UUID.class));
        c.setTeamId(rs.getObject(6, UUID.class));
        c.setDealId(rs.getObject(7, UUID.class));
        c.setChangedAt(rs.getObject(8, OffsetDateTime.class).toInstant());
        c.setChangedBy(rs.getObject(9, UUID.class));
        c.setStage(DealStage.valueOf(rs.getString(10)));
        c.setAmount(rs.getBigDecimal(11));
        c.setCloseDate(rs.getObject(12, LocalDate.class));
        String category = rs.getString(13);
        c.setForecastCategory(category == null ? null : ForecastCategory.valueOf(category));
        return c;
    }

    @Override
    public java.util.Map<UUID, String> dealNames(java.util.Collection<UUID> ids) {
        return byId("d.name", ids);
    }

    @Override
    public java.util.Map<UUID, String> dealCurrencies(java.util.Collection<UUID> ids) {
        return byId("d.currency", ids);
    }

    /** One text field of these deals by id, a thousand ids per query; a null value is left out. */
    private java.util.Map<UUID, String> byId(String field, java.util.Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        java.util.Map<UUID, String> values = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += 1000) {
            List<UUID> page = all.subList(from, Math.min(all.size(), from + 1000));
            store.inTransaction(s -> s.createSelectionQuery("select d.id, " + field + " from Deal d where d.id in :ids",
                    Object[].class).setParameter("ids", page).getResultList()).forEach(r -> {
                        if (r[1] != null) {
                            values.put((UUID) r[0], (String) r[1]);
                        }
                    });
        }
        return values;
    }
}
