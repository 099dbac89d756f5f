package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** HTTP to a test's team server on loopback: JSON requests with an optional bearer token, and logins. */
final class ServerHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;

    ServerHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A JSON request (the body may be null) with the token as bearer when there is one. */
    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A plain GET (no content type), with the token as bearer when there is one. */
    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON POST without a token. */
    HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, null, body);
    }

    /** {@code POST /auth/login}, whatever it answers. */
    HttpResponse<String> login(String email, String password) throws Exception {
        return post("/auth/login", JSON.writeValueAsString(Map.of("email", email, "password", password)));
    }

    /** Logs in, which must succeed, and returns the token. */
    String token(String email, String password) throws Exception {
        HttpResponse<String> response = login(email, password);
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("token").asText();
    }

    /** The status of {@code GET /auth/me} with this token. */
    int me(String token) throws Exception {
        return get("/auth/me", token).statusCode();
    }

    /** The body of {@code POST /sync/push}. */
    static String pushBody(UUID client, int schema, ObjectNode... mutations) {
        ObjectNode body = JSON.createObjectNode().put("clientId", client.toString()).put("schemaVersion", schema);
        ArrayNode list = body.putArray("mutations");
        for (ObjectNode m : mutations) {
            list.add(m);
        }
        return body.toString();
    }

    /** An email address no other test uses. */
    static String unique(String prefix) {
        return prefix + Long.toHexString(System.nanoTime()) + "@example.com";
    }
}
