package com.nexuscrm.storage;

import com.nexuscrm.domain.Ids;
import java.math.BigDecimal;
import java.sql.Clob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What {@code nexus bench} measures the app against on a workspace's client schema, and the setup it needs
 * there: plain prepared-statement batches into the {@code lead} table (no ORM, no change capture, one
 * transaction, a batch sent every 1,000 rows), marking every score stale, reading a timeline page with a
 * plain query, and rescoring's two store baselines: one plain query over the lead's feature columns and a plain
 * batch write of narrow {@code lead_score} rows. Not used by the app.
 */
public final class BenchBaselines {
    /** One cell of a caller's row, by column. */
    @FunctionalInterface
    public interface Cells<R> {
        String cell(R row, int column);
    }

    private final WorkspaceStore store;

    public BenchBaselines(WorkspaceStore store) {
        this.store = store;
    }

    /**
     * Inserts {@code count} website leads "Bench Lead<i>", {@code lead<i>@bench.example.com} at "Company
     * <i mod 997>", the rows the sync benchmark's server is seeded with.
     */
    public void insertBenchLeads(int count) {
        store.withConnection(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into lead(id, updated_at, first_name, last_name,"
                    + " email, company, source, status, created_at, pricing_page_visits, demo_requested, content_downloads,"
                    + " email_opens, email_clicks, email_replies, web_sessions, time_on_site_seconds)"
                    + " values (?,?,?,?,?,?,'WEBSITE','NEW',?,0,false,0,0,0,0,0,0)")) {
                for (int i = 0; i < count; i++) {
                    insert.setObject(1, Ids.newId());
                    insert.setLong(2, 0);
                    insert.setString(3, "Bench");
                    insert.setString(4, "Lead" + i);
                    insert.setString(5, "lead" + i + "@bench.example.com");
                    insert.setString(6, "Company " + (i % 997));
                    insert.setObject(7, OffsetDateTime.now());
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            return null;
        });
    }

