package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** V14 moves the scores out of the lead row into {@code lead_score}, keeping every stored score. */
class LeadScoreMigrationTest {
    private static final String LEAD = "insert into lead(id, updated_at, last_name, source, status, pricing_page_visits,"
            + " demo_requested, content_downloads, email_opens, email_clicks, email_replies, web_sessions,"
            + " time_on_site_seconds, created_at, score, score_model_version, score_stale, previous_score)"
            + " values ('%s', 1, 'Lead', 'WEBSITE', 'NEW', 0, false, 0, 0, 0, 0, 0, 0, current_timestamp, %s, %s, %s, %s)";

    @Test
    void existingScoresMoveToTheScoreTableAndLeaveTheLeadRow() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:score-migration;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/local").target("13").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute(LEAD.formatted("00000000-0000-7000-8000-000000000001", "82", "'leads-v3'", "false", "75"));
                s.execute(LEAD.formatted("00000000-0000-7000-8000-000000000002", "45", "'leads-v2'", "true", "null"));
                s.execute(LEAD.formatted("00000000-0000-7000-8000-000000000003", "12", "'rules-prior'", "false", "null"));
                s.execute(LEAD.formatted("00000000-0000-7000-8000-000000000004", "null", "null", "false", "null"));
            }
            Flyway.configure().dataSource(pool).locations("classpath:db/local").load().migrate();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select lead_id, score, previous_score, band, model_version, stale"
                        + " from lead_score order by lead_id")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1).substring(24) + " " + rs.getObject(2) + " " + rs.getObject(3) + " "
                                + rs.getString(4) + " " + rs.getString(5) + " " + rs.getObject(6));
                    }
                }
                assertEquals(List.of("000000000001 82 75 hot leads-v3 null", "000000000002 45 null warm leads-v2 true",
                        "000000000003 12 null cold rules-prior null"), rows, "a lead never scored gets no row");
                try (ResultSet columns = c.getMetaData().getColumns(null, null, "LEAD", "%SCORE%")) {
                    assertFalse(columns.next(), "no score column is left in the lead row");
                }
            }
        } finally {
            pool.dispose();
        }
    }
}
