package com.nexuscrm.documents;

import com.nexuscrm.conversation.EncryptedAudio;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Attached files in {@code documents/ID/} of the workspace folder, encrypted at rest with the recordings'
 * AES-GCM chunk format ({@link EncryptedAudio}) under the workspace's documents key: {@code content} is the
 * file, {@code text} its extracted text (so rebuilding the search index never parses a PDF again). Neither is
 * ever written in plain; the file content does not sync.
 */
public final class DocumentVault {
    private final Path folder;
    private final EncryptedAudio cipher;

    public DocumentVault(Path workspaceFolder, byte[] key) {
        this.folder = workspaceFolder.resolve("documents");
        this.cipher = new EncryptedAudio(key);
    }

    /** Encrypts the file and its text under the document's id; returns the SHA-256 of the file's plain bytes. */
    public String store(UUID id, Path source, String text) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(id.toString()));
        String sha;
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(source), sha256())) {
            seal(in, dir.resolve("content"));
            sha = HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
        seal(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), dir.resolve("text"));
        return sha;
    }

    /** The document's extracted text; empty when this workstation has no copy (it was attached elsewhere). */
    public Optional<String> text(UUID id) throws IOException {
        Path file = folder.resolve(id.toString()).resolve("text");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            cipher.decrypt(in, plain);
        }
        return Optional.of(plain.toString(StandardCharsets.UTF_8));
    }

    /** Decrypts the stored file into {@code out} (to open or save a copy). */
    public void content(UUID id, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(folder.resolve(id.toString()).resolve("content"))) {
            cipher.decrypt(in, out);
        }
    }

    private void seal(InputStream plain, Path target) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            cipher.encrypt(plain, out);
        }
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
