package com.nexuscrm.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of one workspace, derived once from the user's passphrase: PBKDF2-HMAC-SHA256 (120k iterations,
 * per-workspace salt) gives a 512-bit master, from which come H2's file and user passwords (hex, so never
 * the space H2 uses to split them), a passphrase verifier kept in {@code workspace.properties}, and
 * separate sub-keys (HMAC-SHA256 of the master over a label) such as the call recordings' key.
 */
final class WorkspaceKey {
    private static final int ITERATIONS = 120_000;
    private static final String VERIFIER_LABEL = "nexuscrm passphrase verifier v1";

    private final byte[] master;

    private WorkspaceKey(byte[] master) {
        this.master = master;
    }

    static String newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** Runs PBKDF2 (about 0.1 s); everything else is derived from its result. */
    static WorkspaceKey derive(char[] passphrase, String saltHex) {
        try {
            var spec = new PBEKeySpec(passphrase, HexFormat.of().parseHex(saltHex), ITERATIONS, 512);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new WorkspaceKey(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        }
    }

    /** {@code "<filePassword> <userPassword>"} as H2 expects with {@code CIPHER=AES}. */
    String h2Password() {
        String hex = HexFormat.of().formatHex(master);
        return hex.substring(0, 64) + " " + hex.substring(64);
    }

    /** What {@code workspace.properties} keeps to tell a wrong passphrase from a damaged file. */
    String verifier() {
        return HexFormat.of().formatHex(subKey(VERIFIER_LABEL));
    }

    /** Whether this key is the one the stored verifier was made with (constant time). */
    boolean matches(String storedVerifier) {
        return MessageDigest.isEqual(verifier().getBytes(StandardCharsets.US_ASCII),
                storedVerifier.getBytes(StandardCharsets.US_ASCII));
    }

    /** A 256-bit key for one purpose, independent of the others: HMAC-SHA256(master, label). */
    byte[] subKey(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
