package com.nexuscrm.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * Expiring bearer tokens: {@code userId.generation.issuedAt.expiresAt.signature} (times in epoch seconds),
 * signed with HMAC-SHA256. The key lives in the database ({@code server_meta}), so every server instance
 * behind a load balancer accepts every other's tokens and none keeps session state.
 *
 * <p>The key is read from the database on every issue and verify (one primary-key read), never cached:
 * after {@code nexus server rotate-key} every running instance refuses the old tokens on their next
 * request. A token says only who the user is and under which token generation it was issued; role, team,
 * activity and the user's current generation (bumped by a move, a deactivation or a password change) are
 * read fresh on every request ({@link Accounts#find(UUID, int)}).
 *
 * <p>No token lives longer than {@link #MAX_LIFETIME}: a longer lifetime is refused at construction, and a
 * token whose expiry lies further in the future than that (a forged or hand-minted one, even if signed) is
 * refused by {@link #verify}.
 */
public final class Tokens {
    /** The longest lifetime a token may have: 7 days. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(7);
    private static final String KEY_NAME = "token_key";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    /** Clock skew allowed between instances for a token's issue time. */
    private static final long SKEW_SECONDS = 60;

    private final DataSource db;
    private final Clock clock;
    private final Duration lifetime;

    public Tokens(DataSource db, Clock clock, Duration lifetime) {
        requireLifetime(lifetime);
        this.db = db;
        this.clock = clock;
        this.lifetime = lifetime;
        loadOrCreateKey(db);
    }

    /** Refuses a lifetime that is not positive or longer than {@link #MAX_LIFETIME}, with a sentence. */
    public static void requireLifetime(Duration lifetime) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("token lifetime: " + (lifetime == null ? "none" : lifetime.toHours() + " hours")
                    + " is not allowed; give 1 to " + MAX_LIFETIME.toHours() + " hours (7 days at most)");
        }
    }

    /** A token for the user under its current token generation; also returns when it expires. */
    public Issued issue(UUID userId, int generation) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        String body = userId + "." + generation + "." + now.getEpochSecond() + "." + expires.getEpochSecond();
        return new Issued(body + "." + sign(loadOrCreateKey(db), body), expires);
    }

    /** The token and its expiry. */
    public record Issued(String token, Instant expiresAt) { }

    /** What a valid token says. */
    public record Claims(UUID userId, int generation, Instant issuedAt, Instant expiresAt) { }

    /**
     * The claims of a well-formed token signed with the current key, issued no later than now (plus a minute
     * of skew), unexpired, and expiring no further ahead than {@link #MAX_LIFETIME}; empty otherwise.
     */
    public Optional<Claims> verify(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        String body = token.substring(0, token.lastIndexOf('.'));
        byte[] given = parts[4].getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(loadOrCreateKey(db), body).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            UUID userId = UUID.fromString(parts[0]);
            int generation = Integer.parseInt(parts[1]);
            long issued = Long.parseLong(parts[2]);
            long expiry = Long.parseLong(parts[3]);
            long now = clock.instant().getEpochSecond();
            long max = MAX_LIFETIME.toSeconds();
            if (now >= expiry || expiry - now > max || expiry - issued > max || issued > now + SKEW_SECONDS) {
                return Optional.empty();
            }
            return Optional.of(new Claims(userId, generation, Instant.ofEpochSecond(issued), Instant.ofEpochSecond(expiry)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the signing key with a fresh random one: every token issued so far is refused by every
     * instance from its next request on. Users log in again.
     */
    public static void rotateKey(DataSource db) {
        try (Connection c = db.getConnection()) {
            ServerMeta.put(c, KEY_NAME, HexFormat.of().formatHex(freshKey()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot replace the token key: " + e.getMessage(), e);
        }
    }

    /** Signs with the given key (tests mint tokens the server would never issue). */
    static String sign(byte[] key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static byte[] freshKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return fresh;
    }

    /** The current key, created on first use. */
    static byte[] loadOrCreateKey(DataSource db) {
        return loadOrCreateKey(db, KEY_NAME);
    }

    /** The random 32-byte key kept in {@code server_meta} under {@code name}, created on first use (tracking's too). */
    static byte[] loadOrCreateKey(DataSource db, String name) {
        try (Connection c = db.getConnection()) {
            Optional<String> existing = ServerMeta.get(c, name);
            if (existing.isPresent()) {
                return HexFormat.of().parseHex(existing.get());
            }
            byte[] fresh = freshKey();
            try {
                ServerMeta.insert(c, name, HexFormat.of().formatHex(fresh));
                return fresh;
            } catch (SQLException raced) {
                // another instance created the key at the same moment: use theirs
                return HexFormat.of().parseHex(ServerMeta.get(c, name).orElseThrow(() -> raced));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the " + name.replace('_', ' ') + ": " + e.getMessage(), e);
        }
    }
}
