package com.nexuscrm.server;

import com.nexuscrm.protocol.EngagementEvent;
import com.nexuscrm.protocol.EngagementResponse;
import com.nexuscrm.protocol.TrackingLinksRequest;
import com.nexuscrm.protocol.TrackingLinksResponse;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Open and click tracking of campaign emails (issue 17, part 4). Authenticated: {@code POST /tracking/links} signs a
 * touch's pixel and click links for the caller's team, {@code GET /tracking/engagement?since=N} returns the caller's
 * team's counts after cursor N. Public (recipients' mail clients call them): {@code GET /t/o/{token}} answers a 1x1 GIF
 * and counts an open, {@code GET /t/c/{token}} counts a click and redirects to the URL inside the signed token and
 * nowhere else. A token that is too long, altered, forged or of the other kind is 404 with nothing stored; an address
 * past {@link #PER_ADDRESS_PER_MINUTE} hits a minute is 429 with nothing stored.
 */
final class TrackingRoutes {
    /**
     * Public hits one address may make per minute on one instance (and at once). The address is the connection's: behind a
     * reverse proxy, the proxy's, so every recipient shares it; 600 a minute is 36,000 opens and clicks an hour.
     */
    static final int PER_ADDRESS_PER_MINUTE = 600;
    /** The most links one email may have tracked. */
    static final int MAX_LINKS = 100;
    private static final int MAX_PAGE = 1000;
    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final TrackingTokens tokens;
    private final TrackingStore store;
    private final Clock clock;
    private final PushRateLimit perAddress;

    TrackingRoutes(DataSource db, Clock clock) {
        this.tokens = new TrackingTokens(db);
        this.store = new TrackingStore(db);
        this.clock = clock;
        this.perAddress = new PushRateLimit(clock, PER_ADDRESS_PER_MINUTE, PER_ADDRESS_PER_MINUTE);
    }

    /** Adds the routes; {@code principal} is the server's bearer-token check (401 without a valid one). */
    void register(Javalin app, Function<Context, Principal> principal) {
        app.post("/tracking/links", ctx -> links(ctx, principal.apply(ctx)));
        app.get("/tracking/engagement", ctx -> engagement(ctx, principal.apply(ctx)));
        app.get("/t/o/{token}", ctx -> {
            hit(ctx, TrackingTokens.Kind.OPEN);
            ctx.header("Cache-Control", "no-store").contentType("image/gif").result(PIXEL);
        });
        app.get("/t/c/{token}", ctx -> {
            TrackingTokens.Claim claim = hit(ctx, TrackingTokens.Kind.CLICK);
            ctx.header("Cache-Control", "no-store").redirect(claim.url());
        });
    }

    private void links(Context ctx, Principal user) {
        if (user.teamId() == null) {
            throw new ForbiddenResponse("Your account belongs to no team; tracking links are signed for a team.");
        }
        String raw = ctx.body().strip();
        TrackingLinksRequest request = "null".equals(raw) ? null : ctx.bodyAsClass(TrackingLinksRequest.class);
        if (request == null || request.touchId() == null) {
            throw new BadRequestResponse("Send {\"touchId\": \"<uuid>\", \"urls\": [\"https://...\"]}.");
        }
        List<String> urls = request.urls() == null ? List.of() : request.urls();
        if (urls.size() > MAX_LINKS) {
            throw new BadRequestResponse("urls: " + urls.size() + " links; at most " + MAX_LINKS + " are tracked per email.");
        }
        List<String> clicks = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            String problem = TrackingTokens.urlProblem(urls.get(i));
            if (problem != null) {
                throw new BadRequestResponse("urls[" + i + "]: " + problem + ".");
            }
            clicks.add("/t/c/" + tokens.sign(new TrackingTokens.Claim(user.teamId(), request.touchId(),
                    TrackingTokens.Kind.CLICK, urls.get(i))));
        }
        String open = "/t/o/" + tokens.sign(new TrackingTokens.Claim(user.teamId(), request.touchId(),
                TrackingTokens.Kind.OPEN, null));
        ctx.json(new TrackingLinksResponse(open, clicks));
    }

    private void engagement(Context ctx, Principal user) throws SQLException {
        long since = ctx.queryParamAsClass("since", Long.class).getOrDefault(0L);
        int limit = Math.max(1, Math.min(MAX_PAGE, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(MAX_PAGE)));
        if (user.teamId() == null) {
            ctx.json(new EngagementResponse(List.of(), since, false));
            return;
        }
        List<EngagementEvent> events = store.since(user.teamId(), since, limit);
        long next = events.isEmpty() ? since : events.get(events.size() - 1).seq();
        ctx.json(new EngagementResponse(events, next, events.size() == limit));
    }

    /** The claim of a valid token of this kind, counted; 429 or 404 with nothing stored otherwise. */
    private TrackingTokens.Claim hit(Context ctx, TrackingTokens.Kind kind) throws SQLException {
        long wait = perAddress.take(ctx.ip(), 1);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new io.javalin.http.TooManyRequestsResponse("Too many requests from this address; try again in " + wait + " s.");
        }
        TrackingTokens.Claim claim = tokens.verify(kind, ctx.pathParam("token"))
                .orElseThrow(() -> new NotFoundResponse("No such tracking link."));
        try {
            store.record(claim, clock.instant());
        } catch (SQLException e) {
            if ("23503".equals(e.getSQLState())) {
                throw new NotFoundResponse("No such tracking link."); // the team was removed since the link was signed
            }
            throw e;
        }
        return claim;
    }
}
