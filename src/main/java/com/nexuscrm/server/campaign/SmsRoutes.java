package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.Role;
import com.nexuscrm.server.Principal;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The team server's SMS endpoints. {@code GET /campaigns/sms} (a manager or admin): the team's gateway as set by
 * {@code PUT /campaigns/settings} without its auth token, and the path of the team's inbound webhook, to paste into the
 * gateway's console. {@code POST /campaigns/sms/inbound/{token}} (public: the gateway calls it, no session): a
 * form-encoded Twilio-style inbound text ({@code From}, {@code Body}, {@code MessageSid}), taken only when its
 * {@code X-Twilio-Signature} is the team's auth token's signature of the URL and parameters ({@link GatewaySignature}); an
 * unknown token, a forged or missing signature, a body over {@value #MAX_BODY} bytes or missing fields are refused with
 * nothing stored, a replayed sid is answered 200 and changes nothing ({@link SmsInbound}).
 */
final class SmsRoutes {
    static final int MAX_BODY = 16 * 1024;
    static final String INBOUND = "/campaigns/sms/inbound/";
    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    /** What {@code GET /campaigns/sms} answers (never the auth token). */
    record SmsSetup(boolean configured, String baseUrl, String accountId, String senderNumber, String webhookPath) { }

    private SmsRoutes() { }

    static void install(Javalin app, ServerCampaigns campaigns, Function<Context, Principal> principal) {
        SmsInbound inbound = new SmsInbound(campaigns);
        app.get("/campaigns/sms", ctx -> {
            Principal user = principal.apply(ctx);
            if (user.teamId() == null || user.role() != Role.MANAGER && user.role() != Role.ADMIN) {
                throw new ForbiddenResponse("Only a team's manager or administrator sees its SMS gateway settings.");
            }
            TeamSms sms = TeamSending.load(campaigns.dataSource(), campaigns.json(), user.teamId())
                    .map(TeamSending::sms).orElse(null);
            ctx.json(sms == null ? new SmsSetup(false, null, null, null, null) : new SmsSetup(true, sms.baseUrl(),
                    sms.accountId(), sms.senderNumber(), INBOUND + inbound.token(user.teamId())));
        });
        app.post(INBOUND + "{token}", ctx -> inbound(ctx, campaigns, inbound));
    }

    private static void inbound(Context ctx, ServerCampaigns campaigns, SmsInbound inbound) throws IOException {
        UUID team = inbound.team(ctx.pathParam("token")).orElseThrow(() -> new NotFoundResponse("No such SMS webhook."));
        TeamSending sending = TeamSending.load(campaigns.dataSource(), campaigns.json(), team).orElse(null);
        if (sending == null || sending.sms() == null) {
            throw new NotFoundResponse("No such SMS webhook.");
        }
        List<Map.Entry<String, String>> params = form(body(ctx));
        if (!GatewaySignature.valid(sending.sms().authToken().strip(), urls(ctx, sending), params,
                ctx.header(GatewaySignature.HEADER))) {
            throw new ForbiddenResponse("The request's " + GatewaySignature.HEADER + " is missing or is not the SMS gateway's"
                    + " signature of this URL and its parameters with the team's auth token; nothing was stored.");
        }
        String sid = one(params, "MessageSid");
        String from = one(params, "From");
        String text = one(params, "Body");
        if (sid == null || !SID.matcher(sid).matches()) {
            throw new BadRequestResponse("MessageSid: the gateway's message sid (letters and digits) is needed; nothing was stored.");
        }
        if (from == null || from.isBlank() || from.length() > 40) {
            throw new BadRequestResponse("From: the sender's number (at most 40 characters) is needed; nothing was stored.");
        }
        inbound.take(team, sid, from, text == null ? "" : text);
        ctx.contentType("text/xml; charset=UTF-8").result(EMPTY_TWIML);
    }

    /** The body, refused past {@link #MAX_BODY} bytes without reading more than that. */
    private static String body(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > MAX_BODY) {
            ctx.header("Connection", "close");
            throw new ContentTooLargeResponse("An inbound text is at most " + MAX_BODY + " bytes; nothing was stored.");
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            ctx.header("Connection", "close");
            throw new ContentTooLargeResponse("An inbound text is at most " + MAX_BODY + " bytes; nothing was stored.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The URLs the gateway may have signed: this request's as the server sees it, and at the team's public address. */
    private static Set<String> urls(Context ctx, TeamSending sending) {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        Set<String> urls = new LinkedHashSet<>();
        urls.add(ctx.url() + query);
        if (sending.tracked()) {
            String base = sending.trackingUrl().strip();
            urls.add((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + ctx.path() + query);
        }
        return urls;
    }

    private static List<Map.Entry<String, String>> form(String body) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("The body is not form-encoded (application/x-www-form-urlencoded); nothing was stored.");
            }
        }
        return params;
    }

    private static String one(List<Map.Entry<String, String>> params, String name) {
        return params.stream().filter(p -> p.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
