package com.nexuscrm.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Campaign;
import com.nexuscrm.domain.CampaignStep;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Document;
import com.nexuscrm.domain.Enrollment;
import com.nexuscrm.domain.Hlc;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.Touch;
import com.nexuscrm.domain.User;
import com.nexuscrm.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * The encrypted local store of one workspace folder: an H2 file database with {@code CIPHER=AES},
 * migrated by Flyway and mapped by Hibernate. Opening never creates, overwrites or deletes anything in an
 * existing workspace; every failure is a {@link WorkspaceOpenException} that says what to do. An empty,
 * foreign or damaged database file is reported as such before H2 may write to it ({@link WorkspaceFile}),
 * and a wrong passphrase is told apart by the verifier in {@code workspace.properties} ({@link WorkspaceKey}).
 */
public final class WorkspaceStore implements AutoCloseable {
    public static final List<Class<? extends SyncedRecord>> ENTITIES = List.of(Team.class, User.class,
            Account.class, Contact.class, Lead.class, Deal.class, Activity.class, CallRecording.class,
            Campaign.class, CampaignStep.class, Enrollment.class, Touch.class, SupportTicket.class,
            ProductUsage.class, Document.class);
    static final String DB_NAME = "nexus";
    static final String PROPERTIES = WorkspaceProperties.FILE;
    private static final String RECORDINGS_KEY_LABEL = "nexuscrm call recordings v1";
    private static final int MIN_PASSPHRASE = 8;
    /** H2 shares one database between connections of a JVM, so its file lock only guards other processes. */
    private static final Set<Path> OPEN_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final SessionFactory sessionFactory;
    private final ChangeCapture capture;
    private final Map<Class<?>, RecordRepository<?>> repositories = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final WorkspaceKey key;
    private final WorkspaceProperties props;

    private WorkspaceStore(Path folder, JdbcConnectionPool pool, WorkspaceKey key, WorkspaceProperties props,
                           LongSupplier wallClock) {
        this.folder = folder;
        this.pool = pool;
        this.key = key;
        this.props = props;
        this.json = Json.mapper();
        this.capture = new ChangeCapture(new Hlc(wallClock), json);
        Flyway.configure().dataSource(pool).locations("classpath:db/local").load().migrate();
        this.sessionFactory = SessionFactories.build(pool, capture);
    }

    /** True when the folder holds a workspace database. */
    public static boolean exists(Path folder) {
        return Files.exists(databaseFile(folder));
    }

    public static Path databaseFile(Path folder) {
        return folder.resolve(DB_NAME + ".mv.db");
    }

    /**
     * Moves a complete, closed workspace from {@code from} into {@code to}; the database file moves last,
     * so {@code to} counts as a workspace only once everything is there.
     */
    public static void moveInto(Path from, Path to) throws IOException {
        if (exists(to)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.ALREADY_EXISTS, to,
                    "A workspace already exists in " + to + "; it was left untouched.", null);
        }
        Files.createDirectories(to);
        // Files the workspace keeps beside its database (call recordings) go first; the database moves last.
        try (var entries = Files.list(from)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!name.equals(PROPERTIES) && !name.startsWith(DB_NAME + ".")) {
                    Files.move(entry, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.move(from.resolve(PROPERTIES), to.resolve(PROPERTIES), StandardCopyOption.REPLACE_EXISTING);
        Files.move(databaseFile(from), databaseFile(to), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Creates a new, empty workspace. Refuses if the folder already holds one. */
    public static WorkspaceStore create(Path folder, char[] passphrase) {
        return create(folder, passphrase, System::currentTimeMillis);
    }

    /**
     * Creates a new, empty workspace whose change stamps (HLC) read {@code wallClock}: the fault tests
     * use it for a workstation whose clock is days off.
     */
    public static WorkspaceStore create(Path folder, char[] passphrase, LongSupplier wallClock) {
        Path dir = folder.toAbsolutePath().normalize();
        if (exists(dir)) {
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

    /** Opens an existing workspace. */
    public static WorkspaceStore open(Path folder, char[] passphrase) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!exists(dir)) {
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
        String url = "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";CIPHER=AES;WRITE_DELAY=0;CACHE_SIZE=262144;MAX_COMPACT_TIME=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
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
                store.sessionFactory.close();
                throw new UncheckedIOException("Cannot update " + dir.resolve(PROPERTIES) + " (" + e.getMessage()
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

    public Path folder() { return folder; }

    /** Runs work in one transaction; any exception rolls everything back and is rethrown. */
    public <R> R inTransaction(Function<Session, R> work) {
        try (Session session = sessionFactory.openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                R result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }

    /** Runs work with change capture off: for data from the team server, or the sample seeder. */
    public <R> R withoutCapture(Supplier<R> work) {
        return capture.suspended(work);
    }

    /** Plain JDBC for reads and writes of the non-synced tables. */
    public <R> R withConnection(SqlFunction<R> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Local store error in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Runs JDBC work in one transaction on one connection; any failure rolls all of it back. */
    public void inJdbcTransaction(SqlWork work) {
        withConnection(c -> {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
                return null;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /** JDBC work without a result. */
    @FunctionalInterface
    public interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** A JDBC callback. */
    @FunctionalInterface
    public interface SqlFunction<R> {
        R apply(Connection connection) throws SQLException;
    }

    public ObjectMapper json() { return json; }

    public LeadRepository leads() {
        return (LeadRepository) repositories.computeIfAbsent(Lead.class, c -> new StoredLeads(this));
    }

    @SuppressWarnings("unchecked")
    public <T extends SyncedRecord> RecordRepository<T> repository(Class<T> type) {
        if (type == Lead.class) {
            return (RecordRepository<T>) leads();
        }
        return (RecordRepository<T>) repositories.computeIfAbsent(type,
                c -> new StoredRecords<>(this, type));
    }

    public WorkspaceMeta meta() { return new WorkspaceMeta(this); }

    public com.nexuscrm.domain.LeadScoreStore leadScores() { return new StoredLeadScores(this); }

    public Outbox outbox() { return new Outbox(this); }

    /**
     * The 256-bit key for call recordings at rest, derived from the passphrase this store was opened with
     * (a sub-key of its own, so it reveals nothing of H2's passwords). A fresh copy each call.
     */
    public byte[] recordingsKey() {
        return key.subKey(RECORDINGS_KEY_LABEL);
    }

    @Override
    public void close() {
        try {
            try {
                WorkspaceFile.advance(this, props);
            } catch (IOException | RuntimeException e) {
                // Closing goes on: the next open checks against the generation recorded at this open.
            }
            sessionFactory.close();
            pool.dispose();
        } finally {
            OPEN_IN_THIS_JVM.remove(folder);
        }
    }
}
