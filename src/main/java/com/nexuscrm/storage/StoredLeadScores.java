package com.nexuscrm.storage;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScoreStore;
import com.nexuscrm.domain.LeadStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Scoring's bulk path on plain JDBC: it reads only the feature columns (with the current score from
 * {@code lead_score}), page by page on the primary key, and writes the narrow {@code lead_score} rows of the
 * leads whose score changed, in batches. The lead row itself is never written: its AES-encrypted rewrite was
 * 98 µs a lead, a narrow score row a few. Derived fields are not captured for sync, so skipping Hibernate
 * here loses nothing.
 */
final class StoredLeadScores implements LeadScoreStore {
    private static final String COLUMNS = "l.id, l.title, l.industry, l.employees, l.annual_revenue, l.country,"
            + " l.technologies, l.source, l.status, l.pricing_page_visits, l.demo_requested, l.content_downloads,"
            + " l.search_terms, l.email_opens, l.email_clicks, l.email_replies, l.web_sessions, l.time_on_site_seconds,"
            + " l.last_activity_at, l.created_at, l.converted_at, s.score, s.model_version, s.stale, s.previous_score";
    private static final String FROM = " from lead l left join lead_score s on s.lead_id = l.id where l.deleted = false";
    /** The previous score moves only when the score does; reasons and staleness belong to the new score. */
    static final String UPDATE = "update lead_score set previous_score = case when score = ? then previous_score"
            + " else score end, score = ?, band = ?, reasons = ?, model_version = ?, scored_at = ?, stale = null"
            + " where lead_id = ?";
    static final String INSERT = "insert into lead_score(lead_id, score, band, reasons, model_version, scored_at)"
            + " values (?,?,?,?,?,?)";
    private static final int REASONS_LENGTH = 1000;

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
        scan(" and (s.score is null or s.stale or s.model_version is distinct from ? or l.created_at > ?)",
                List.of(modelVersion, Timestamp.from(youngSince)), batchSize, batch);
    }

    private void scan(String condition, List<Object> parameters, int batchSize, Consumer<List<Lead>> batch) {
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        boolean first = true;
        while (true) {
            UUID from = after;
            boolean includeFirst = first;
            List<Lead> page = store.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("select " + COLUMNS + FROM
                        + condition + (includeFirst ? "" : " and l.id > ?") + " order by l.id limit ?")) {
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
        l.setPreviousScore((Integer) rs.getObject(25));
        return l;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    @Override
    public void writeScores(List<ScoreUpdate> updates, Instant scoredAt) {
        if (updates.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(scoredAt);
        store.inJdbcTransaction(c -> {
            int[] updated;
            try (PreparedStatement u = c.prepareStatement(UPDATE)) {
                for (ScoreUpdate update : updates) {
                    u.setInt(1, update.score());
                    bindScore(u, update, at);
                    u.setObject(7, update.leadId());
                    u.addBatch();
                }
                updated = u.executeBatch();
            }
            insertMissing(c, updates, updated, at);
        });
    }

    /** Leads scored for the first time have no row yet. */
    private static void insertMissing(Connection c, List<ScoreUpdate> updates, int[] updated, Timestamp at) throws SQLException {
        try (PreparedStatement i = c.prepareStatement(INSERT)) {
            boolean any = false;
            for (int n = 0; n < updates.size(); n++) {
                if (updated[n] == 0) {
                    ScoreUpdate update = updates.get(n);
                    i.setObject(1, update.leadId());
                    bindScore(i, update, at);
                    i.addBatch();
                    any = true;
                }
            }
            if (any) {
                i.executeBatch();
            }
        }
    }

    /** Parameters 2 to 6 of {@link #UPDATE} and {@link #INSERT}: score, band, reasons, model version, time. */
    private static void bindScore(PreparedStatement statement, ScoreUpdate update, Timestamp at) throws SQLException {
        statement.setInt(2, update.score());
        statement.setString(3, LeadScore.band(update.score()));
        statement.setString(4, reasons(update));
        statement.setString(5, update.modelVersion());
        statement.setTimestamp(6, at);
    }

    private static String reasons(ScoreUpdate update) {
        if (update.reasons().isEmpty()) {
            return null;
        }
        String joined = String.join("\n", update.reasons());
        return joined.length() <= REASONS_LENGTH ? joined : joined.substring(0, REASONS_LENGTH);
    }

    @Override
    public Optional<Stored> stored(UUID leadId) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select score, previous_score, band, reasons, model_version,"
                    + " scored_at, stale from lead_score where lead_id = ?")) {
                q.setObject(1, leadId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String reasons = rs.getString(4);
                    return Optional.of(new Stored(leadId, (Integer) rs.getObject(1), (Integer) rs.getObject(2),
                            rs.getString(3), reasons == null ? List.of() : List.of(reasons.split("\n")),
                            rs.getString(5), instant(rs.getTimestamp(6)), rs.getBoolean(7)));
                }
            }
        });
    }
}
