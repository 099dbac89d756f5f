package com.nexuscrm.storage;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the user's passphrase into H2's file and user passwords. PBKDF2 with a per-workspace salt makes
 * guessing slow, and the hex result never contains the space H2 uses to split its two passwords.
 */
final class WorkspaceKey {
    private static final int ITERATIONS = 120_000;

    private WorkspaceKey() { }

    static String newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** {@code "<filePassword> <userPassword>"} as H2 expects with {@code CIPHER=AES}. */
    static String h2Password(char[] passphrase, String saltHex) {
        try {
            var spec = new PBEKeySpec(passphrase, HexFormat.of().parseHex(saltHex), ITERATIONS, 512);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            String hex = HexFormat.of().formatHex(key);
            return hex.substring(0, 64) + " " + hex.substring(64);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        }
    }
}
