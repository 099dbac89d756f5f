package com.nexuscrm.cli;

import com.nexuscrm.usecase.Passphrases;
import com.nexuscrm.usecase.WorkspaceLocator;

import com.nexuscrm.domain.Role;
import com.nexuscrm.server.Accounts;
import com.nexuscrm.server.ServerDatabase;
import com.nexuscrm.server.TeamServer;
import com.nexuscrm.server.Tokens;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nexus server}: runs the team server until stopped; {@code nexus server user add} creates users. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run the team server (default store: an H2 file; PostgreSQL with --db).",
        subcommands = {ServerCommand.UserCommand.class, ServerCommand.RotateKey.class})
final class ServerCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8470;

    @Option(names = "--db", description = "JDBC URL, e.g. jdbc:postgresql://host:5432/crm?user=crm (default: H2 file under --data)")
    String db;

    @Option(names = "--data", description = "Folder of the default H2 store (default: ${DEFAULT-VALUE})")
    Path data = WorkspaceLocator.defaultFolder().resolveSibling("team-server");

    @Option(names = "--db-key-file", description = "File holding the key of the encrypted default H2 store (must be"
            + " owner-only); else NEXUS_SERVER_DB_KEY, else team-server.key under --data (made on first start)")
    Path dbKeyFile;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "" + DEFAULT_PORT, description = "Port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--token-hours", defaultValue = "12", description = "Login token lifetime in hours, 1 to 168"
            + " (default ${DEFAULT-VALUE})")
    int tokenHours;

    @Option(names = "--keystore", description = "PKCS12 or JKS key store with the server certificate: serve https"
            + " (password from NEXUS_KEYSTORE_PASSWORD or a prompt)")
    Path keyStore;

    @Option(names = "--push-per-minute", defaultValue = "" + TeamServer.PUSH_PER_MINUTE,
            description = "Changes each user may push at once and per minute after that (default ${DEFAULT-VALUE}; 0: no limit)")
    int pushPerMinute;

    @Option(names = "--tombstone-days", defaultValue = "180", description = "Keep deletions this many days"
            + " (default ${DEFAULT-VALUE}); older workstations take a fresh snapshot")
    int tombstoneDays;

    @Option(names = "--campaign-scheduler", defaultValue = "true", negatable = true, description = "Run the campaign"
            + " scheduler on this instance (default on; --no-campaign-scheduler: this instance only takes hand-overs)")
    boolean campaignScheduler;

    @Option(names = "--campaign-every-seconds", defaultValue = "60", description = "How often the campaign scheduler"
            + " runs, 5 to 3600 seconds (default ${DEFAULT-VALUE})")
    int campaignEverySeconds;

    /** The store a server command works on: {@code --db} if given, else the default H2 file under {@code --data}. */
    static String url(String db, Path data) {
        return db != null ? db : ServerDatabase.defaultUrl(data);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (tokenHours < 1 || tokenHours > Tokens.MAX_LIFETIME.toHours()) {
            throw new IllegalArgumentException("--token-hours: " + tokenHours + " is not allowed; give 1 to "
                    + Tokens.MAX_LIFETIME.toHours() + " hours (tokens live 7 days at most)");
        }
        TeamServer.Tls tls = keyStore == null ? null
                : new TeamServer.Tls(keyStore, Passphrases.secret("NEXUS_KEYSTORE_PASSWORD", "Key store password: "));
        if (campaignEverySeconds < 5 || campaignEverySeconds > 3600) {
            throw new IllegalArgumentException("--campaign-every-seconds: " + campaignEverySeconds + " is not allowed;"
                    + " give 5 to 3600 seconds");
        }
        ServerDatabase database = ServerDatabase.open(url(db, data), dbKeyFile);
        TeamServer server = new TeamServer(database, Clock.systemUTC(), Duration.ofHours(tokenHours), tls)
                .pushLimit(pushPerMinute);
        server.campaigns().scheduling(campaignScheduler).every(Duration.ofSeconds(campaignEverySeconds),
                Duration.ofSeconds(Math.max(5, campaignEverySeconds / 2)));
        server.start(host, port);
        System.out.printf("team server on %s://%s:%d (store: %s); Ctrl+C stops it%n", tls == null ? "http" : "https",
                host, server.port(), database.description());
        ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor();
        purge.scheduleAtFixedRate(() -> {
            try {
                server.sync().purgeTombstones(Duration.ofDays(tombstoneDays));
            } catch (Exception e) { // SQLException or RuntimeException: the next day's purge tries again
                LoggerFactory.getLogger(ServerCommand.class).warn("tombstone purge failed: {}", e.getMessage());
            }
        }, 0, 1, TimeUnit.DAYS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            purge.shutdownNow();
            server.close();
            database.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /** Which server store an admin command works on. */
    static final class StoreOptions {
        @Option(names = "--db", description = "JDBC URL of the server store (default: the H2 file of 'nexus server')")
        String db;

        @Option(names = "--data", description = "Folder of the default H2 store")
        Path data = WorkspaceLocator.defaultFolder().resolveSibling("team-server");

        @Option(names = "--db-key-file", description = "Key file of the encrypted default H2 store (else"
                + " NEXUS_SERVER_DB_KEY, else team-server.key under --data)")
        Path dbKeyFile;

        ServerDatabase open() {
            return ServerDatabase.open(url(db, data), dbKeyFile);
        }
    }

    /**
     * An admin command on the server store, with no server running: opens the store named by the
     * {@link StoreOptions}, does its work and prints what it did, closes the store, exits 0. A failure
     * is an exception, which the command line reports (exit code 1).
     */
    abstract static class StoreCommand implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            try (ServerDatabase database = store.open()) {
                run(database);
            }
            return 0;
        }

        abstract void run(ServerDatabase database);
    }

    /** A {@code nexus server user} command: works on the user {@code --email} names, through {@link Accounts}. */
    abstract static class UserStoreCommand extends StoreCommand {
        @Option(names = "--email", required = true)
        String email;

        @Override
        final void run(ServerDatabase database) {
            run(new Accounts(database.dataSource()));
        }

        abstract void run(Accounts accounts);
    }

    /** {@code nexus server user ...}. */
    @Command(name = "user", mixinStandardHelpOptions = true, description = "Manage team server users.",
            subcommands = {AddUser.class, MoveUser.class, UnlockUser.class, DeactivateUser.class, UserPassword.class})
    static final class UserCommand { }

    /** {@code nexus server user add}: the password comes from NEXUS_NEW_PASSWORD or a console prompt. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user (creates the team if it is new).")
    static final class AddUser extends UserStoreCommand {
        @Option(names = "--name", required = true, description = "Display name")
        String name;

        @Option(names = "--role", required = true, description = "rep, manager or admin")
        String role;

        @Option(names = "--team", description = "Team name (created if new)")
        String team;

        private Role parsed;
        private char[] password;

        @Override
        public Integer call() { // the role and password are checked and read before the store is opened
            parsed = parseRole(role);
            password = Passphrases.secret("NEXUS_NEW_PASSWORD", "Password for the new user: ");
            return super.call();
        }

        @Override
        void run(Accounts accounts) {
            var id = accounts.addUser(email, name, parsed, team, password);
            System.out.printf("added %s %s (%s)%s%n", parsed.name().toLowerCase(Locale.ROOT), email, id,
                    team == null ? "" : " to team " + team);
        }

        private static Role parseRole(String text) {
            try {
                return Role.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("role: '" + text + "' is not one of rep, manager, admin", e);
            }
        }
    }

    /** {@code nexus server user move}: a new team; the user's workstations re-snapshot at their next sync. */
    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Move a user to another team (created if new); their tokens are revoked.")
    static final class MoveUser extends UserStoreCommand {
        @Option(names = "--team", required = true, description = "Team name (created if new)")
        String team;

        @Override
        void run(Accounts accounts) {
            accounts.moveUser(email, team);
            System.out.printf("moved %s to team %s; they log in again and their workstations re-snapshot at the next"
                    + " sync%n", email, team);
        }
    }

    /** {@code nexus server user unlock}: lifts the lockout after too many failed logins. */
    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Unlock a user locked out after too many failed logins (clears the failure count).")
    static final class UnlockUser extends UserStoreCommand {
        @Override
        void run(Accounts accounts) {
            boolean wasLocked = accounts.unlock(email);
            System.out.printf(wasLocked ? "unlocked %s; they can log in again%n"
                    : "%s was not locked; its failed-login count is cleared%n", email);
        }
    }

    /** {@code nexus server user deactivate}: no more logins, tokens refused at once. */
    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Deactivate a user: no more logins, and their tokens are refused at once.")
    static final class DeactivateUser extends UserStoreCommand {
        @Override
        void run(Accounts accounts) {
            accounts.deactivate(email);
            System.out.printf("deactivated %s; their tokens are refused from now on%n", email);
        }
    }

    /** {@code nexus server user password}: the new password comes from NEXUS_NEW_PASSWORD or a console prompt. */
    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a user's password (from NEXUS_NEW_PASSWORD or a prompt); their tokens are revoked"
                    + " and a lockout is lifted.")
    static final class UserPassword extends UserStoreCommand {
        private char[] password;

        @Override
        public Integer call() { // the password is read before the store is opened
            password = Passphrases.secret("NEXUS_NEW_PASSWORD", "New password: ");
            return super.call();
        }

        @Override
        void run(Accounts accounts) {
            accounts.changePassword(email, password);
            System.out.printf("changed the password of %s; they log in again with it%n", email);
        }
    }

    /** {@code nexus server rotate-key}: a new token signing key; every token issued so far is refused. */
    @Command(name = "rotate-key", mixinStandardHelpOptions = true,
            description = "Replace the token signing key: every running instance refuses all earlier tokens,"
                    + " and everyone logs in again.")
    static final class RotateKey extends StoreCommand {
        @Override
        void run(ServerDatabase database) {
            Tokens.rotateKey(database.dataSource());
            System.out.println("replaced the token key; all earlier tokens are refused, users log in again");
        }
    }
}
