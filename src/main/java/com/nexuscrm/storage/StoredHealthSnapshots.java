package com.nexuscrm.storage;

import com.nexuscrm.domain.account.HealthSnapshot;
import com.nexuscrm.domain.account.HealthSnapshots;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * {@link HealthSnapshots} on plain JDBC over the local {@code account_health_snapshot} table (V19): an insert that
 * skips an account's day already stored, so the first snapshot of the day is kept, in batches, in one transaction.
 */
public final class StoredHealthSnapshots implements HealthSnapshots {
    private static final String SELECT = "select account_id, snapshot_day, health_score, churn_risk, open_tickets,"
            + " active_users, champions from account_health_snapshot where snapshot_day >= ?";
    private static final String INSERT = "insert into account_health_snapshot(account_id, snapshot_day, health_score,"
            + " churn_risk, open_tickets, active_users, champions, taken_at) select ?,?,?,?,?,?,?,? where not exists"
            + " (select 1 from account_health_snapshot where account_id = ? and snapshot_day = ?)";

    /** One snapshot write at a time in this process (see {@link #writeMissing}). */
    private static final Object WRITES = new Object();

    private final WorkspaceStore store;
    private final Clock clock;

    public StoredHealthSnapshots(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<HealthSnapshot> since(LocalDate from) {
        return store.withConnection(c -> {
            List<HealthSnapshot> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(SELECT)) {
                q.setObject(1, from);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new HealthSnapshot(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                                (Integer) rs.getObject(3), (Integer) rs.getObject(4), rs.getInt(5),
                                (Integer) rs.getObject(6), rs.getInt(7)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public int writeMissing(Collection<HealthSnapshot> snapshots) {
        int[] written = {0};
        Timestamp now = Timestamp.from(clock.instant());
        // the Team view and the assessment on opening may write the same day at once: one after the other, the
        // second's "where not exists" sees the first's rows instead of failing on their keys
        synchronized (WRITES) {
            insert(snapshots, now, written);
        }
        return written[0];
    }

    private void insert(Collection<HealthSnapshot> snapshots, Timestamp now, int[] written) {
        store.inJdbcTransaction(c -> {
            try (PreparedStatement m = c.prepareStatement(INSERT)) {
                int pending = 0;
                for (HealthSnapshot s : snapshots) {
                    bind(m, s, now);
                    m.addBatch();
                    if (++pending == ScoreRows.BATCH) {
                        written[0] += count(m.executeBatch());
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    written[0] += count(m.executeBatch());
                }
            }
        });
    }

    private static void bind(PreparedStatement m, HealthSnapshot s, Timestamp now) throws java.sql.SQLException {
        m.setObject(1, s.accountId());
        m.setObject(2, s.day());
        m.setObject(3, s.health(), Types.INTEGER);
        m.setObject(4, s.churnRisk(), Types.INTEGER);
        m.setInt(5, s.openTickets());
        m.setObject(6, s.activeUsers(), Types.INTEGER);
        m.setInt(7, s.champions());
        m.setTimestamp(8, now);
        m.setObject(9, s.accountId());
        m.setObject(10, s.day());
    }

    private static int count(int[] results) {
        int n = 0;
        for (int r : results) {
            n += Math.max(r, 0);
        }
        return n;
    }
}
