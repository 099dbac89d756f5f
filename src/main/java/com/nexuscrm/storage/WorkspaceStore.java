package com.nexuscrm.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.ContactRepository;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.RecordWriter;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Campaign;
import com.nexuscrm.domain.CampaignStep;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.DealScoreStore;
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
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.Touch;
import com.nexuscrm.domain.User;
import com.nexuscrm.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
            ProductUsage.class, Document.class, TeamSetting.class, DealContact.class, DealLineItem.class,
            DealChange.class);
    static final String DB_NAME = "nexus";
    static final String PROPERTIES = WorkspaceProperties.FILE;
    private static final String RECORDINGS_KEY_LABEL = "nexuscrm call recordings v1";
    private static final String DOCUMENTS_KEY_LABEL = "nexuscrm documents v1";
    private static final String SEARCH_KEY_LABEL = "nexuscrm search index v1";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final SessionFactory sessionFactory;
    private final ChangeCapture capture;
    private final Map<Class<?>, RecordRepository<?>> repositories = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final WorkspaceKey key;
    private final WorkspaceProperties props;

    WorkspaceStore(Path folder, JdbcConnectionPool pool, WorkspaceKey key, WorkspaceProperties props,
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
        WorkspaceMove.into(from, to);
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
        return WorkspaceOpener.create(folder, passphrase, wallClock);
    }

    /** Opens an existing workspace. */
    public static WorkspaceStore open(Path folder, char[] passphrase) {
        return WorkspaceOpener.open(folder, passphrase);
    }

    public Path folder() { return folder; }

    /** Runs work in one transaction; any exception rolls everything back and is rethrown. Storage only. */
    <R> R inTransaction(Function<Session, R> work) {
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

    /** Plain JDBC for reads and writes of the non-synced tables. Storage only. */
    <R> R withConnection(SqlFunction<R> work) {
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Local store error in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Runs JDBC work in one transaction on one connection; any failure rolls all of it back. Storage only. */
    void inJdbcTransaction(SqlWork work) {
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

    /** The mapper of the store's change capture and sync rows; outside storage, {@code Json.mapper()} writes the same JSON. */
    ObjectMapper json() { return json; }

    public LeadRepository leads() {
        return (LeadRepository) repositories.computeIfAbsent(Lead.class, c -> new StoredLeads(this));
    }

    @SuppressWarnings("unchecked")
    public <T extends SyncedRecord> RecordRepository<T> repository(Class<T> type) {
        if (type == Lead.class) {
            return (RecordRepository<T>) leads();
        }
        if (type == Activity.class) {
            return (RecordRepository<T>) activities();
        }
        if (type == Deal.class) {
            return (RecordRepository<T>) deals();
        }
        if (type == Account.class) {
            return (RecordRepository<T>) accounts();
        }
        if (type == Contact.class) {
            return (RecordRepository<T>) contacts();
        }
        return (RecordRepository<T>) repositories.computeIfAbsent(type,
                c -> new StoredRecords<>(this, type));
    }

    public AccountRepository accounts() {
        return (AccountRepository) repositories.computeIfAbsent(Account.class, c -> new StoredAccounts(this));
    }

    public ContactRepository contacts() {
        return (ContactRepository) repositories.computeIfAbsent(Contact.class, c -> new StoredContacts(this));
    }

    public ActivityRepository activities() {
        return (ActivityRepository) repositories.computeIfAbsent(Activity.class, c -> new StoredActivities(this));
    }

    public DealRepository deals() {
        return (DealRepository) repositories.computeIfAbsent(Deal.class, c -> new StoredDeals(this));
    }

    /** The models' deal scores, in the narrow local {@code deal_score} table. */
    public DealScoreStore dealScores() { return new StoredDealScores(this); }

    /** The churn model's account scores, in the narrow local {@code account_score} table. */
    public com.nexuscrm.domain.AccountScoreStore accountScores() { return new StoredAccountScores(this); }

    /** The deal features' columns as narrow projections, for predicting every open deal. */
    public com.nexuscrm.domain.DealFeatureReads dealFeatures() { return new StoredDealFeatures(this); }

    /** Saves records of several types in one transaction (one change set in the outbox). */
    public RecordWriter writer() { return new StoredRecordWriter(this); }

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

    /** The 256-bit key for attached documents (and their extracted text) at rest; a sub-key of its own. */
    public byte[] documentsKey() {
        return key.subKey(DOCUMENTS_KEY_LABEL);
    }

    /** The 256-bit key for the search index's snapshot file; a sub-key of its own. */
    public byte[] searchIndexKey() {
        return key.subKey(SEARCH_KEY_LABEL);
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
            WorkspaceOpener.released(folder);
        }
    }

    /** Closes the session factory of a store whose opening failed (the opener disposes of the pool). */
    void closeSessions() {
        sessionFactory.close();
    }
}
