package com.nexuscrm.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.ApiError;
import com.nexuscrm.protocol.Health;
import com.nexuscrm.protocol.LoginRequest;
import com.nexuscrm.protocol.LoginResponse;
import com.nexuscrm.protocol.PushRequest;
import com.nexuscrm.protocol.PushResponse;
import com.nexuscrm.protocol.UserInfo;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team server's HTTP API (Javalin on Jetty). Stateless: everything it knows is in the database,
 * so several instances can serve one PostgreSQL behind a load balancer. It serves health, login,
 * identity, the push and pull of the sync protocol, and campaign email tracking ({@link TrackingRoutes}).
 */
public final class TeamServer implements AutoCloseable {
    /** The sync schema this server speaks, and the oldest one it still accepts (N and N-1). */
    public static final int SCHEMA_VERSION = 1;
    public static final int OLDEST_SCHEMA_VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(TeamServer.class);
    private static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    /** Mutations a user may push at once, and per minute after that, by default (40 full batches). */
    public static final int PUSH_PER_MINUTE = 20_000;

    private final ServerDatabase db;
    private final Accounts accounts;
    private final Tokens tokens;
    private final LoginGuard logins;
    private final SyncService sync;
    private final ConflictService conflicts;
    private final Clock clock;
    private volatile PushRateLimit pushLimit;
    private final com.nexuscrm.server.campaign.ServerCampaigns campaigns;
    private final Javalin app;

    public TeamServer(ServerDatabase db, Clock clock, Duration tokenLifetime) {
        this(db, clock, tokenLifetime, null);
    }

    /** The key store and password for https; null for plain http. */
    public record Tls(java.nio.file.Path keyStore, char[] password) { }

    private final Tls tls;
    private volatile String listenHost;
    private volatile int listenPort;

    public TeamServer(ServerDatabase db, Clock clock, Duration tokenLifetime, Tls tls) {
        this(db, clock, tokenLifetime, tls, LoginGuard.Policy.defaults());
    }

