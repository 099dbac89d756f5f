package com.nexuscrm.server;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.nexuscrm.domain.FieldRules;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Users and teams of the team server; passwords are stored as bcrypt hashes (cost 12). */
public final class Accounts {
    private static final int COST = 12;
    private static final int MIN_PASSWORD = 10;
    /** Compared against when the email is unknown, so a miss costs as long as a wrong password. */
    private static final byte[] DUMMY_HASH = BCrypt.withDefaults().hash(COST, "not-a-real-password".toCharArray());

    private final DataSource db;

    public Accounts(DataSource db) {
        this.db = db;
    }

    /** Adds a user (and its team if new). Returns the user id; refuses duplicates and weak passwords. */
    public UUID addUser(String email, String displayName, Role role, String teamName, char[] password) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!FieldRules.isEmail(normalized)) {
            throw new IllegalArgumentException("email: '" + email + "' is not a valid email address");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("name: a display name is required");
        }
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("password: at least " + MIN_PASSWORD + " characters are required");
        }
        String hash = BCrypt.withDefaults().hashToString(COST, password);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            UUID teamId = teamName == null || teamName.isBlank() ? null : teamId(c, teamName.trim());
            UUID id = Ids.newId();
            try (PreparedStatement insert = c.prepareStatement("insert into app_user(id, email, display_name, role,"
                    + " team_id, password_hash, active, created_at) values (?, ?, ?, ?, ?, ?, true, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, normalized);
                insert.setString(3, displayName.trim());
                insert.setString(4, role.name());
                insert.setObject(5, teamId);
                insert.setString(6, hash);
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            if (role == Role.MANAGER && teamId != null) {
                try (PreparedStatement lead = c.prepareStatement("insert into manager_team(manager_id, team_id) values (?, ?)")) {
                    lead.setObject(1, id);
                    lead.setObject(2, teamId);
                    lead.executeUpdate();
                }
            }
            DirectoryRecords.publishUser(c, id);
            c.commit();
            return id;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                throw new IllegalArgumentException("email: a user with " + normalized + " already exists", e);
            }
            throw new IllegalStateException("Cannot add the user: " + e.getMessage(), e);
        }
    }

    /**
     * Moves a user to another team (created if new). The user's scope epoch is bumped, so its
     * workstations take a fresh snapshot of what it may now see; a manager leads the new team instead.
     */
    public void moveUser(String email, String teamName) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                Principal user = findBy("email", normalized).map(Row::principal)
                        .orElseThrow(() -> new IllegalArgumentException("email: no user " + normalized + " on this server"));
                UUID teamId = teamId(c, teamName.trim());
                try (PreparedStatement u = c.prepareStatement(
                        "update app_user set team_id = ?, scope_epoch = scope_epoch + 1 where id = ?")) {
                    u.setObject(1, teamId);
                    u.setObject(2, user.userId());
                    u.executeUpdate();
                }
                if (user.role() == Role.MANAGER) {
                    try (PreparedStatement d = c.prepareStatement("delete from manager_team where manager_id = ?");
                         PreparedStatement i = c.prepareStatement("insert into manager_team(manager_id, team_id) values (?, ?)")) {
                        d.setObject(1, user.userId());
                        d.executeUpdate();
                        i.setObject(1, user.userId());
                        i.setObject(2, teamId);
                        i.executeUpdate();
                    }
                }
                DirectoryRecords.publishUser(c, user.userId());
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the user: " + e.getMessage(), e);
        }
    }

    private static UUID teamId(Connection c, String name) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("select id from team where name = ?")) {
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getObject(1, UUID.class);
                }
            }
        }
        UUID id = Ids.newId();
        try (PreparedStatement insert = c.prepareStatement("insert into team(id, name, created_at) values (?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    /** The active user with this email and password; empty for an unknown email or a wrong password alike. */
    public Optional<Principal> authenticate(String email, char[] password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        Optional<Row> row = findBy("email", email.trim().toLowerCase(Locale.ROOT));
        byte[] hash = row.map(r -> r.hash().getBytes()).orElse(DUMMY_HASH);
        boolean ok = BCrypt.verifyer().verify(password, hash).verified;
        return ok && row.isPresent() && row.get().active() ? row.map(Row::principal) : Optional.empty();
    }

    /** The active user with this id, as it is now (role and team may have changed since a token was issued). */
    public Optional<Principal> find(UUID id) {
        return findBy("id", id).filter(Row::active).map(Row::principal);
    }

    private record Row(Principal principal, String hash, boolean active) { }

    private Optional<Row> findBy(String column, Object value) {
        String sql = "select id, email, display_name, role, team_id, password_hash, active from app_user where "
                + ("id".equals(column) ? "id" : "email") + " = ?";
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, value);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Principal p = new Principal(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getObject(5, UUID.class));
                return Optional.of(new Row(p, rs.getString(6), rs.getBoolean(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read users: " + e.getMessage(), e);
        }
    }
}
