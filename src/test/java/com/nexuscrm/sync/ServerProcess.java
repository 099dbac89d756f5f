package com.nexuscrm.sync;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code nexus server} in a child JVM on a fixed port, so it can be killed and started again. */
final class ServerProcess {
    private final String url;
    final int port;
    private final Path log;
    private Process process;

    ServerProcess(String url, int port, Path log) {
        this.url = url;
        this.port = port;
        this.log = log;
    }

    void start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "com.nexuscrm.Main", "server", "--db", url, "--port", String.valueOf(port), "--host", "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        SyncKillTest.waitFor(() -> {
            if (!process.isAlive()) {
                fail("the server process ended; see " + log);
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        }, "the server to listen on " + port);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, open transactions die with it
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
