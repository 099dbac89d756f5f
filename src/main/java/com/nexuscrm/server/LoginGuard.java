package com.nexuscrm.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password logins with throttling, checked before the (deliberately slow) bcrypt comparison so that a
 * guesser costs the server almost nothing once refused and never holds a thread waiting:
 * <ul>
 *   <li><b>per account</b>, in the database (so every instance behind a load balancer agrees): after
 *       {@link Policy#accountFreeFailures} consecutive failures each further attempt must wait a delay that
 *       doubles with every failure, counted from the last one; {@link Policy#accountLockAfter} consecutive
 *       failures lock the account until an admin runs {@code nexus server user unlock}. A correct password
 *       resets the count. An attempt is counted when it is let through to the password check (before the
 *       check, so parallel guessers cannot slip in together) and un-counted when the password is right.</li>
 *   <li><b>per source address</b>, in memory of this instance: after {@link Policy#addressFreeFailures}
 *       failed checks from one address (any accounts, unknown emails too), further attempts from it wait a
 *       doubling delay; an address is forgotten {@link Policy#addressForgetAfter} after its last failure.</li>
 * </ul>
 * A refused attempt is answered at once with the seconds to wait; it never reaches bcrypt and does not
 * add to the counts. Other accounts are not slowed down: refusals cost one row read. Every checked and
 * failed attempt is logged at WARN ({@code login failed email=... address=... failures=N}); refusals are
 * logged at DEBUG only, so that a flood of them cannot flood the log. Passwords are never logged.
 */
public final class LoginGuard {
    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);
    /** Addresses kept in memory before the forgotten ones are swept out. */
    private static final int ADDRESS_SWEEP_AT = 10_000;

    /** The throttling numbers. */
    public record Policy(int accountFreeFailures, int accountLockAfter, Duration accountBaseDelay,
                         int addressFreeFailures, Duration addressBaseDelay, Duration addressForgetAfter, Duration maxDelay) {
        /**
         * 5 free failures per account, then waits of 2, 4, 8, 16 and 32 s; locked at the 10th. 20 free failures per
         * address, then 1 s doubling up to 15 minutes; an address is forgotten 15 minutes after its last failure.
         */
        public static Policy defaults() {
            return new Policy(5, 10, Duration.ofSeconds(2), 20, Duration.ofSeconds(1), Duration.ofMinutes(15),
                    Duration.ofMinutes(15));
        }

        /** The wait after {@code failures} consecutive failures with {@code free} allowed: 0, then base doubling, capped. */
        long delayMillis(int failures, int free, Duration base) {
            if (failures < free) {
                return 0;
            }
            int doublings = Math.min(failures - free, 30);
            return Math.min(base.toMillis() << doublings, maxDelay.toMillis());
        }
    }

    /** What became of a login attempt. */
    public sealed interface Outcome {
        /** The password was right; the token must carry this generation. */
        record Success(Principal principal, int tokenGeneration) implements Outcome { }

        /** Unknown email, wrong password or inactive user: all answered alike. */
        record Failed() implements Outcome { }

        /** Refused before the password check: wait this many seconds (at least 1). */
        record Throttled(long retryAfterSeconds) implements Outcome { }

        /** The account is locked after too many failures; an admin must unlock it. */
        record Locked() implements Outcome { }
    }

    private final Accounts accounts;
    private final Clock clock;
    private final Policy policy;
    private final Map<String, AddressState> addresses = new ConcurrentHashMap<>();

    public LoginGuard(Accounts accounts, Clock clock, Policy policy) {
        this.accounts = accounts;
        this.clock = clock;
        this.policy = policy;
    }

    private record AddressState(int failures, long lastFailureMillis) { }

    /** One login attempt from {@code address}. The password is never logged. */
    public Outcome attempt(String email, char[] password, String address) {
        long now = clock.millis();
        String who = Accounts.normalize(email);
        long addressWait = addressWait(address, now);
        if (addressWait > 0) {
            LOG.debug("login throttled email={} address={} reason=address retryAfterSeconds={}", safe(who), safe(address),
                    seconds(addressWait));
            return new Outcome.Throttled(seconds(addressWait));
        }
        Claim claim;
        try {
            claim = claim(who, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the login: " + e.getMessage(), e);
        }
        if (claim instanceof Claim.Locked) {
            LOG.debug("login refused email={} address={} reason=locked", safe(who), safe(address));
            return new Outcome.Locked();
        }
        if (claim instanceof Claim.Wait wait) {
            LOG.debug("login throttled email={} address={} reason=account retryAfterSeconds={}", safe(who), safe(address),
                    seconds(wait.millis()));
            return new Outcome.Throttled(seconds(wait.millis()));
        }
        Optional<Accounts.Row> row = claim instanceof Claim.Go go ? Optional.of(go.row()) : Optional.empty();
        boolean right = Accounts.checkPassword(row, password);
        if (right && row.get().active()) {
            succeeded(row.get().principal().userId());
            return new Outcome.Success(row.get().principal(), row.get().tokenGeneration());
        }
        int failures = claim instanceof Claim.Go go ? go.failures() : 0;
        int fromAddress = addressFailed(address, now);
        boolean locks = row.isPresent() && failures >= policy.accountLockAfter();
        if (locks) {
            lock(row.get().principal().userId());
        }
        LOG.warn("login failed email={} address={} failures={} addressFailures={}{}{}", safe(who), safe(address), failures,
                fromAddress, row.isEmpty() ? " unknownEmail=true" : "", locks ? " locked=true" : "");
        return new Outcome.Failed();
    }

    private sealed interface Claim {
        record Go(Accounts.Row row, int failures) implements Claim { }
        record Unknown() implements Claim { }
        record Wait(long millis) implements Claim { }
        record Locked() implements Claim { }
    }

    /**
     * Under the account row's lock: refuses a locked account or one inside its delay window, otherwise
     * counts the attempt as a failure in advance (a right password clears it again).
     */
    private Claim claim(String email, long now) throws SQLException {
        Optional<Accounts.Row> row = accounts.byEmail(email);
        if (row.isEmpty()) {
            return new Claim.Unknown();
        }
        Optional<Claim> refused = refusal(row.get().locked(), row.get().failedLogins(), row.get().lastFailedAt(), now);
        if (refused.isPresent()) {
            return refused.get(); // the common case under attack: one plain read, no row lock
        }
        try (Connection c = accounts.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                int failures;
                long lastFailed;
                boolean locked;
                try (PreparedStatement q = c.prepareStatement(
                        "select failed_logins, last_failed_at, locked_at from app_user where id = ? for update")) {
                    q.setObject(1, row.get().principal().userId());
                    try (ResultSet rs = q.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            return new Claim.Unknown();
                        }
                        failures = rs.getInt(1);
                        lastFailed = rs.getLong(2);
                        locked = rs.getTimestamp(3) != null;
                    }
                }
                Optional<Claim> lockedNow = refusal(locked, failures, lastFailed, now);
                if (lockedNow.isPresent()) {
                    c.rollback();
                    return lockedNow.get();
                }
                try (PreparedStatement u = c.prepareStatement(
                        "update app_user set failed_logins = ?, last_failed_at = ? where id = ?")) {
                    u.setInt(1, failures + 1);
                    u.setLong(2, now);
                    u.setObject(3, row.get().principal().userId());
                    u.executeUpdate();
                }
                c.commit();
                return new Claim.Go(row.get(), failures + 1);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Locked, or inside the delay window after the failures so far; empty when an attempt may go ahead. */
    private Optional<Claim> refusal(boolean locked, int failures, long lastFailed, long now) {
        if (locked || failures >= policy.accountLockAfter()) {
            return Optional.of(new Claim.Locked());
        }
        long wait = lastFailed + policy.delayMillis(failures, policy.accountFreeFailures(), policy.accountBaseDelay()) - now;
        return failures >= policy.accountFreeFailures() && wait > 0 ? Optional.of(new Claim.Wait(wait)) : Optional.empty();
    }

    private void succeeded(UUID userId) {
        execute("update app_user set failed_logins = 0, last_failed_at = null where id = ?", userId, null);
    }

    private void lock(UUID userId) {
        execute("update app_user set locked_at = ? where id = ? and locked_at is null", userId,
                Timestamp.from(clock.instant()));
    }

    private void execute(String sql, UUID userId, Timestamp at) {
        try (Connection c = accounts.dataSource().getConnection(); PreparedStatement u = c.prepareStatement(sql)) {
            int i = 1;
            if (at != null) {
                u.setTimestamp(i++, at);
            }
            u.setObject(i, userId);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the login: " + e.getMessage(), e);
        }
    }

    private long addressWait(String address, long now) {
        AddressState state = addresses.get(address);
        if (state == null) {
            return 0;
        }
        if (now - state.lastFailureMillis() >= policy.addressForgetAfter().toMillis()) {
            addresses.remove(address, state);
            return 0;
        }
        if (state.failures() < policy.addressFreeFailures()) {
            return 0;
        }
        return state.lastFailureMillis() + policy.delayMillis(state.failures(), policy.addressFreeFailures(),
                policy.addressBaseDelay()) - now;
    }

    private int addressFailed(String address, long now) {
        if (addresses.size() >= ADDRESS_SWEEP_AT) {
            long forget = policy.addressForgetAfter().toMillis();
            addresses.values().removeIf(s -> now - s.lastFailureMillis() >= forget);
        }
        AddressState next = addresses.compute(address, (k, old) -> old == null
                || now - old.lastFailureMillis() >= policy.addressForgetAfter().toMillis()
                ? new AddressState(1, now) : new AddressState(old.failures() + 1, now));
        return next.failures();
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    /** An email or address as typed by anyone: no control characters (log injection), bounded length. */
    private static String safe(String text) {
        if (text == null) {
            return "-";
        }
        String clean = text.replaceAll("[\\p{Cntrl}\\s]", "_");
        return clean.length() > 120 ? clean.substring(0, 120) + "..." : clean;
    }
}
