package com.nexuscrm.conversation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The at-rest format of a call recording: AES-256-GCM in 64 KiB chunks, so a three-hour call is never in
 * memory. Layout: the magic {@code NXREC01\n} and an 8-byte random nonce prefix (the header), then chunks of
 * {@code int length} (top bit set on the last chunk) and the chunk's ciphertext with its 16-byte tag. A chunk's
 * nonce is the prefix and its counter; its associated data is the header and the last-chunk flag, so chunks
 * cannot be reordered, dropped, cut off at the end or moved between files without failing authentication.
 */
public final class EncryptedAudio {
    private static final byte[] MAGIC = "NXREC01\n".getBytes(StandardCharsets.US_ASCII);
    private static final int PREFIX = 8;
    private static final int CHUNK = 64 * 1024;
    private static final int TAG_BITS = 128;
    private static final int LAST = 0x8000_0000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    /** @param key 32 bytes (AES-256) */
    public EncryptedAudio(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a recording key has 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** Whether the file starts with this format's magic (older workspaces kept plain audio). */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /** Encrypts everything {@code plain} holds into {@code out}. */
    public void encrypt(InputStream plain, OutputStream out) throws IOException {
        byte[] header = new byte[MAGIC.length + PREFIX];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        byte[] prefix = new byte[PREFIX];
        RANDOM.nextBytes(prefix);
        System.arraycopy(prefix, 0, header, MAGIC.length, PREFIX);
        DataOutputStream data = new DataOutputStream(out);
        data.write(header);
        byte[] current = plain.readNBytes(CHUNK);
        int counter = 0;
        while (true) {
            byte[] next = current.length < CHUNK ? new byte[0] : plain.readNBytes(CHUNK);
            boolean last = next.length == 0;
            byte[] sealed = crypt(Cipher.ENCRYPT_MODE, header, counter++, last, current);
            data.writeInt(sealed.length | (last ? LAST : 0));
            data.write(sealed);
            if (last) {
                break;
            }
            current = next;
        }
        data.flush();
    }

    /**
     * Decrypts {@code sealed} into {@code plain}; throws {@link IOException} when the data was changed, cut
     * short or made with another key (another workspace or passphrase).
     */
    public void decrypt(InputStream sealed, OutputStream plain) throws IOException {
        DataInputStream in = new DataInputStream(sealed);
        byte[] header = in.readNBytes(MAGIC.length + PREFIX);
        if (header.length < MAGIC.length + PREFIX || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("it is not an encrypted recording");
        }
        int counter = 0;
        while (true) {
            int length;
            try {
                length = in.readInt();
            } catch (EOFException e) {
                throw new IOException("it was cut short", e);
            }
            boolean last = (length & LAST) != 0;
            int size = length & ~LAST;
            if (size < TAG_BITS / 8 || size > CHUNK + TAG_BITS / 8) {
                throw new IOException("its chunk " + counter + " is damaged");
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new IOException("it was cut short");
            }
            plain.write(crypt(Cipher.DECRYPT_MODE, header, counter++, last, chunk));
            if (last) {
                break;
            }
        }
        if (in.read() != -1) {
            throw new IOException("it has data after its last chunk");
        }
        plain.flush();
    }

    private byte[] crypt(int mode, byte[] header, int counter, boolean last, byte[] input) throws IOException {
        byte[] nonce = ByteBuffer.allocate(12).put(header, MAGIC.length, PREFIX).putInt(counter).array();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
            return cipher.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new IOException("it was changed, or encrypted with another workspace's key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is missing from this JDK", e);
        }
    }
}
