package com.nexuscrm.storage;

import com.nexuscrm.domain.CompanyDirectory;
import com.nexuscrm.domain.CompanyNames;
import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The company directory in the {@code company_directory} table, over plain JDBC: it is local reference data,
 * not a synced record, so it bypasses Hibernate and change capture. An import is one JDBC transaction of
 * batched inserts (100k companies in seconds).
 */
public final class StoredCompanyDirectory implements CompanyDirectory {
    private static final int BATCH = 1000;
    private static final String COLUMNS = "domain, name, industry, employees, annual_revenue, country, technologies";

    private final WorkspaceStore store;

    public StoredCompanyDirectory(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public Optional<CompanyProfile> byDomain(String domain) {
        List<CompanyProfile> found = query("where domain = ?", domain, 1);
        return found.stream().findFirst();
    }

    @Override
    public List<CompanyProfile> byNameKey(String key) {
        return query("where name_key = ? order by domain", key, Integer.MAX_VALUE);
    }

    @Override
    public List<CompanyProfile> byNameKeyPrefix(String prefix, int limit) {
        String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return query("where name_key like ? escape '\\' order by name_key, domain", pattern, limit);
    }

    private List<CompanyProfile> query(String condition, String value, int limit) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select " + COLUMNS + " from company_directory " + condition)) {
                q.setString(1, value);
                q.setMaxRows(limit == Integer.MAX_VALUE ? 0 : limit);
                List<CompanyProfile> companies = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        companies.add(new CompanyProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                                (Integer) rs.getObject(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7)));
                    }
                }
                return companies;
            }
        });
    }

    @Override
    public long size() {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from company_directory")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Optional<DirectoryImport> lastImport() {
        return store.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select file_name, imported_at, companies from company_directory_import")) {
                return rs.next() ? Optional.of(new DirectoryImport(rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getInt(3))) : Optional.empty();
            }
        });
    }

    @Override
    public void replaceAll(Collection<CompanyProfile> companies, DirectoryImport source, Progress progress) {
        store.inJdbcTransaction(c -> {
            try (PreparedStatement clear = c.prepareStatement("delete from company_directory")) {
                clear.executeUpdate();
            }
            insert(c, companies, progress);
            try (PreparedStatement info = c.prepareStatement(
                    "merge into company_directory_import key(id) values (1, ?, ?, ?)")) {
                info.setString(1, source.fileName());
                info.setObject(2, source.importedAt().atOffset(ZoneOffset.UTC));
                info.setInt(3, companies.size());
                info.executeUpdate();
            }
        });
    }

    private static void insert(Connection c, Collection<CompanyProfile> companies, Progress progress)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into company_directory (" + COLUMNS
                + ", name_key) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            long done = 0;
            for (CompanyProfile company : companies) {
                insert.setString(1, company.domain());
                insert.setString(2, company.name());
                insert.setString(3, company.industry());
                insert.setObject(4, company.employees(), Types.INTEGER);
                insert.setBigDecimal(5, company.annualRevenue());
                insert.setString(6, company.country());
                insert.setString(7, company.technologies());
                insert.setString(8, CompanyNames.key(company.name()));
                insert.addBatch();
                done++;
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                    progress.checkCancelled();
                    progress.update(done, companies.size(), String.format("Saved %,d of %,d companies", done,
                            companies.size()));
                }
            }
            insert.executeBatch();
        }
    }
}
