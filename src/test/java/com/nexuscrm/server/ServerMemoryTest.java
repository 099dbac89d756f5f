package com.nexuscrm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Role;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The body cap holds where it matters: a real {@code nexus server} in its own JVM with a 256 MB heap gets a
 * 300 MB chunked body at /auth/login (no login needed, no Content-Length to refuse it by). Before the cap
 * was counted as the body is read, this ran the server out of memory.
 */
@Tag("slow")
class ServerMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aChunked300MbLoginIsRefusedQuicklyAndTheServerKeepsServing() throws Exception {
        try (ServerDatabase db = ServerDatabase.open(ServerDatabase.defaultUrl(dir))) {
            new Accounts(db.dataSource()).addUser("ada@example.com", "Ada", Role.REP, "East", "a long password".toCharArray());
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "com.nexuscrm.Main", "server", "--data", dir.toString(), "--port", String.valueOf(port), "--host", "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            awaitHealthy(http, port, server);
            login(http, port); // warm: the first request of a fresh JVM pays for class loading

            long start = System.nanoTime();
            String answer = RawHttp.post(port, "/auth/login", "none", 300L * 1024 * 1024, true);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("chunked 300 MB to /auth/login on a -Xmx256m server: %s in %d ms%n",
                    answer.isEmpty() ? "no answer" : answer.substring(0, answer.indexOf('\r')), millis);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"code\":\"TOO_LARGE\""), answer);
            assertTrue(millis < 3_000, "answered in " + millis + " ms");

            assertTrue(server.isAlive(), "the server survived; see " + dir.resolve("server.log"));
            assertEquals(200, health(http, port).statusCode());
            assertEquals(200, login(http, port).statusCode(), "it keeps serving logins");
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static void awaitHealthy(HttpClient http, int port, Process server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the server process ended");
            try {
                if (health(http, port).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            server.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("the server did not become healthy in 90 s");
    }

    private static HttpResponse<String> health(HttpClient http, int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> login(HttpClient http, int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"ada@example.com\",\"password\":\"a long password\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
