package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The at-rest format of recordings and the vault's private plain copies. */
class RecordingVaultTest {
    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        new Random(1).nextBytes(KEY);
        new Random(2).nextBytes(OTHER_KEY);
    }

    @TempDir
    Path dir;

    @Test
    void roundTripsEveryLengthAroundTheChunkSize() throws IOException {
        EncryptedAudio cipher = new EncryptedAudio(KEY);
        for (int length : new int[] {0, 1, 65_535, 65_536, 65_537, 3 * 65_536 + 17}) {
            byte[] plain = new byte[length];
            new Random(length).nextBytes(plain);
            byte[] sealed = seal(cipher, plain);
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            cipher.decrypt(new ByteArrayInputStream(sealed), back);
            assertArrayEquals(plain, back.toByteArray(), "length " + length);
        }
    }

    @Test
    void aChangedCutOrForeignFileIsRefused() throws IOException {
        byte[] plain = new byte[200_000];
        new Random(9).nextBytes(plain);
        byte[] sealed = seal(new EncryptedAudio(KEY), plain);
        byte[] flipped = sealed.clone();
        flipped[100_000] ^= 1;
        byte[] cut = Arrays.copyOf(sealed, 2 * (65_536 + 16 + 4) + 16);
        for (byte[] bad : new byte[][] {flipped, cut}) {
            assertThrows(IOException.class, () -> new EncryptedAudio(KEY).decrypt(new ByteArrayInputStream(bad),
                    new ByteArrayOutputStream()));
        }
        assertThrows(IOException.class, () -> new EncryptedAudio(OTHER_KEY).decrypt(new ByteArrayInputStream(sealed),
                new ByteArrayOutputStream()));
    }

    @Test
    void storesEncryptedAndGivesAPrivatePlainCopyThatIsDeletedOnClose() throws Exception {
        byte[] wav = new byte[150_000];
        new Random(4).nextBytes(wav);
        System.arraycopy("RIFF....WAVEfmt ".getBytes(), 0, wav, 0, 16);
        Path source = Files.write(dir.resolve("call.wav"), wav);
        RecordingVault vault = new RecordingVault(dir.resolve("recordings"), KEY);
        Path stored = dir.resolve("recordings/0190e1a4-0000-7000-8000-000000000001/call.wav");
        String sha = vault.store(source, stored);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(wav)), sha);
        assertTrue(EncryptedAudio.isEncrypted(stored));
        assertFalse(new String(Files.readAllBytes(stored), "ISO-8859-1").contains("RIFF"));

        Path plainPath;
        try (RecordingVault.PlainCopy copy = vault.plainCopy(stored)) {
            plainPath = copy.path();
            assertEquals("call.wav", plainPath.getFileName().toString(), "messages keep the user's file name");
            assertArrayEquals(wav, Files.readAllBytes(plainPath));
            if (Files.getFileStore(plainPath).supportsFileAttributeView("posix")) {
                assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                        Files.getPosixFilePermissions(plainPath));
            }
        }
        assertFalse(Files.exists(plainPath));
        assertFalse(Files.exists(plainPath.getParent()));

        Path leftByACrash = vault.plainCopy(stored).path();
        new RecordingVault(dir.resolve("recordings"), KEY);
        assertFalse(Files.exists(leftByACrash), "plain copies a crash left are deleted when the vault is next made");

        IOException wrongKey = assertThrows(IOException.class,
                () -> new RecordingVault(dir.resolve("recordings"), OTHER_KEY).plainCopy(stored));
        assertTrue(wrongKey.getMessage().startsWith("call.wav cannot be read back"), wrongKey.getMessage());
        try (var left = Files.list(dir.resolve("recordings/.plain"))) {
            assertEquals(0, left.count(), "a failed decryption leaves no partial plain file");
        }
    }

    private static byte[] seal(EncryptedAudio cipher, byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cipher.encrypt(new ByteArrayInputStream(plain), out);
        return out.toByteArray();
    }
}
