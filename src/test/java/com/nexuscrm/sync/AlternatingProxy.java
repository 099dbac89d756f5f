package com.nexuscrm.sync;

import static com.nexuscrm.sync.ProxySockets.daemon;
import static com.nexuscrm.sync.ProxySockets.quietly;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A round-robin load balancer on loopback in front of several team server instances: every HTTP request
 * goes to the next instance in turn. To make that hold per request and not per kept-alive connection, it
 * rewrites each request's head with {@code Connection: close} and without the other hop-by-hop headers
 * (the server answers {@code Connection: close}, so the client opens a new connection for its next request). An instance that refuses the connection (killed) is
 * skipped: the request goes to the next one, and the fail-over is counted. Bodies are passed through as
 * bytes. It counts requests per instance and remembers which instance took the latest push.
 */
final class AlternatingProxy implements AutoCloseable {
    private final int[] upstreams;
    private final ServerSocket listener;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLongArray requests;
    private final AtomicLong failovers = new AtomicLong();
    private final AtomicLong pushes = new AtomicLong();
    private final AtomicInteger lastPush = new AtomicInteger(-1);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    AlternatingProxy(int... upstreamPorts) throws IOException {
        this.upstreams = upstreamPorts.clone();
        this.requests = new AtomicLongArray(upstreams.length);
        this.listener = ProxySockets.listen(0, "alternating-proxy-accept", this::acceptLoop);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Requests forwarded to instance {@code i} (in the order of the ports given). */
    long requests(int i) {
        return requests.get(i);
    }

    /** Requests that found their instance dead and went to the next one. */
    long failovers() {
        return failovers.get();
    }

    /** {@code POST /sync/push} requests forwarded so far. */
    long pushes() {
        return pushes.get();
    }

    /** The instance that took the latest push, or -1. */
    int lastPush() {
        return lastPush.get();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("round-robin :" + port() + " ->");
        for (int i = 0; i < upstreams.length; i++) {
            s.append(i == 0 ? " " : ", ").append(':').append(upstreams[i]).append(' ').append(requests(i)).append(" requests");
        }
        return s.append(", ").append(failovers()).append(" fail-overs").toString();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        open.forEach(ProxySockets::quietly);
    }

    private void acceptLoop(ServerSocket socket) {
        while (!closed) {
            try {
                Socket client = socket.accept();
                open.add(client);
                daemon("alternating-proxy-link", () -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    /** One connection, one request: read its head, pick the next live instance, forward, pipe the answer back. */
    private void serve(Socket client) {
        Socket server = null;
        try {
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            byte[] head = rewrittenHead(in);
            if (head == null) {
                return;
            }
            int chosen = -1;
            for (int attempt = 0; attempt < upstreams.length && server == null; attempt++) {
                int i = Math.floorMod(next.getAndIncrement(), upstreams.length);
                Socket s = new Socket();
                try {
                    s.connect(ProxySockets.loopback(upstreams[i]), 2_000);
                    server = s;
                    chosen = i;
                } catch (IOException dead) {
                    quietly(s);
                    failovers.incrementAndGet();
                }
            }
            if (server == null) {
                return; // every instance is down: the client sees the connection closed
            }
            open.add(server);
            server.setTcpNoDelay(true);
            requests.incrementAndGet(chosen);
            if (new String(head, 0, Math.min(head.length, 32), StandardCharsets.ISO_8859_1).startsWith("POST /sync/push")) {
                lastPush.set(chosen);
                pushes.incrementAndGet();
            }
            OutputStream up = server.getOutputStream();
            up.write(head);
            up.flush();
            Socket upstream = server;
            daemon("alternating-proxy-up", () -> pump(in, upstream, client));
            pump(server.getInputStream(), client, server);
        } catch (IOException e) {
            // a side closed (a killed instance, or the client gave up): close both
        } finally {
            quietlyRemove(client);
            if (server != null) {
                quietlyRemove(server);
            }
        }
    }

    /** Hop-by-hop headers a proxy does not forward (the JDK client asks for an h2c upgrade with them). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "upgrade", "http2-settings", "keep-alive");

    /** The request head up to the blank line, hop-by-hop headers replaced by {@code Connection: close}. */
    private static byte[] rewrittenHead(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            raw.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                String text = raw.toString(StandardCharsets.ISO_8859_1);
                StringBuilder head = new StringBuilder();
                for (String line : text.substring(0, text.length() - 4).split("\r\n")) {
                    String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase(java.util.Locale.ROOT) : "";
                    if (!HOP_BY_HOP.contains(name)) {
                        head.append(line).append("\r\n");
                    }
                }
                return head.append("Connection: close\r\n\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private void pump(InputStream from, Socket to, Socket source) {
        byte[] buffer = new byte[16 * 1024];
        try {
            OutputStream out = to.getOutputStream();
            for (int n = from.read(buffer); n > 0; n = from.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException e) {
            quietly(to);
            quietly(source);
        }
    }

    private void quietlyRemove(Socket s) {
        open.remove(s);
        quietly(s);
    }
}
