package com.nexuscrm.campaign.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Twilio-style gateway on 127.0.0.1 and a free port, for tests: it records every request (method, path, headers,
 * form fields) before it answers, then answers from its script, or 201 with a new message sid once the script is
 * used up. Like a gateway that honours {@code Idempotency-Key}, a request whose key it already accepted is answered
 * with that first message's answer and is not a second text ({@link #accepted} does not move). The channel's call
 * returns only after the answer, so a test reads {@link #requests} without waiting.
 */
public final class LocalSmsGateway implements AutoCloseable {
    /** One request as the gateway saw it. */
    public record Request(String method, String path, Map<String, List<String>> headers, Map<String, String> form) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** A scripted answer. */
    record Answer(int status, String json) { }

    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final Map<String, Answer> acceptedByKey = new java.util.HashMap<>();
    private final HttpServer server;
    private int accepted;

    public LocalSmsGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL a channel is configured with: {@code http://127.0.0.1:PORT/2010-04-01}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/2010-04-01";
    }

    /** Answers the next request(s) so, in order. */
    public synchronized LocalSmsGateway thenAnswer(int status, String json) {
        script.add(new Answer(status, json));
        return this;
    }

    /** How many texts the gateway accepted (answered 2xx): what the recipient would receive. */
    public synchronized int accepted() {
        return accepted;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                Map.copyOf(exchange.getRequestHeaders()), form(body));
        requests.add(request);
        Answer answer = next(request.header("Idempotency-Key"));
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized Answer next(String key) {
        if (key != null && acceptedByKey.containsKey(key)) {
            return acceptedByKey.get(key);
        }
        Answer answer = script.isEmpty() ? new Answer(201, "{\"sid\":\"SM" + String.format("%032d", accepted + 1)
                + "\",\"status\":\"queued\"}") : script.poll();
        if (answer.status() >= 200 && answer.status() < 300) {
            accepted++;
            if (key != null) {
                acceptedByKey.put(key, answer);
            }
        }
        return answer;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
