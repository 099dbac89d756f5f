package com.nexuscrm.storage;

import com.nexuscrm.storage.WorkspaceOpenException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Checks a workspace's database file before H2 may write to it, because H2 "repairs" what it cannot read:
 * it opens a 0-byte file as a new empty database and cuts a truncated file back to its last readable
 * state, silently losing the rest. So:
 * <ol>
 * <li>the first bytes are read as plain bytes: empty, not the header of an encrypted H2 file, or a length
 *     that is not whole 4 KiB blocks (cut short) are reported without giving the file to H2;</li>
 * <li>the file is then opened read-only ({@code ACCESS_MODE_DATA=r}, so H2 cannot change it) and must hold
 *     the schema and at least the open generation that {@code workspace.properties} recorded. The
 *     generation is written into the database first and into the properties second, at every open and
 *     close, so a database that lost committed work (truncated, or an older copy) holds a smaller one.</li>
 * </ol>
 * Every refusal names the file and says how to recover; the file is never modified.
 */
final class WorkspaceFile {
    static final String GENERATION_KEY = "open_generation";
    private static final byte[] ENCRYPTED_H2 = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_H2 = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK = 4096;

    private WorkspaceFile() { }

    /** The plain-byte checks (step 1). */
    static void checkBytes(Path dir) {
        Path file = WorkspaceStore.databaseFile(dir);
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(ENCRYPTED_H2.length);
        } catch (IOException e) {
            throw new WorkspaceOpenException(Reason.OTHER, dir, "Cannot read the workspace file " + file + " ("
                    + e.getMessage() + "). Check that it is readable by you; it was not changed.", e);
        }
        if (size == 0) {
            throw new WorkspaceOpenException(Reason.EMPTY, dir, "The workspace file " + file + " is empty (0 bytes):"
                    + " the data it held is gone (a failed copy or a full disk can do this). It was left as it is"
                    + " and no new workspace was made over it. " + recovery(dir), null);
        }
        if (!Arrays.equals(head, ENCRYPTED_H2)) {
            String what = startsWith(head, PLAIN_H2) ? "it is an unencrypted H2 database"
                    : "it does not start with the header of an encrypted H2 database";
            throw new WorkspaceOpenException(Reason.NOT_A_WORKSPACE, dir, "The workspace file " + file + " is not a"
                    + " NexusCRM workspace (" + what + "). It was left as it is. " + recovery(dir), null);
        }
        if (size % BLOCK != 0 || size < 3L * BLOCK) {
            throw damaged(dir, "it is " + size + " bytes long, which is not a whole number of its 4 KiB blocks,"
                    + " so it was cut short", null);
        }
    }

    /** The read-only check (step 2); H2's errors are translated as on a normal open. */
    static void checkReadOnly(Path dir, String url, String password, WorkspaceProperties props, boolean verified) {
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", "nexus", password)) {
            if (!hasTable(c, "flyway_schema_history")) {
                throw damaged(dir, "its schema is missing, so part of the file was lost", null);
            }
            long recorded = props.generation();
            long stored = generation(c);
            if (stored < recorded) {
                throw damaged(dir, "it holds an older state than when it was last used (generation " + stored
                        + ", expected " + recorded + "), so work saved since then is missing: the file was cut"
                        + " short, or replaced by an older copy without its workspace.properties", null);
            }
        } catch (SQLException e) {
            throw H2Errors.translate(dir, e, verified);
        }
    }

    /** Records one more open or close: in the database first, then in the properties. */
    static void advance(WorkspaceStore store, WorkspaceProperties props) throws IOException {
        long next = Math.max(props.generation(), store.meta().get(GENERATION_KEY).map(Long::parseLong).orElse(0L)) + 1;
        store.meta().put(GENERATION_KEY, Long.toString(next));
        props.generation(next);
        props.save();
    }

    /** A damaged file, with its path and how to recover. */
    static WorkspaceOpenException damaged(Path dir, String what, Throwable cause) {
        return new WorkspaceOpenException(Reason.CORRUPTED, dir, "The workspace file "
                + WorkspaceStore.databaseFile(dir) + " is damaged: " + what + ". It was left as it is. "
                + recovery(dir), cause);
    }

    private static String recovery(Path dir) {
        return "Restore the folder " + dir + " from a backup (nexus.mv.db together with workspace.properties), or"
                + " move the whole folder aside (rename it, keeping its files together for a later rescue) and"
                + " start again to create a new workspace.";
    }

    private static long generation(Connection c) throws SQLException {
        if (!hasTable(c, "workspace_meta")) {
            return 0;
        }
        try (PreparedStatement q = c.prepareStatement("select meta_value from workspace_meta where meta_key = ?")) {
            q.setString(1, GENERATION_KEY);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select count(*) from information_schema.tables"
                + " where table_schema = 'PUBLIC' and lower(table_name) = ?")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
