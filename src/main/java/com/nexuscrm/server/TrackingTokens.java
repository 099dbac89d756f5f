package com.nexuscrm.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Signed tracking tokens of campaign emails: {@code payload.signature}, the payload (base64url) being a version byte,
 * the kind, the team's and the touch's ids and, for a click, the target URL; the signature HMAC-SHA256 over it with
 * {@code server_meta}'s {@value #KEY_NAME} (its own key, shared by every instance, read on every use). A token names
 * its team, so an open counts only for the team that asked for the link, and a click redirects only to the URL that
 * was signed: any change to a byte fails the signature.
 */
final class TrackingTokens {
    /** The longest token accepted; a longer one is refused before any work (a click URL is at most 2,048 chars). */
    static final int MAX_TOKEN_CHARS = 3_000;
    static final int MAX_URL_CHARS = 2_048;
    private static final String KEY_NAME = "tracking_key";
    private static final byte VERSION = 1;
    private static final int HEADER = 2 + 16 + 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** What is tracked: an open (the pixel) or a click (the redirect). */
    enum Kind {
        OPEN, CLICK;

        byte code() {
            return (byte) (this == OPEN ? 'o' : 'c');
        }
    }

    /** What a valid token says; {@code url} is null for an open. */
    record Claim(UUID team, UUID touch, Kind kind, String url) { }

    private final DataSource db;

    TrackingTokens(DataSource db) {
        this.db = db;
    }

    /** The token for this claim; the URL of a click must pass {@link #urlProblem}. */
    String sign(Claim claim) {
        byte[] url = claim.url() == null ? new byte[0] : claim.url().getBytes(StandardCharsets.UTF_8);
        ByteBuffer payload = ByteBuffer.allocate(HEADER + url.length).put(VERSION).put(claim.kind().code());
        payload.putLong(claim.team().getMostSignificantBits()).putLong(claim.team().getLeastSignificantBits());
        payload.putLong(claim.touch().getMostSignificantBits()).putLong(claim.touch().getLeastSignificantBits());
        String body = B64.encodeToString(payload.put(url).array());
        return body + "." + Tokens.sign(key(), body);
    }

    /** The claim of a token of this kind signed with the current key; empty for anything else (too long, altered, forged). */
    Optional<Claim> verify(Kind kind, String token) {
        if (token == null || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, Tokens.sign(key(), body).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length < HEADER || bytes[0] != VERSION || bytes[1] != kind.code()) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 2, HEADER - 2);
        UUID team = new UUID(in.getLong(), in.getLong());
        UUID touch = new UUID(in.getLong(), in.getLong());
        String url = new String(bytes, HEADER, bytes.length - HEADER, StandardCharsets.UTF_8);
        if (kind == Kind.CLICK ? urlProblem(url) != null : !url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Claim(team, touch, kind, kind == Kind.CLICK ? url : null));
    }

    /** Why a link cannot be tracked (not an absolute http(s) URL with a host, too long, spaces), or null when it can. */
    static String urlProblem(String url) {
        if (url == null || url.isEmpty()) {
            return "a link is empty";
        }
        if (url.length() > MAX_URL_CHARS) {
            return "a link has " + url.length() + " characters; at most " + MAX_URL_CHARS + " are tracked";
        }
        if (url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return "a link contains spaces or control characters";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return "'" + url + "' is not an absolute http(s) link with a host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "'" + url + "' is not a valid link: " + e.getReason();
        }
    }

    private byte[] key() {
        return Tokens.loadOrCreateKey(db, KEY_NAME);
    }
}