    /**
     * Inserts one new website lead per row, whose cells 0 to 8 are first name, last name, email, phone,
     * company, title, employees (an integer), annual revenue (a decimal) and country. Returns the rows written.
     */
    public <R> int insertLeadRows(List<R> rows, Cells<R> cells) {
        return store.withConnection(c -> {
            c.setAutoCommit(false);
            int n = 0;
            try (PreparedStatement insert = c.prepareStatement("insert into lead(id, updated_at, first_name, last_name,"
                    + " email, phone, company, title, employees, annual_revenue, country, source, status, created_at,"
                    + " pricing_page_visits, demo_requested, content_downloads, email_opens, email_clicks, email_replies,"
                    + " web_sessions, time_on_site_seconds) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,false,0,0,0,0,0,0)")) {
                for (R r : rows) {
                    insert.setObject(1, Ids.newId());
                    insert.setLong(2, 0);
                    for (int col = 0; col < 6; col++) {
                        insert.setString(3 + col, cells.cell(r, col));
                    }
                    insert.setInt(9, Integer.parseInt(cells.cell(r, 6)));
                    insert.setBigDecimal(10, new BigDecimal(cells.cell(r, 7)));
                    insert.setString(11, cells.cell(r, 8));
                    insert.setString(12, "WEBSITE");
                    insert.setString(13, "NEW");
                    insert.setObject(14, OffsetDateTime.now());
                    insert.addBatch();
                    if (++n % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            return n;
        });
    }

    /**
     * The first page of an account's timeline by bare JDBC: the rows the repository's timeline reads (live
     * activities of the account, newest first by time, then id), every column read, the notes as text. Returns
     * the rows read.
     */
    public int timelinePage(UUID accountId, int limit) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select * from activity where account_id = ? and deleted = false"
                    + " order by account_id, occurred_at desc, id desc limit ?")) {
                q.setObject(1, accountId);
                q.setInt(2, limit);
                try (ResultSet rows = q.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    int n = 0;
                    while (rows.next()) {
                        for (int col = 1; col <= columns; col++) {
                            if (rows.getObject(col) instanceof Clob notes) {
                                notes.getSubString(1, (int) notes.length()); // the notes' text, as the entity has it
                            }
                        }
                        n++;
                    }
                    return n;
                }
            }
        });
    }

    /**
     * The forecast's baseline: one bare SQL sum of the open deals' amounts closing from {@code from} to {@code to}
     * (no scores, no grouping, no history). Returns the sum.
     */
    public java.math.BigDecimal openDealSum(java.time.LocalDate from, java.time.LocalDate to) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select sum(amount) from deal where deleted = false"
                    + " and stage not in ('CLOSED_WON', 'CLOSED_LOST') and close_date between ? and ?")) {
                q.setObject(1, from);
                q.setObject(2, to);
                try (ResultSet rows = q.executeQuery()) {
                    rows.next();
                    return rows.getBigDecimal(1);
                }
            }
        });
    }

    /** Marks every lead's score stale in one statement, so that the next rescore writes them all. */
    public void markEveryScoreStale() {
        store.inJdbcTransaction(c -> c.createStatement().executeUpdate("update lead_score set stale = true"));
    }

    /** One stored score row, as {@link #writeScoreRows} writes it back. */
    public record ScoreRow(UUID leadId, int score, Integer previousScore, String band, String modelVersion,
                           Timestamp scoredAt) { }

    /**
     * Reads the lead's feature columns (the ones scoring reads) of every live lead with one plain query, each
     * value fetched; returns the rows read.
     */
    public int readFeatureColumns() {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select id, title, industry, employees, annual_revenue, country,"
                    + " technologies, source, status, pricing_page_visits, demo_requested, content_downloads, search_terms,"
                    + " email_opens, email_clicks, email_replies, web_sessions, time_on_site_seconds, last_activity_at,"
                    + " created_at, converted_at from lead where deleted = false");
                 ResultSet rows = q.executeQuery()) {
                int n = 0;
                while (rows.next()) {
                    for (int col = 1; col <= 21; col++) {
                        rows.getObject(col);
                    }
                    n++;
                }
                return n;
            }
        });
    }

    /** The stored scores, to be written back by {@link #writeScoreRows}. */
    public List<ScoreRow> scoreRows() {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select s.lead_id, s.score, s.previous_score, s.band, s.model_version,"
                    + " s.scored_at from lead_score s join lead l on l.id = s.lead_id where l.deleted = false and s.score is not null");
                 ResultSet rows = q.executeQuery()) {
                List<ScoreRow> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(new ScoreRow(rows.getObject(1, UUID.class), rows.getInt(2), (Integer) rows.getObject(3),
                            rows.getString(4), rows.getString(5), rows.getTimestamp(6)));
                }
                return out;
            }
        });
    }

    /**
     * Writes the rows back with plain prepared-statement batches (an update by primary key of the narrow score
     * columns), committing every {@code rowsPerCommit} rows: what a rescoring that changed every score must at
     * least write.
     */
    public void writeScoreRows(List<ScoreRow> rows, int rowsPerCommit) {
        for (int from = 0; from < rows.size(); from += rowsPerCommit) {
            List<ScoreRow> part = rows.subList(from, Math.min(rows.size(), from + rowsPerCommit));
            store.inJdbcTransaction(c -> {
                try (PreparedStatement u = c.prepareStatement("update lead_score set score = ?, previous_score = ?,"
                        + " band = ?, reasons = null, model_version = ?, scored_at = ?, stale = null where lead_id = ?")) {
                    for (ScoreRow r : part) {
                        u.setInt(1, r.score());
                        u.setObject(2, r.previousScore());
                        u.setString(3, r.band());
                        u.setString(4, r.modelVersion());
                        u.setTimestamp(5, r.scoredAt());
                        u.setObject(6, r.leadId());
                        u.addBatch();
                    }
                    u.executeBatch();
                }
            });
        }
    }

    /**
     * The rows the account view shows, by bare JDBC, every column read: the account, its contacts, their deal
     * roles, its deals, tickets, usage and documents, and the first {@code page} rows (newest first) of each
     * source of its timeline (activities, tickets, documents, campaign touches), unmerged. Returns the rows read.
     */
    public int accountViewRows(UUID accountId, int page) {
        List<String> queries = List.of("select * from account where id = ?",
                "select * from contact where account_id = ? and deleted = false",
                "select dc.* from deal d join deal_contact dc on dc.deal_id = d.id where d.account_id = ?",
                "select * from deal where account_id = ? and deleted = false",
                "select * from support_ticket where account_id = ? and deleted = false",
                "select * from product_usage where account_id = ? and deleted = false",
                "select * from document where account_id = ? and deleted = false",
                "select * from activity where account_id = ? and deleted = false order by occurred_at desc, id desc limit " + page,
                "select * from support_ticket where account_id = ? and deleted = false order by opened_at desc, id desc limit " + page,
                "select * from document where account_id = ? and deleted = false order by created_at desc, id desc limit " + page,
                "select h.* from contact c join enrollment e on e.contact_id = c.id join touch h on h.enrollment_id = e.id"
                        + " where c.account_id = ? order by h.sent_at desc limit " + page);
        return store.withConnection(c -> {
            int n = 0;
            for (String sql : queries) {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    q.setObject(1, accountId);
                    try (ResultSet rows = q.executeQuery()) {
                        int columns = rows.getMetaData().getColumnCount();
                        while (rows.next()) {
                            for (int col = 1; col <= columns; col++) {
                                if (rows.getObject(col) instanceof Clob text) {
                                    text.getSubString(1, (int) text.length());
                                }
                            }
                            n++;
                        }
                    }
                }
            }
            return n;
        });
    }
}
