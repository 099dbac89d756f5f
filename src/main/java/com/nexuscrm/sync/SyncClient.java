package com.nexuscrm.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.protocol.ConflictsResponse;
import com.nexuscrm.protocol.EngagementResponse;
import com.nexuscrm.protocol.LoginRequest;
import com.nexuscrm.protocol.LoginResponse;
import com.nexuscrm.protocol.PullResponse;
import com.nexuscrm.protocol.PushRequest;
import com.nexuscrm.protocol.PushResponse;
import com.nexuscrm.protocol.ResolveRequest;
import com.nexuscrm.protocol.ResolveResponse;
import com.nexuscrm.protocol.TrackingLinksRequest;
import com.nexuscrm.protocol.TrackingLinksResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** The team server's HTTP API as the workstation uses it. Every failure is a {@link SyncException}. */
public final class SyncClient {
    private final HttpClient http;
    private final URI server;
    private final ObjectMapper json;
    private volatile String token;

    /** A client that trusts the JVM's trust store (add a team CA with -Djavax.net.ssl.trustStore). */
    public SyncClient(URI server, ObjectMapper json) {
        this(server, json, null);
    }

    /** A client for an https server whose certificate the given context trusts. */
    public SyncClient(URI server, ObjectMapper json, SSLContext tls) {
        this.server = server;
        this.json = json;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        this.http = (tls == null ? builder : builder.sslContext(tls)).build();
    }

    public URI server() {
        return server;
    }

    public String token() {
        return token;
    }

    /** Uses a token from an earlier login (kept in the workspace). */
    public void useToken(String token) {
        this.token = token;
    }

    public LoginResponse login(String email, char[] password) {
        LoginResponse response = call(post("/auth/login", new LoginRequest(email, new String(password))), LoginResponse.class);
        token = response.token();
        return response;
    }

    public PushResponse push(PushRequest request) {
        return call(post("/sync/push", request), PushResponse.class);
    }

    public PullResponse pull(long cursor, int limit) {
        return call(authorized(HttpRequest.newBuilder(server.resolve("/sync/pull?cursor=" + cursor + "&limit=" + limit)))
                .GET().build(), PullResponse.class);
    }

    public ConflictsResponse conflicts() {
        return call(authorized(HttpRequest.newBuilder(server.resolve("/sync/conflicts"))).GET().build(),
                ConflictsResponse.class);
    }

    public ResolveResponse resolve(ResolveRequest request) {
        return call(post("/sync/conflicts/resolve", request), ResolveResponse.class);
    }

    /** Hands the workstation's campaigns to the team server; its changes after the request's cursor come back. */
    public com.nexuscrm.protocol.CampaignHandover.Answer handOver(com.nexuscrm.protocol.CampaignHandover handover) {
        return call(post("/campaigns/handover", handover), com.nexuscrm.protocol.CampaignHandover.Answer.class);
    }

    /** Signs a campaign email's pixel and click links for the caller's team ({@code POST /tracking/links}). */
    public TrackingLinksResponse trackingLinks(TrackingLinksRequest request) {
        return call(post("/tracking/links", request), TrackingLinksResponse.class);
    }

    /** The team's opens and clicks after {@code since} ({@code GET /tracking/engagement}). */
    public EngagementResponse engagement(long since, int limit) {
        return call(authorized(HttpRequest.newBuilder(server.resolve("/tracking/engagement?since=" + since + "&limit=" + limit)))
                .GET().build(), EngagementResponse.class);
    }

    private HttpRequest post(String path, Object body) {
        try {
            return authorized(HttpRequest.newBuilder(server.resolve(path))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new SyncException(SyncException.Kind.PROTOCOL, "Cannot encode the request: " + e.getMessage(), e);
        }
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder builder) {
        builder.timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private <T> T call(HttpRequest request, Class<T> type) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (javax.net.ssl.SSLException e) {
            throw new SyncException(SyncException.Kind.PROTOCOL, "The team server at " + server + " failed the TLS check ("
                    + e.getMessage() + "). If your team uses its own certificate authority, start the workstation with"
                    + " -Djavax.net.ssl.trustStore=<file> -Djavax.net.ssl.trustStorePassword=<password>.", e);
        } catch (IOException e) {
            throw new SyncException(SyncException.Kind.OFFLINE, "The team server at " + server + " cannot be reached ("
                    + e.getClass().getSimpleName() + "). Your changes stay queued; sync again when online.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncException.Kind.OFFLINE, "Sync was interrupted; your changes stay queued.", e);
        }
        try {
            if (response.statusCode() == 200) {
                return json.readValue(response.body(), type);
            }
            JsonNode error = json.readTree(response.body());
            String message = error != null && error.has("message") ? error.get("message").asText() : "HTTP " + response.statusCode();
            String code = error != null && error.has("code") ? error.get("code").asText() : "";
            throw new SyncException("RESYNC_REQUIRED".equals(code) ? SyncException.Kind.RESYNC_REQUIRED
                    : SyncException.Kind.forStatus(response.statusCode()), message, null);
        } catch (IOException e) {
            throw new SyncException(SyncException.Kind.PROTOCOL, "The server's answer (HTTP " + response.statusCode()
                    + ") could not be read: " + e.getMessage(), e);
        }
    }
}
