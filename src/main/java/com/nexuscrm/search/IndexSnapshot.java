package com.nexuscrm.search;

import com.nexuscrm.conversation.EncryptedAudio;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The search index on disk: its files in one AES-GCM file ({@link EncryptedAudio}'s chunk format) under the
 * workspace's search key, so nothing of the workspace is on disk in plain. Layout inside the encryption: the
 * file count, then each file's name, length and bytes. A snapshot that is missing, damaged, cut short or made
 * with another key is reported by {@link #read} and the caller rebuilds from the store.
 */
public final class IndexSnapshot {
    private static final int FORMAT = 1;

    private final Path file;
    private final EncryptedAudio cipher;

    public IndexSnapshot(Path file, byte[] key) {
        this.file = file;
        this.cipher = new EncryptedAudio(key);
    }

    public Path file() { return file; }

    /** Writes the index (committed first), beside the old snapshot and then moved over it. */
    public void write(SearchIndex index) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        synchronized (index) {
            Directory dir = index.committed();
            String[] names = Arrays.stream(dir.listAll()).filter(n -> !n.equals("write.lock")).toArray(String[]::new);
            DataOutputStream out = new DataOutputStream(plain);
            out.writeInt(FORMAT);
            out.writeInt(names.length);
            for (String name : names) {
                try (IndexInput in = dir.openInput(name, IOContext.READONCE)) {
                    byte[] bytes = new byte[Math.toIntExact(in.length())];
                    in.readBytes(bytes, 0, bytes.length);
                    out.writeUTF(name);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            }
            out.flush();
        }
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            cipher.encrypt(new ByteArrayInputStream(plain.toByteArray()), out);
        }
        try {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The index the snapshot holds; an {@link IOException} saying why when it cannot be used. */
    public SearchIndex read() throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("there is no search index yet");
        }
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            cipher.decrypt(in, plain);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain.toByteArray()));
        if (in.readInt() != FORMAT) {
            throw new IOException("the search index was written by another version");
        }
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            byte[] bytes = in.readNBytes(in.readInt());
            try (IndexOutput out = dir.createOutput(name, IOContext.DEFAULT)) {
                out.writeBytes(bytes, bytes.length);
            }
        }
        try {
            return SearchIndex.over(dir);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw new IOException("the search index is damaged: " + e.getMessage(), e);
        }
    }
}