    /** With the login throttling numbers (tests make them small or large). */
    public TeamServer(ServerDatabase db, Clock clock, Duration tokenLifetime, Tls tls, LoginGuard.Policy loginPolicy) {
        this.tls = tls;
        this.db = db;
        this.accounts = new Accounts(db.dataSource());
        this.tokens = new Tokens(db.dataSource(), clock, tokenLifetime);
        this.logins = new LoginGuard(accounts, clock, loginPolicy);
        ObjectMapper json = Json.mapper();
        this.sync = new SyncService(db.dataSource(), json, clock);
        this.conflicts = new ConflictService(db.dataSource(), json, clock);
        this.clock = clock;
        this.pushLimit = new PushRateLimit(clock, PUSH_PER_MINUTE, PUSH_PER_MINUTE);
        TrackingTokens tracking = new TrackingTokens(db.dataSource());
        this.campaigns = new com.nexuscrm.server.campaign.ServerCampaigns(db.dataSource(), json, clock)
                .tracking((team, base) -> new ServerTrackingLinks(tracking, team, base));
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ApiErrors()));
            config.jetty.modifyServletContextHandler(handler -> {
                handler.setErrorHandler(new ApiErrors());
                handler.addFilter(new org.eclipse.jetty.servlet.FilterHolder(new BodyLimit(MAX_BODY_BYTES)), "/*",
                        java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
            });
            if (tls != null) {
                config.jetty.addConnector((server, http) -> httpsConnector(server, http));
            }
            config.requestLogger.http((ctx, ms) -> LOG.info("request method={} path={} status={} ms={}",
                    ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
        });
        routes();
    }

    private void routes() {
        app.get("/health", this::health);
        app.post("/auth/login", this::login);
        app.get("/auth/me", ctx -> ctx.json(info(principal(ctx))));
        app.post("/sync/push", this::push);
        app.get("/sync/pull", this::pull);
        app.get("/sync/conflicts", ctx -> ctx.json(conflicts.open(principal(ctx))));
        app.post("/sync/conflicts/resolve", ctx -> {
            Principal user = principal(ctx);
            var request = body(ctx, com.nexuscrm.protocol.ResolveRequest.class,
                    "{\"resolutions\":[{\"conflictId\":...,\"value\":...}]}");
            if (request.resolutions() == null) {
                throw new BadRequestResponse("Send {\"resolutions\":[{\"conflictId\":...,\"value\":...}]}.");
            }
            ctx.json(conflicts.resolve(user, request));
        });
        com.nexuscrm.server.campaign.CampaignRoutes.install(app, campaigns, this::principal);
        new TrackingRoutes(db.dataSource(), clock).register(app, this::principal);
        app.exception(SyncService.ResyncRequired.class, (e, ctx) -> error(ctx, 410, "RESYNC_REQUIRED", e.getMessage()));
        app.exception(SyncService.BadPush.class, (e, ctx) -> error(ctx, 400, "BAD_PUSH", e.getMessage()));
        app.exception(SyncService.ReplayMismatch.class, (e, ctx) -> error(ctx, 409, "REPLAY_MISMATCH", e.getMessage()));
        app.exception(JacksonException.class, (e, ctx) -> error(ctx, 400, "MALFORMED_JSON", ApiErrors.malformed(e)));
        app.exception(ValidationException.class, (e, ctx) -> error(ctx, 400, "BAD_REQUEST", "Bad query parameter "
                + String.join(", ", e.getErrors().keySet()) + ": send whole numbers, e.g. /sync/pull?cursor=0&limit=1000."));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), ApiErrors.codeFor(e.getStatus()), e.getMessage()));
        app.exception(Exception.class, this::unexpected);
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, "NOT_FOUND", "No such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    /** A body past the cap (413, connection closed), or a failure of ours: logged with its stack, answered without internals. */
    private void unexpected(Exception e, Context ctx) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyLimit.TooLarge tooLarge) {
                ctx.header("Connection", "close");
                error(ctx, 413, "TOO_LARGE", tooLarge.getMessage());
                return;
            }
            if (t instanceof JacksonException json) {
                error(ctx, 400, "MALFORMED_JSON", ApiErrors.malformed(json));
                return;
            }
        }
        LOG.error("request failed method={} path={}", ctx.method(), ctx.path(), e);
        error(ctx, 500, "SERVER_ERROR", "The team server could not handle this request; it was logged. Try again later.");
    }

    /** The body as {@code type}; a body of JSON {@code null} (which Javalin cannot take) is a 400 naming the shape. */
    private <T> T body(Context ctx, Class<T> type, String shape) {
        if ("null".equals(ctx.body().strip())) {
            throw new BadRequestResponse("Send " + shape + ", not null.");
        }
        return ctx.bodyAsClass(type);
    }

    private void health(Context ctx) {
        boolean up = sync.storeAnswers();
        ctx.status(up ? 200 : 503).json(new Health(up ? "ok" : "degraded", up ? "ok" : "unreachable",
                SCHEMA_VERSION, OLDEST_SCHEMA_VERSION));
    }

    private void login(Context ctx) {
        LoginRequest request = body(ctx, LoginRequest.class, "{\"email\": ..., \"password\": ...}");
        if (request.email() == null || request.password() == null) {
            throw new BadRequestResponse("Send {\"email\": ..., \"password\": ...}.");
        }
        char[] password = request.password().toCharArray();
        if (!Accounts.fitsBcrypt(password)) {
            throw new BadRequestResponse("The password is longer than " + Accounts.MAX_PASSWORD_BYTES
                    + " bytes; no account on this server has such a password.");
        }
        LoginGuard.Outcome outcome = logins.attempt(request.email(), password, ctx.ip());
        if (outcome instanceof LoginGuard.Outcome.Success ok) {
            Tokens.Issued issued = tokens.issue(ok.principal().userId(), ok.tokenGeneration());
            LOG.info("login user={} role={}", ok.principal().userId(), ok.principal().role());
            ctx.json(new LoginResponse(issued.token(), issued.expiresAt(), info(ok.principal())));
        } else if (outcome instanceof LoginGuard.Outcome.Throttled wait) {
            ctx.header("Retry-After", Long.toString(wait.retryAfterSeconds()));
            error(ctx, 429, "TOO_MANY_ATTEMPTS", "Too many failed logins; try again in " + wait.retryAfterSeconds() + " s.");
        } else if (outcome instanceof LoginGuard.Outcome.Locked) {
            error(ctx, 403, "ACCOUNT_LOCKED", "This account is locked after too many failed logins. Ask an"
                    + " administrator to unlock it (nexus server user unlock --email ...).");
        } else {
            throw new UnauthorizedResponse("Unknown email or wrong password.");
        }
    }

    private void push(Context ctx) throws java.sql.SQLException {
        Principal user = principal(ctx);
        PushRequest request = body(ctx, PushRequest.class, "{\"clientId\":..., \"schemaVersion\":..., \"mutations\":[...]}");
        PushRateLimit limit = pushLimit;
        long wait = limit == null ? 0 : limit.take(user.userId(), request.mutations() == null ? 1 : request.mutations().size());
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            error(ctx, 429, "TOO_MANY_REQUESTS", "Too many changes pushed in a short time; try again in " + wait + " s.");
            return;
        }
        if (request != null && (request.schemaVersion() < OLDEST_SCHEMA_VERSION || request.schemaVersion() > SCHEMA_VERSION)) {
            error(ctx, 426, "UPGRADE_REQUIRED", "This server speaks sync schema " + OLDEST_SCHEMA_VERSION + " to "
                    + SCHEMA_VERSION + ", the client " + request.schemaVersion() + ". Update the workstation; its"
                    + " changes stay queued until then.");
            return;
        }
        PushResponse response = sync.push(user, request);
        LOG.info("push user={} mutations={}", user.userId(), response.results().size());
        ctx.json(response);
    }

    private void pull(Context ctx) throws java.sql.SQLException {
        Principal user = principal(ctx);
        long cursor = ctx.queryParamAsClass("cursor", Long.class).getOrDefault(0L);
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(1000);
        ctx.json(sync.pull(user, cursor, limit));
    }

    /** The caller, from a valid bearer token of an active user; 401 otherwise. */
    Principal principal(Context ctx) {
        String header = ctx.header("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : null;
        return tokens.verify(token).flatMap(claims -> accounts.find(claims.userId(), claims.generation())).orElseThrow(() -> new UnauthorizedResponse(
                token == null ? "Log in first: send 'Authorization: Bearer <token>'." : "The token is invalid or has expired; log in again."));
    }

    private static UserInfo info(Principal p) {
        return new UserInfo(p.userId(), p.email(), p.displayName(), p.role().name(), p.teamId());
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(new ApiError(code, message));
    }

    /** Serves https only: the key store's certificate, TLS 1.2 or later. */
    private org.eclipse.jetty.server.Connector httpsConnector(org.eclipse.jetty.server.Server server,
                                                              org.eclipse.jetty.server.HttpConfiguration http) {
        if (!java.nio.file.Files.isReadable(tls.keyStore())) {
            throw new IllegalArgumentException("--keystore: cannot read " + tls.keyStore().toAbsolutePath());
        }
        var ssl = new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keyStore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(new String(tls.password()));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        var secure = new org.eclipse.jetty.server.HttpConfiguration(http);
        secure.addCustomizer(new org.eclipse.jetty.server.SecureRequestCustomizer(false));
        var connector = new org.eclipse.jetty.server.ServerConnector(server, ssl,
                new org.eclipse.jetty.server.HttpConnectionFactory(secure));
        connector.setHost(listenHost);
        connector.setPort(listenPort);
        return connector;
    }

    /**
     * Mutations each user may push per minute on this instance, and at once; 0 turns the limit off (for a
     * benchmark that seeds a store as one user). Set before {@link #start}.
     */
    public TeamServer pushLimit(int perMinute) {
        this.pushLimit = perMinute <= 0 ? null : new PushRateLimit(clock, perMinute, perMinute);
        return this;
    }

    public TeamServer start(String host, int port) {
        listenHost = host;
        listenPort = port;
        app.start(host, port);
        LOG.info("team server listening host={} port={} tls={} db={}", host, port(), tls != null, db.description());
        campaigns.start("nexus-" + host + ":" + port() + "-" + Long.toHexString(System.nanoTime()));
        return this;
    }

    /** The port actually bound (useful when started on port 0). */
    public int port() {
        if (tls == null) {
            return app.port();
        }
        return java.util.Arrays.stream(app.jettyServer().server().getConnectors())
                .filter(c -> c instanceof org.eclipse.jetty.server.ServerConnector)
                .mapToInt(c -> ((org.eclipse.jetty.server.ServerConnector) c).getLocalPort()).max().orElse(-1);
    }

    public Accounts accounts() {
        return accounts;
    }

    public SyncService sync() {
        return sync;
    }

    /** Campaign sending on this instance (set its schedule before {@link #start}). */
    public com.nexuscrm.server.campaign.ServerCampaigns campaigns() {
        return campaigns;
    }

    @Override
    public void close() {
        campaigns.close();
        app.stop();
    }
}
