package com.nexuscrm.storage;

import com.nexuscrm.domain.AccountContactRow;
import com.nexuscrm.domain.AccountTimelineSource;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DocumentRow;
import com.nexuscrm.domain.HistoryEntry;
import com.nexuscrm.domain.HistoryKind;
import com.nexuscrm.domain.HistoryRange;
import com.nexuscrm.domain.UsageMonth;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An account's 360 reads in plain SQL. A timeline page is one {@code union all} of one branch per source
 * (activities, tickets, deals created and closed, documents, campaign touches to the account's contacts), each
 * branch reading at most {@code offset + limit} rows newest first on its {@code (account, time desc, id desc)}
 * index, merged and cut to the page: the cost follows the page, not the account's history.
 */
public final class StoredAccountTimeline implements AccountTimelineSource {
    private static final String ACTIVITY = "select cast(a.type as varchar) k, a.id, a.occurred_at t, a.subject title,"
            + " cast(a.outcome as varchar) st from activity a where a.account_id = ? and a.deleted = false";
    private static final String TICKET = "select 'TICKET', s.id, s.opened_at, s.subject, s.status || ' ' || s.priority"
            + " from support_ticket s where s.account_id = ? and s.deleted = false";
    private static final String DEAL_CREATED = "select 'DEAL', d.id, d.created_at, d.name, 'CREATED' from deal d"
            + " where d.account_id = ? and d.deleted = false and d.created_at is not null";
    private static final String DEAL_CLOSED = "select 'DEAL', d.id, d.closed_at, d.name, d.stage from deal d"
            + " where d.account_id = ? and d.deleted = false and d.closed_at is not null";
    private static final String DOCUMENT = "select 'DOCUMENT', o.id, o.created_at, o.title, o.file_name from document o"
            + " where o.account_id = ? and o.deleted = false";
    private static final String TOUCH = "select 'TOUCH', h.id, h.sent_at, g.name, h.channel || ' ' || case"
            + " when h.replied then 'replied' when h.clicked then 'clicked' when h.opened then 'opened' else 'sent' end"
            + " from contact c join enrollment e on e.contact_id = c.id join touch h on h.enrollment_id = e.id"
            + " join campaign g on g.id = e.campaign_id where c.account_id = ? and c.deleted = false and h.deleted = false";

    /** One source of timeline entries: its select, its time column, its kinds. */
    private record Branch(String select, String time, Set<HistoryKind> kinds) { }

    private static final List<Branch> BRANCHES = List.of(
            new Branch(ACTIVITY, "a.occurred_at", EnumSet.range(HistoryKind.EMAIL, HistoryKind.TASK)),
            new Branch(TICKET, "s.opened_at", EnumSet.of(HistoryKind.TICKET)),
            new Branch(DEAL_CREATED, "d.created_at", EnumSet.of(HistoryKind.DEAL)),
            new Branch(DEAL_CLOSED, "d.closed_at", EnumSet.of(HistoryKind.DEAL)),
            new Branch(DOCUMENT, "o.created_at", EnumSet.of(HistoryKind.DOCUMENT)),
            new Branch(TOUCH, "h.sent_at", EnumSet.of(HistoryKind.TOUCH)));

    private final WorkspaceStore store;

    public StoredAccountTimeline(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<HistoryEntry> page(UUID accountId, HistoryRange range, int offset, int limit) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Branch b : BRANCHES) {
            if (b.kinds().stream().noneMatch(range::includes)) {
                continue;
            }
            String idColumn = b.time().substring(0, 2) + "id";
            parts.add("(" + b.select() + where(b, range, accountId, params) + " order by " + b.time() + " desc, "
                    + idColumn + " desc fetch first ? rows only)");
            params.add(offset + limit);
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        String sql = "select * from (" + String.join(" union all ", parts) + ") x order by 3 desc, 2 desc"
                + " offset ? rows fetch next ? rows only";
        params.add(offset);
        params.add(limit);
        return store.withConnection(c -> {
            List<HistoryEntry> out = new ArrayList<>();
            try (PreparedStatement q = prepare(c, sql, params); ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    out.add(new HistoryEntry(HistoryKind.valueOf(rows.getString(1)), rows.getObject(2, UUID.class),
                            instant(rows, 3), rows.getString(4), rows.getString(5)));
                }
            }
            return out;
        });
    }

    /** The branch's account, kind and time conditions; their values are appended to {@code params}. */
    private static String where(Branch b, HistoryRange range, UUID accountId, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        params.add(accountId);
        if (b.select() == ACTIVITY && !range.kinds().containsAll(b.kinds())) {
            sql.append(range.kinds().stream().map(HistoryKind::activityType).filter(java.util.Objects::nonNull)
                    .map(t -> "'" + t.name() + "'").collect(Collectors.joining(",", " and a.type in (", ")")));
        }
        if (range.from() != null) {
            sql.append(" and ").append(b.time()).append(" >= ?");
            params.add(OffsetDateTime.ofInstant(range.from(), ZoneOffset.UTC));
        }
        if (range.to() != null) {
            sql.append(" and ").append(b.time()).append(" < ?");
            params.add(OffsetDateTime.ofInstant(range.to(), ZoneOffset.UTC));
        }
        return sql.toString();
    }

    @Override
    public Map<HistoryKind, Long> counts(UUID accountId, HistoryRange range) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Branch b : BRANCHES) {
            if (b.kinds().stream().noneMatch(range::includes)) {
                continue;
            }
            String select = "select " + (b.select() == ACTIVITY ? "cast(a.type as varchar)" : "'" + b.kinds().iterator().next()
                    + "'") + ", count(*)" + b.select().substring(b.select().indexOf(" from "));
            parts.add(select + where(b, range, accountId, params) + (b.select() == ACTIVITY ? " group by a.type" : ""));
        }
        Map<HistoryKind, Long> counts = new EnumMap<>(HistoryKind.class);
        if (parts.isEmpty()) {
            return counts;
        }
        return store.withConnection(c -> {
            try (PreparedStatement q = prepare(c, String.join(" union all ", parts), params); ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    if (rows.getLong(2) > 0) {
                        counts.merge(HistoryKind.valueOf(rows.getString(1)), rows.getLong(2), Long::sum);
                    }
                }
            }
            return counts;
        });
    }

    @Override
    public List<AccountContactRow> contacts(UUID accountId) {
        return store.withConnection(c -> {
            Map<UUID, Instant> last = new LinkedHashMap<>();
            try (PreparedStatement q = prepare(c, "select c.id, (select max(a.occurred_at) from activity a where a.contact_id"
                    + " = c.id and a.deleted = false) from contact c where c.account_id = ? and c.deleted = false",
                    List.of(accountId)); ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    last.put(rows.getObject(1, UUID.class), instant(rows, 2));
                }
            }
            Map<UUID, TreeSet<DealRole>> roles = new HashMap<>();
            try (PreparedStatement q = prepare(c, "select dc.contact_id, dc.role from deal d join deal_contact dc"
                    + " on dc.deal_id = d.id where d.account_id = ? and d.deleted = false and dc.deleted = false",
                    List.of(accountId)); ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(2) != null) {
                        roles.computeIfAbsent(rows.getObject(1, UUID.class), k -> new TreeSet<>())
                                .add(DealRole.valueOf(rows.getString(2)));
                    }
                }
            }
            return last.entrySet().stream().map(e -> new AccountContactRow(e.getKey(),
                    List.copyOf(roles.getOrDefault(e.getKey(), new TreeSet<>())), e.getValue())).toList();
        });
    }

    @Override
    public List<UsageMonth> usage(UUID accountId) {
        return store.withConnection(c -> {
            List<UsageMonth> out = new ArrayList<>();
            try (PreparedStatement q = prepare(c, "select period_start, active_users, seats from product_usage"
                    + " where account_id = ? and deleted = false order by period_start", List.of(accountId));
                 ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    out.add(new UsageMonth(rows.getObject(1, LocalDate.class), rows.getInt(2), rows.getInt(3)));
                }
            }
            return out;
        });
    }

    @Override
    public List<DocumentRow> documents(UUID accountId) {
        return store.withConnection(c -> {
            List<DocumentRow> out = new ArrayList<>();
            try (PreparedStatement q = prepare(c, "select id, title, kind, file_name, size_bytes, created_at from document"
                    + " where account_id = ? and deleted = false order by created_at desc, id desc", List.of(accountId));
                 ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    out.add(new DocumentRow(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, Long.class), instant(rows, 6)));
                }
            }
            return out;
        });
    }

    @Override
    public Map<UUID, String> callAnalyses(Collection<UUID> activityIds) {
        Map<UUID, String> out = new HashMap<>();
        if (activityIds.isEmpty()) {
            return out;
        }
        List<Object> ids = new ArrayList<>(activityIds);
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(","));
        return store.withConnection(c -> {
            try (PreparedStatement q = prepare(c, "select activity_id, analysis_json from call_recording where activity_id in ("
                    + marks + ") and deleted = false and analysis_json is not null order by analysed_at", ids);
                 ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    out.put(rows.getObject(1, UUID.class), rows.getString(2)); // the latest analysis wins
                }
            }
            return out;
        });
    }

    private static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
        PreparedStatement q = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            q.setObject(i + 1, params.get(i));
        }
        return q;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime at = rows.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

}
