package com.nexuscrm.conversation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace's call recordings, encrypted at rest ({@link EncryptedAudio}) with a key derived from the
 * workspace passphrase, in {@code recordings/ID/NAME}. Plain audio exists only while a recording is
 * transcribed or played: as a {@link PlainCopy} in {@code recordings/.plain/RANDOM/NAME} (folder 0700, file
 * 0600, keeping the user's file name for messages), deleted when the copy is closed; copies a crash left
 * behind are deleted when the vault is next made. Plain recordings from older versions are still read, and
 * {@link #encryptPlainRecordings()} encrypts them in place.
 */
public final class RecordingVault {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingVault.class);
    private static final String PLAIN = ".plain";
    /** Where older versions kept plain WAV copies for playback. */
    private static final String OLD_PLAYBACK_CACHE = "playback";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;
    private final EncryptedAudio cipher;

    /**
     * Make one per workspace session (or sample build): making it deletes the plain copies a crash left, so a
     * second vault over the same folder would delete the copies the first one is using.
     *
     * @param key the workspace's recordings key (32 bytes)
     */
    public RecordingVault(Path folder, byte[] key) {
        this.folder = folder;
        this.cipher = new EncryptedAudio(key);
        deleteTree(folder.resolve(PLAIN));
    }

    public Path folder() {
        return folder;
    }

    /** A plain copy of a recording, deleted (with its folder) by {@link #close()}. */
    public static final class PlainCopy implements AutoCloseable {
        private final Path path;

        private PlainCopy(Path path) {
            this.path = path;
        }

        public Path path() { return path; }

        /** A private folder of its own, for files made from it (a playback conversion). */
        public Path folder() { return path.getParent(); }

        @Override
        public void close() {
            deleteTree(folder());
        }
    }

    /** Encrypts the user's file into {@code target} and returns the SHA-256 of its plain bytes. */
    public String store(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return store(in, target);
        }
    }

    /** Encrypts a stream into {@code target} (written beside it first, then moved in) and returns its SHA-256. */
    public String store(InputStream source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (DigestInputStream in = new DigestInputStream(source, sha256());
             OutputStream out = Files.newOutputStream(part)) {
            cipher.encrypt(in, out);
            out.close();
            move(part, target);
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Decrypts a stored recording (or copies a plain one from an older version) to a private temporary file. */
    public PlainCopy plainCopy(Path stored) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(PLAIN));
        Path own = Files.createDirectory(dir.resolve(UUID.randomUUID().toString()), ownerOnly("rwx------"));
        PlainCopy copy = new PlainCopy(own.resolve(stored.getFileName().toString()));
        try (InputStream in = Files.newInputStream(stored);
             OutputStream out = Files.newOutputStream(Files.createFile(copy.path(), ownerOnly("rw-------")))) {
            if (EncryptedAudio.isEncrypted(stored)) {
                cipher.decrypt(in, out);
            } else {
                in.transferTo(out);
            }
            return copy;
        } catch (IOException | RuntimeException e) {
            copy.close();
            throw new IOException(stored.getFileName() + " cannot be read back from the workspace: " + e.getMessage()
                    + ". The stored recording may be damaged; attach the original file again.", e);
        }
    }

    /**
     * Encrypts, in place, the plain recordings an older version stored, and deletes its plain playback
     * cache. Returns how many recordings it encrypted; one that cannot be encrypted is logged and left for
     * the next open.
     */
    public int encryptPlainRecordings() {
        deleteTree(folder.resolve(OLD_PLAYBACK_CACHE));
        int count = 0;
        for (Path file : recordingFiles()) {
            try {
                if (!EncryptedAudio.isEncrypted(file)) {
                    store(file, file.resolveSibling(file.getFileName() + ".encrypting"));
                    move(file.resolveSibling(file.getFileName() + ".encrypting"), file);
                    count++;
                }
            } catch (IOException e) {
                LOG.warn("Could not encrypt the recording {}; it stays as it is until the next open", file, e);
            }
        }
        return count;
    }

    private List<Path> recordingFiles() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> ids = Files.list(folder)) {
            return ids.filter(d -> Files.isDirectory(d) && isId(d.getFileName().toString()))
                    .flatMap(RecordingVault::filesIn)
                    .filter(f -> !f.getFileName().toString().endsWith(".part")
                            && !f.getFileName().toString().endsWith(".encrypting")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the recordings in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Stream<Path> filesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isId(String name) {
        try {
            UUID.fromString(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete {}", root, e);
        }
    }
}
