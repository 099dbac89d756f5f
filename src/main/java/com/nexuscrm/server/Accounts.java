package com.nexuscrm.server;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.nexuscrm.domain.FieldRules;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Role;
import java.nio.charset.StandardCharsets;
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
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
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
        String hash = hash(password);
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
     * Every token issued to the user so far is revoked: its workstations log in again.
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
                        "update app_user set team_id = ?, scope_epoch = scope_epoch + 1,"
                                + " token_generation = token_generation + 1 where id = ?")) {
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

    /**
     * The active user with this email and password; empty for an unknown email or a wrong password alike.
     * Unthrottled: the HTTP login goes through {@link LoginGuard}, which counts failures.
     */
    public Optional<Principal> authenticate(String email, char[] password) {
        if (email == null || password == null || !fitsBcrypt(password)) {
            return Optional.empty();
        }
        Optional<Row> row = findBy("email", normalize(email));
        boolean ok = checkPassword(row, password);
        return ok && row.get().active() ? row.map(Row::principal) : Optional.empty();
    }

    /**
     * Compares the password with the row's hash, or with a dummy hash when there is no row, so that an
     * unknown email costs as long as a wrong password. The password must fit bcrypt (72 bytes).
     */
    static boolean checkPassword(Optional<Row> row, char[] password) {
        byte[] hash = row.map(r -> r.hash().getBytes(StandardCharsets.US_ASCII)).orElse(DUMMY_HASH);
        boolean ok = BCrypt.verifyer().verify(password, hash).verified;
        return ok && row.isPresent();
    }

    /** True when the password's UTF-8 form fits bcrypt's 72-byte limit. */
    public static boolean fitsBcrypt(char[] password) {
        return StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)).remaining() <= MAX_PASSWORD_BYTES;
    }

    /** The active user with this id, as it is now (role and team may have changed since a token was issued). */
    public Optional<Principal> find(UUID id) {
        return findBy("id", id).filter(Row::active).map(Row::principal);
    }

    /**
     * The active user with this id whose tokens are still of the given generation: a token issued before the
     * user was moved, deactivated or given a new password finds nobody.
     */
    public Optional<Principal> find(UUID id, int tokenGeneration) {
        return findBy("id", id).filter(Row::active).filter(r -> r.tokenGeneration() == tokenGeneration).map(Row::principal);
    }

    /** The user's current token generation (what a token issued now carries). */
    int tokenGeneration(UUID id) {
        return findBy("id", id).map(Row::tokenGeneration).orElse(-1);
    }

    /**
     * Deactivates the user: it can no longer log in, its tokens are refused at once, and its workstations'
     * team directory shows it as unavailable.
     */
    public void deactivate(String email) {
        updateUser(email, "update app_user set active = false, token_generation = token_generation + 1 where id = ?", true);
    }

    /** Gives the user a new password; its tokens are revoked and its failed-login count and lock cleared. */
    public void changePassword(String email, char[] password) {
        String hash = hash(password);
        String normalized = normalize(email);
        try (Connection c = db.getConnection();
             PreparedStatement u = c.prepareStatement("update app_user set password_hash = ?, token_generation = token_generation + 1,"
                     + " failed_logins = 0, last_failed_at = null, locked_at = null where email = ?")) {
            u.setString(1, hash);
            u.setString(2, normalized);
            if (u.executeUpdate() == 0) {
                throw new IllegalArgumentException("email: no user " + normalized + " on this server");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the password: " + e.getMessage(), e);
        }
    }

    /** Lifts a lockout after too many failed logins and clears the failure count. Returns whether it was locked. */
    public boolean unlock(String email) {
        String normalized = normalize(email);
        boolean locked = findBy("email", normalized)
                .orElseThrow(() -> new IllegalArgumentException("email: no user " + normalized + " on this server")).locked();
        updateUser(email, "update app_user set failed_logins = 0, last_failed_at = null, locked_at = null where id = ?", false);
        return locked;
    }

    private void updateUser(String email, String sql, boolean publish) {
        String normalized = normalize(email);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                UUID id = findBy("email", normalized).map(r -> r.principal().userId())
                        .orElseThrow(() -> new IllegalArgumentException("email: no user " + normalized + " on this server"));
                try (PreparedStatement u = c.prepareStatement(sql)) {
                    u.setObject(1, id);
                    u.executeUpdate();
                }
                if (publish) {
                    DirectoryRecords.publishUser(c, id);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the user: " + e.getMessage(), e);
        }
    }

    private static String hash(char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("password: at least " + MIN_PASSWORD + " characters are required");
        }
        if (!fitsBcrypt(password)) {
            throw new IllegalArgumentException("password: at most " + MAX_PASSWORD_BYTES + " bytes (UTF-8) are allowed");
        }
        return BCrypt.withDefaults().hashToString(COST, password);
    }

    static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    DataSource dataSource() {
        return db;
    }

    Optional<Row> byEmail(String email) {
        return findBy("email", normalize(email));
    }

    /** A user as stored, with its failed-login state (epoch ms of the last counted attempt; 0 for none). */
    record Row(Principal principal, String hash, boolean active, int tokenGeneration, boolean locked,
               int failedLogins, long lastFailedAt) { }

    private Optional<Row> findBy(String column, Object value) {
        String sql = "select id, email, display_name, role, team_id, password_hash, active, token_generation, locked_at,"
                + " failed_logins, last_failed_at from app_user where "
                + ("id".equals(column) ? "id" : "email") + " = ?";
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, value);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Principal p = new Principal(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getObject(5, UUID.class));
                return Optional.of(new Row(p, rs.getString(6), rs.getBoolean(7), rs.getInt(8), rs.getTimestamp(9) != null,
                        rs.getInt(10), rs.getLong(11)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read users: " + e.getMessage(), e);
        }
    }
}
