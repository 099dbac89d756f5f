package com.nexuscrm.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Creating and opening a workspace folder for {@link WorkspaceStore}: the passphrase rules and its check
 * against the verifier, the byte and read-only checks of {@link WorkspaceFile} before H2 may write, the
 * H2 URL, the one-open-per-JVM guard, and H2's errors turned into {@link WorkspaceOpenException}s.
 */
final class WorkspaceOpener {
    private static final int MIN_PASSPHRASE = 8;
    /** H2 shares one database between connections of a JVM, so its file lock only guards other processes. */
    private static final Set<Path> OPEN_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private WorkspaceOpener() { }

    static WorkspaceStore create(Path folder, char[] passphrase, LongSupplier wallClock) {
        Path dir = folder.toAbsolutePath().normalize();
        if (WorkspaceStore.exists(dir)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.ALREADY_EXISTS, dir,
                    "A workspace already exists in " + dir + ". Open it instead, or choose another folder.", null);
        }
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.WEAK_PASSPHRASE, dir,
                    "The passphrase must be at least " + MIN_PASSPHRASE + " characters long.", null);
        }
        try {
            WorkspaceProperties props = WorkspaceProperties.fresh(dir);
            WorkspaceKey key = WorkspaceKey.derive(passphrase, props.salt());
            props.verifier(key.verifier());
            props.save();
            return connect(dir, key, props, false, wallClock);
        } catch (IOException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.OTHER, dir,
                    "Cannot create the workspace in " + dir + ": " + e.getMessage()
                    + ". Check that the folder is writable and the disk is not full.", e);
        }
    }

    static WorkspaceStore open(Path folder, char[] passphrase) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!WorkspaceStore.exists(dir)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.NOT_FOUND, dir,
                    "No workspace in " + dir + ". Create one with 'nexus sample' or start the app to set one up.", null);
        }
        WorkspaceFile.checkBytes(dir);
        WorkspaceProperties props = WorkspaceProperties.load(dir);
        WorkspaceKey key = WorkspaceKey.derive(passphrase, props.salt());
        if (props.verifier().isPresent() && !key.matches(props.verifier().get())) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.WRONG_PASSPHRASE, dir,
                    "Wrong passphrase for the workspace in " + dir + ". Try again; the workspace was not changed.", null);
        }
        return connect(dir, key, props, true, System::currentTimeMillis);
    }

    /** The store of {@code dir} was closed: it may be opened again in this JVM. */
    static void released(Path dir) {
        OPEN_IN_THIS_JVM.remove(dir);
    }

    private static WorkspaceStore connect(Path dir, WorkspaceKey key, WorkspaceProperties props, boolean mustExist,
                                          LongSupplier wallClock) {
        if (!OPEN_IN_THIS_JVM.add(dir)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.LOCKED, dir, "The workspace in " + dir
                    + " is already open in this window. Close it first.", null);
        }
        try {
            return connectUnlocked(dir, key, props, mustExist, wallClock);
        } catch (RuntimeException e) {
            OPEN_IN_THIS_JVM.remove(dir);
            throw e;
        }
    }

    private static WorkspaceStore connectUnlocked(Path dir, WorkspaceKey key, WorkspaceProperties props,
                                                  boolean mustExist, LongSupplier wallClock) {
        // WRITE_DELAY=0: a commit reaches the file before it returns, so a killed process loses nothing committed.
        // MAX_COMPACT_TIME=0: no chunk moving on close. In H2 2.3.232 that compaction, after a few crash
        // recoveries, left the file unopenable ("Double mark", h2database #4123); SyncKillTest reproduced it.
        String url = "jdbc:h2:file:" + dir.resolve(WorkspaceStore.DB_NAME) + ";CIPHER=AES;WRITE_DELAY=0;CACHE_SIZE=262144;MAX_COMPACT_TIME=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        // Without a verifier (a workspace from before verifiers) H2's "wrong password" keeps its plain meaning.
        boolean verified = props.verifier().isPresent();
        if (mustExist) {
            WorkspaceFile.checkReadOnly(dir, url, key.h2Password(), props, verified);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "nexus", key.h2Password());
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            WorkspaceStore store = new WorkspaceStore(dir, pool, key, props, wallClock);
            try {
                props.verifier(key.verifier());
                WorkspaceFile.advance(store, props);
                return store;
            } catch (IOException e) {
                store.closeSessions();
                throw new UncheckedIOException("Cannot update " + dir.resolve(WorkspaceStore.PROPERTIES) + " (" + e.getMessage()
                        + "). Check that the folder is writable and the disk is not full.", e);
            }
        } catch (SQLException e) {
            pool.dispose();
            throw H2Errors.translate(dir, e, verified);
        } catch (RuntimeException e) {
            pool.dispose();
            Throwable root = e;
            while (root.getCause() != null && !(root instanceof SQLException)) {
                root = root.getCause();
            }
            if (root instanceof SQLException sql) {
                throw H2Errors.translate(dir, sql, verified);
            }
            throw e;
        }
    }
}
