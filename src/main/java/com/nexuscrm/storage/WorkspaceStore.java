package com.nexuscrm.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * The encrypted local store of one workspace folder: an H2 file database with {@code CIPHER=AES},
 * migrated by Flyway and mapped by Hibernate. Opening never creates, overwrites or deletes anything in an
 * existing workspace; every failure is a {@link WorkspaceOpenException} that says what to do.
 */
public final class WorkspaceStore implements AutoCloseable {
    public static final List<Class<? extends SyncedRecord>> ENTITIES = List.of(Team.class, User.class,
            Account.class, Contact.class, Lead.class, Deal.class, Activity.class, CallRecording.class,
            Campaign.class, CampaignStep.class, Enrollment.class, Touch.class, SupportTicket.class,
            ProductUsage.class, Document.class);
    static final String DB_NAME = "nexus";
    static final String PROPERTIES = "workspace.properties";
    private static final int MIN_PASSPHRASE = 8;
    /** H2 shares one database between connections of a JVM, so its file lock only guards other processes. */
    private static final Set<Path> OPEN_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final SessionFactory sessionFactory;
    private final ChangeCapture capture;
    private final Map<Class<?>, RecordRepository<?>> repositories = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    private WorkspaceStore(Path folder, JdbcConnectionPool pool, LongSupplier wallClock) {
        this.folder = folder;
        this.pool = pool;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.capture = new ChangeCapture(new Hlc(wallClock), json);
        Flyway.configure().dataSource(pool).locations("classpath:db/local").load().migrate();
        this.sessionFactory = buildSessionFactory(pool, capture);
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
            Files.createDirectories(dir);
            Properties props = new Properties();
            props.setProperty("format", "1");
            props.setProperty("salt", WorkspaceKey.newSalt());
            try (Writer out = Files.newBufferedWriter(dir.resolve(PROPERTIES))) {
                props.store(out, "NexusCRM workspace: the salt is not secret, but without it the data cannot be read");
            }
            return connect(dir, passphrase, props, false, wallClock);
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
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(PROPERTIES))) {
            props.load(in);
        } catch (IOException e) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.CORRUPTED, dir,
                    "Cannot read " + dir.resolve(PROPERTIES) + " (" + e.getMessage() + "). It holds the key salt;"
                    + " restore it from a backup of the workspace folder. Nothing was changed.", e);
        }
        return connect(dir, passphrase, props, true, System::currentTimeMillis);
    }

    private static WorkspaceStore connect(Path dir, char[] passphrase, Properties props, boolean mustExist,
                                          LongSupplier wallClock) {
        if (!OPEN_IN_THIS_JVM.add(dir)) {
            throw new WorkspaceOpenException(WorkspaceOpenException.Reason.LOCKED, dir, "The workspace in " + dir
                    + " is already open in this window. Close it first.", null);
        }
        try {
            return connectUnlocked(dir, passphrase, props, mustExist, wallClock);
        } catch (RuntimeException e) {
            OPEN_IN_THIS_JVM.remove(dir);
            throw e;
        }
    }

    private static WorkspaceStore connectUnlocked(Path dir, char[] passphrase, Properties props, boolean mustExist,
                                                  LongSupplier wallClock) {
        // WRITE_DELAY=0: a commit reaches the file before it returns, so a killed process loses nothing committed.
        // MAX_COMPACT_TIME=0: no chunk moving on close. In H2 2.3.232 that compaction, after a few crash
        // recoveries, left the file unopenable ("Double mark", h2database #4123); SyncKillTest reproduced it.
        String url = "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";CIPHER=AES;WRITE_DELAY=0;CACHE_SIZE=262144;MAX_COMPACT_TIME=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "nexus",
                WorkspaceKey.h2Password(passphrase, props.getProperty("salt", "")));
        try {
            try (Connection probe = pool.getConnection()) {
                probe.isValid(1);
            }
            return new WorkspaceStore(dir, pool, wallClock);
        } catch (SQLException e) {
            pool.dispose();
            throw H2Errors.translate(dir, e);
        } catch (RuntimeException e) {
            pool.dispose();
            Throwable root = e;
            while (root.getCause() != null && !(root instanceof SQLException)) {
                root = root.getCause();
            }
            if (root instanceof SQLException sql) {
                throw H2Errors.translate(dir, sql);
            }
            throw e;
        }
    }

    private static SessionFactory buildSessionFactory(JdbcConnectionPool pool, ChangeCapture capture) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .applySetting(AvailableSettings.DIALECT, "org.hibernate.dialect.H2Dialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "500")
                .applySetting(AvailableSettings.ORDER_INSERTS, "true")
                .applySetting(AvailableSettings.ORDER_UPDATES, "true")
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new CamelCaseToUnderscoresNamingStrategy())
                .build();
        MetadataSources sources = new MetadataSources(registry);
        ENTITIES.forEach(sources::addAnnotatedClass);
        SessionFactory factory = sources.buildMetadata().buildSessionFactory();
        EventListenerRegistry listeners = factory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.PRE_INSERT, capture);
        listeners.appendListeners(EventType.PRE_UPDATE, capture);
        listeners.appendListeners(EventType.POST_INSERT, capture);
        listeners.appendListeners(EventType.POST_UPDATE, capture);
        listeners.appendListeners(EventType.PRE_DELETE, capture);
        return factory;
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
        return (LeadRepository) repositories.computeIfAbsent(Lead.class, c -> new HibernateLeadRepository(this));
    }

    @SuppressWarnings("unchecked")
    public <T extends SyncedRecord> RecordRepository<T> repository(Class<T> type) {
        if (type == Lead.class) {
            return (RecordRepository<T>) leads();
        }
        return (RecordRepository<T>) repositories.computeIfAbsent(type,
                c -> new HibernateRecordRepository<>(this, type));
    }

    public WorkspaceMeta meta() { return new WorkspaceMeta(this); }

    public com.nexuscrm.domain.LeadScoreStore leadScores() { return new JdbcLeadScoreStore(this); }

    public Outbox outbox() { return new Outbox(this); }

    @Override
    public void close() {
        try {
            sessionFactory.close();
            pool.dispose();
        } finally {
            OPEN_IN_THIS_JVM.remove(folder);
        }
    }
}
