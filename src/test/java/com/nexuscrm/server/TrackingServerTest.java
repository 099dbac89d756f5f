package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The team server's tracking endpoints over loopback HTTP, on H2 and (when configured) PostgreSQL: a signed pixel and
 * click are counted (a replay adds a hit, never a row) and pulled by the signing team only; tampered, forged, altered,
 * swapped, oversized and rate-limited hits, malformed link requests and unauthenticated calls are refused with nothing
 * stored.
 */
class TrackingServerTest {
    private static final String PASSWORD = "tracking test password";
    private static final HttpClient HTTP = HttpClient.newHttpClient(); // never follows redirects
    private final ObjectMapper json = new ObjectMapper();

    static List<ServerTargets.Kind> databases() {
        return ServerTargets.kinds();
    }

    private record Team(String token, UUID id) { }

    private Team team(RunningServer r, String name) throws Exception {
        String email = name.toLowerCase() + "@example.com";
        r.server().accounts().addUser(email, name, Role.REP, name + " team", PASSWORD.toCharArray());
        String token = r.http().token(email, PASSWORD);
        JsonNode me = json.readTree(r.http().get("/auth/me", token).body());
        return new Team(token, UUID.fromString(me.get("teamId").asText()));
    }

    private JsonNode links(RunningServer r, Team team, UUID touch, List<String> urls) throws Exception {
        HttpResponse<String> answer = r.http().send("POST", "/tracking/links", team.token(),
                json.writeValueAsString(Map.of("touchId", touch, "urls", urls)));
        assertEquals(200, answer.statusCode(), answer.body());
        return json.readTree(answer.body());
    }

