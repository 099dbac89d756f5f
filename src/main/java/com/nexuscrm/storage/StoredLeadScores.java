package com.nexuscrm.storage;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScoreStore;
import com.nexuscrm.domain.LeadStatus;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Scoring's bulk path on plain JDBC: it reads only the feature columns, page by page on the primary key,
 * and writes derived score columns in batches. Derived fields are not captured for sync, so skipping
 * Hibernate here loses nothing and makes rescoring 100k leads a matter of seconds.
 */
final class StoredLeadScores implements LeadScoreStore {
    private static final String COLUMNS = "id, title, industry, employees, annual_revenue, country, technologies,"
            + " source, status, pricing_page_visits, demo_requested, content_downloads, search_terms, email_opens,"
            + " email_clicks, email_replies, web_sessions, time_on_site_seconds, last_activity_at, created_at,"
            + " converted_at, score, score_model_version, score_stale";

    private final WorkspaceStore store;

    StoredLeadScores(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public long countLeads() {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from lead where deleted = false")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void scan(int batchSize, Consumer<List<Lead>> batch) {
        scan("", List.of(), batchSize, batch);
    }

    @Override
    public void scanNeedingScores(String modelVersion, Instant youngSince, int batchSize, Consumer<List<Lead>> batch) {
        scan(" and (score is null or score_stale or score_model_version is distinct from ? or created_at > ?)",
                List.of(modelVersion, Timestamp.from(youngSince)), batchSize, batch);
    }

    private void scan(String condition, List<Object> parameters, int batchSize, Consumer<List<Lead>> batch) {
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        boolean first = true;
        while (true) {
            UUID from = after;
            boolean includeFirst = first;
            List<Lead> page = store.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("select " + COLUMNS + " from lead where deleted = false"
                        + condition + (includeFirst ? "" : " and id > ?") + " order by id limit ?")) {
                    int i = 1;
                    for (Object parameter : parameters) {
                        q.setObject(i++, parameter);
                    }
                    if (!includeFirst) {
                        q.setObject(i++, from);
                    }
                    q.setInt(i, batchSize);
                    List<Lead> leads = new ArrayList<>(batchSize);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            leads.add(lead(rs));
                        }
                    }
                    return leads;
                }
            });
            if (page.isEmpty()) {
                return;
            }
            batch.accept(page);
            after = page.get(page.size() - 1).getId();
            first = false;
        }
    }

    private static Lead lead(ResultSet rs) throws SQLException {
        Lead l = new Lead(rs.getObject(1, UUID.class));
        l.setTitle(rs.getString(2));
        l.setIndustry(rs.getString(3));
        l.setEmployees((Integer) rs.getObject(4));
        l.setAnnualRevenue(rs.getObject(5, BigDecimal.class));
        l.setCountry(rs.getString(6));
        l.setTechnologies(rs.getString(7));
        l.setSource(rs.getString(8));
        l.setStatus(rs.getString(9) == null ? null : LeadStatus.valueOf(rs.getString(9)));
        l.setPricingPageVisits(rs.getInt(10));
        l.setDemoRequested(rs.getBoolean(11));
        l.setContentDownloads(rs.getInt(12));
        l.setSearchTerms(rs.getString(13));
        l.setEmailOpens(rs.getInt(14));
        l.setEmailClicks(rs.getInt(15));
        l.setEmailReplies(rs.getInt(16));
        l.setWebSessions(rs.getInt(17));
        l.setTimeOnSiteSeconds(rs.getInt(18));
        l.setLastActivityAt(instant(rs.getTimestamp(19)));
        l.setCreatedAt(instant(rs.getTimestamp(20)));
        l.setConvertedAt(instant(rs.getTimestamp(21)));
        l.setScore((Integer) rs.getObject(22));
        l.setScoreModelVersion(rs.getString(23));
        l.setScoreStale(rs.getBoolean(24));
        return l;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public void writeScores(List<ScoreUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        store.inJdbcTransaction(c -> {
            try (PreparedStatement u = c.prepareStatement("update lead set previous_score = case when score = ?"
                    + " then previous_score else score end, score = ?, score_model_version = ?, score_stale = false"
                    + " where id = ?")) {
                for (ScoreUpdate update : updates) {
                    u.setInt(1, update.score());
                    u.setInt(2, update.score());
                    u.setString(3, update.modelVersion());
                    u.setObject(4, update.leadId());
                    u.addBatch();
                }
                u.executeBatch();
            }
        });
    }
}
