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
 * Expiring bearer tokens: {@code userId.expiry.signature}, signed with HMAC-SHA256. The key lives in the
 * database, so every server instance behind a load balancer accepts every other's tokens and none keeps
 * session state. A token says only who the user is; role and team are read fresh on every request.
 */
public final class Tokens {
    private static final String KEY_NAME = "token_key";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Clock clock;
    private final Duration lifetime;

    public Tokens(DataSource db, Clock clock, Duration lifetime) {
        this.key = loadOrCreateKey(db);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A token for the user; also returns when it expires. */
    public Issued issue(UUID userId) {
        Instant expires = clock.instant().plus(lifetime);
        String body = userId + "." + expires.getEpochSecond();
        return new Issued(body + "." + sign(body), expires);
    }

    /** The token and its expiry. */
    public record Issued(String token, Instant expiresAt) { }

    /** The user id of a well-formed, correctly signed, unexpired token; empty otherwise. */
    public Optional<UUID> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        int firstDot = token.indexOf('.');
        if (firstDot < 0 || lastDot <= firstDot) {
            return Optional.empty();
        }
        String body = token.substring(0, lastDot);
        byte[] given = token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(body).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            long expiry = Long.parseLong(body.substring(firstDot + 1));
            if (clock.instant().getEpochSecond() >= expiry) {
                return Optional.empty();
            }
            return Optional.of(UUID.fromString(body.substring(0, firstDot)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static byte[] loadOrCreateKey(DataSource db) {
        try (Connection c = db.getConnection()) {
            Optional<String> existing = ServerMeta.get(c, KEY_NAME);
            if (existing.isPresent()) {
                return HexFormat.of().parseHex(existing.get());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                ServerMeta.insert(c, KEY_NAME, HexFormat.of().formatHex(fresh));
                return fresh;
            } catch (SQLException raced) {
                // another instance created the key at the same moment: use theirs
                return HexFormat.of().parseHex(ServerMeta.get(c, KEY_NAME).orElseThrow(() -> raced));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the token key: " + e.getMessage(), e);
        }
    }
}
