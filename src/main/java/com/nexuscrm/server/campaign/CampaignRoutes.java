package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.Role;
import com.nexuscrm.protocol.ApiError;
import com.nexuscrm.protocol.CampaignHandover;
import com.nexuscrm.server.Principal;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.UUID;
import java.util.function.Function;

/**
 * The campaign endpoints (docs/sync.md, "Campaign hand-over"): {@code POST /campaigns/handover} for any signed-in
 * member of a team, {@code PUT /campaigns/settings} for a manager or admin, and the SMS endpoints ({@link SmsRoutes}).
 * The team is always the token's, never the body's.
 */
public final class CampaignRoutes {
    private CampaignRoutes() { }

    /** What {@code PUT /campaigns/settings} answers (never the passwords). */
    public record Saved(UUID teamId, int dailyLimit, String smtp) { }

    public static void install(Javalin app, ServerCampaigns campaigns, Function<Context, Principal> principal) {
        app.post("/campaigns/handover", ctx -> {
            UUID team = team(principal.apply(ctx));
            CampaignHandover handover = body(ctx, CampaignHandover.class);
            ctx.json(campaigns.intake().take(team, handover));
        });
        app.put("/campaigns/settings", ctx -> {
            Principal user = principal.apply(ctx);
            UUID team = team(user);
            if (user.role() != Role.MANAGER && user.role() != Role.ADMIN) {
                throw new ForbiddenResponse("Only a manager or an administrator sets the team's campaign sending.");
            }
            TeamSending settings = body(ctx, TeamSending.class);
            if (!settings.problems().isEmpty()) {
                throw new BadRequestResponse("The settings were not saved: " + String.join("; ", settings.problems()) + ".");
            }
            settings.save(campaigns.dataSource(), campaigns.json(), team, user.userId(), campaigns.clock());
            ctx.json(new Saved(team, settings.dailyLimit(), settings.email().smtp().toString()));
        });
        SmsRoutes.install(app, campaigns, principal);
        app.exception(HandoverChecks.Refused.class, (e, ctx) -> ctx.status(e.status()).json(new ApiError(
                e.status() == 400 ? "BAD_HANDOVER" : e.status() == 403 ? "FORBIDDEN" : "TOO_LARGE", e.getMessage())));
    }

    private static UUID team(Principal user) {
        if (user.teamId() == null) {
            throw new ForbiddenResponse("Your account belongs to no team; campaigns are handed over to a team.");
        }
        return user.teamId();
    }

    private static <T> T body(Context ctx, Class<T> type) {
        if ("null".equals(ctx.body().strip())) {
            throw new BadRequestResponse("Send a JSON object, not null (see docs/sync.md, \"Campaign hand-over\").");
        }
        return ctx.bodyAsClass(type);
    }
}