    private HttpResponse<byte[]> hit(RunningServer r, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + r.server().port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private long[] stored(RunningServer r, Team team) throws Exception {
        return new TrackingStore(r.db().dataSource()).totals(team.id());
    }

    private JsonNode pull(RunningServer r, Team team, long since) throws Exception {
        HttpResponse<String> answer = r.http().get("/tracking/engagement?since=" + since, team.token());
        assertEquals(200, answer.statusCode(), answer.body());
        return json.readTree(answer.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void signedOpensAndClicksAreCountedOnceARowAndPulledByTheirTeamOnly(ServerTargets.Kind kind) throws Exception {
        try (RunningServer r = RunningServer.start(kind, LoginGuard.Policy.defaults())) {
            Team east = team(r, "East");
            Team west = team(r, "West");
            UUID touch = Ids.newId();
            String target = "https://example.com/pricing?plan=team&ref=mail#faq";
            JsonNode signed = links(r, east, touch, List.of(target));

            HttpResponse<byte[]> pixel = hit(r, signed.get("open").asText());
            assertEquals(200, pixel.statusCode());
            assertEquals("image/gif", pixel.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(new byte[] {'G', 'I', 'F', '8', '9', 'a'}, java.util.Arrays.copyOf(pixel.body(), 6));
            r.clock().advance(java.time.Duration.ofMinutes(5));
            assertEquals(200, hit(r, signed.get("open").asText()).statusCode(), "a replayed open is answered");
            HttpResponse<byte[]> click = hit(r, signed.get("clicks").get(0).asText());
            assertEquals(302, click.statusCode());
            assertEquals(target, click.headers().firstValue("Location").orElse(""));

            assertArrayEquals(new long[] {2, 3}, stored(r, east), "two rows (open, click), three hits: the replay is counted");
            JsonNode page = pull(r, east, 0);
            assertEquals(2, page.get("events").size());
            JsonNode open = page.get("events").get(0);
            assertEquals(touch.toString(), open.get("touchId").asText());
            assertEquals("OPEN", open.get("kind").asText());
            assertEquals(2, open.get("count").asLong());
            assertEquals("2026-11-25T09:00:00Z", open.get("firstAt").asText());
            assertEquals("2026-11-25T09:05:00Z", open.get("lastAt").asText());
            assertEquals("CLICK", page.get("events").get(1).get("kind").asText());
            assertEquals(0, pull(r, east, page.get("next").asLong()).get("events").size(), "nothing after the cursor");
            assertEquals(0, pull(r, west, 0).get("events").size(), "another team sees none of East's events");

            // West signs links for East's touch id: its hits count for West only, East's counts do not move
            assertEquals(200, hit(r, links(r, west, touch, List.of()).get("open").asText()).statusCode());
            assertArrayEquals(new long[] {2, 3}, stored(r, east));
            assertEquals(1, pull(r, west, 0).get("events").size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void tamperedForgedAlteredSwappedAndOversizedTokensAreRefusedWithNothingStored(ServerTargets.Kind kind) throws Exception {
        try (RunningServer r = RunningServer.start(kind, LoginGuard.Policy.defaults())) {
            Team east = team(r, "East");
            JsonNode signed = links(r, east, Ids.newId(), List.of("https://example.com/a"));
            String open = signed.get("open").asText().substring("/t/o/".length());
            String click = signed.get("clicks").get(0).asText().substring("/t/c/".length());
            String body = click.substring(0, click.indexOf('.'));
            String signature = click.substring(click.indexOf('.') + 1);

            String flipped = signature.charAt(0) == 'A' ? "B" + signature.substring(1) : "A" + signature.substring(1);
            byte[] payload = Base64.getUrlDecoder().decode(body);
            byte[] otherUrl = "https://evil.example/a".getBytes(StandardCharsets.UTF_8);
            byte[] altered = java.util.Arrays.copyOf(payload, 34 + otherUrl.length);
            System.arraycopy(otherUrl, 0, altered, 34, otherUrl.length);
            String alteredBody = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            byte[] ownKey = new byte[32];
            List<String> refused = List.of(
                    "/t/c/" + body + "." + flipped,                                           // tampered signature
                    "/t/c/" + alteredBody + "." + signature,                                  // URL altered, old signature
                    "/t/c/" + alteredBody + "." + Tokens.sign(ownKey, alteredBody),           // forged with a guessed key
                    "/t/o/" + click,                                                           // a click token as an open
                    "/t/c/" + open,                                                            // an open token as a click
                    "/t/o/" + open + "." + signature,                                          // three parts
                    "/t/o/not-base64!." + signature,
                    "/t/o/" + "A".repeat(TrackingTokens.MAX_TOKEN_CHARS + 1) + "." + signature, // over the length cap
                    "/t/o/" + "A".repeat(60_000));                                             // huge: past Jetty's header limit
            for (String path : refused) {
                HttpResponse<byte[]> answer = hit(r, path);
                String shown = path.substring(0, Math.min(80, path.length()));
                assertTrue(answer.statusCode() == 404 || answer.statusCode() == 414 || answer.statusCode() == 431,
                        shown + " answered " + answer.statusCode());
                assertFalse(answer.headers().firstValue("Location").isPresent(), shown + " redirected");
            }
            assertArrayEquals(new long[] {0, 0}, stored(r, east));

            assertEquals(401, r.http().get("/tracking/engagement?since=0", null).statusCode());
            assertEquals(401, r.http().get("/tracking/engagement?since=0", east.token() + "x").statusCode());
            assertEquals(401, r.http().post("/tracking/links", "{\"touchId\":\"" + Ids.newId() + "\",\"urls\":[]}").statusCode());
            String touch = "\"touchId\":\"" + Ids.newId() + "\"";
            for (String bad : List.of("{\"touchId\":5,\"urls\":[]}", "null", "[]", "{\"urls\":[]}", "{" + touch + ",\"urls\":\"x\"}",
                    "{" + touch + ",\"urls\":[\"javascript:alert(1)\"]}", "{" + touch + ",\"urls\":[\"//evil.example/\"]}",
                    "{" + touch + ",\"urls\":[\"https://a.example/ b\"]}", "{" + touch + ",\"urls\":[\"https://a.example/"
                            + "x".repeat(TrackingTokens.MAX_URL_CHARS) + "\"]}", "{" + touch + ",\"extra\":1,\"urls\":[]}",
                    "{" + touch + ",\"urls\":" + json.writeValueAsString(java.util.Collections.nCopies(
                            TrackingRoutes.MAX_LINKS + 1, "https://a.example/")) + "}")) {
                HttpResponse<String> answer = r.http().send("POST", "/tracking/links", east.token(), bad);
                assertEquals(400, answer.statusCode(), bad + " -> " + answer.body());
                assertTrue(answer.body().contains("\"message\""), answer.body());
            }
            assertEquals(400, r.http().get("/tracking/engagement?since=abc", east.token()).statusCode());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAddressPastTheRateLimitIsRefusedAndNotCounted(ServerTargets.Kind kind) throws Exception {
        try (RunningServer r = RunningServer.start(kind, LoginGuard.Policy.defaults())) {
            Team east = team(r, "East");
            String open = links(r, east, Ids.newId(), List.of()).get("open").asText();
            for (int i = 0; i < TrackingRoutes.PER_ADDRESS_PER_MINUTE; i++) {
                assertEquals(200, hit(r, open).statusCode());
            }
            HttpResponse<byte[]> over = hit(r, open);
            assertEquals(429, over.statusCode());
            assertTrue(over.headers().firstValue("Retry-After").isPresent());
            assertArrayEquals(new long[] {1, TrackingRoutes.PER_ADDRESS_PER_MINUTE}, stored(r, east));
            r.clock().advance(java.time.Duration.ofMinutes(1));
            assertEquals(200, hit(r, open).statusCode(), "the bucket refills with time");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void simultaneousFirstOpensMakeOneRowWithEveryHit(ServerTargets.Kind kind) throws Exception {
        try (RunningServer r = RunningServer.start(kind, LoginGuard.Policy.defaults())) {
            Team east = team(r, "East");
            List<String> opens = new java.util.ArrayList<>();
            for (int touch = 0; touch < 3; touch++) {
                opens.add(links(r, east, Ids.newId(), List.of()).get("open").asText());
            }
            int hits = 16;
            var pool = java.util.concurrent.Executors.newFixedThreadPool(hits);
            try {
                var start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < hits * opens.size(); i++) {
                    String open = opens.get(i % opens.size());
                    answers.add(pool.submit(() -> {
                        start.await();
                        return hit(r, open).statusCode();
                    }));
                }
                start.countDown();
                for (var answer : answers) {
                    assertEquals(200, answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            assertArrayEquals(new long[] {3, 3L * hits}, stored(r, east), "one row per touch, every hit counted");
            JsonNode page = pull(r, east, 0);
            assertEquals(List.of(1L, 2L, 3L), java.util.stream.StreamSupport.stream(page.get("events").spliterator(), false)
                    .map(e -> e.get("seq").asLong()).toList(), "the team's cursor has no gap and no repeat");
        }
    }
}
