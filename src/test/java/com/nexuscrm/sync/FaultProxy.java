package com.nexuscrm.sync;

import static com.nexuscrm.sync.ProxySockets.daemon;
import static com.nexuscrm.sync.ProxySockets.quietly;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback between {@link SyncClient} and the team server, with faults the test switches
 * on and off. It knows just enough HTTP/1.1 to tell exchanges apart on a kept-alive connection: bytes
 * from the client after the server has answered start a new exchange. A fault applies to the exchanges
 * that start after it is armed (optionally skipping the first few), on new and pooled connections
 * alike, and stays armed until the next {@link #arm}; so an idempotent GET that the JDK's HttpClient
 * retries on a fresh connection meets the same fault again. Every fault that fires is counted, so a
 * test can assert that it really happened.
 */
final class FaultProxy implements AutoCloseable {
    /** What the proxy does to the exchanges after {@link #arm}. */
    enum Mode {
        /** Forward everything. */
        PASS,
        /** Forward the whole request; when the server starts answering (it has committed), close both sides. */
        DROP_RESPONSE,
        /** Forward the first {@code afterBytes} of the request, then close both sides. */
        CUT_REQUEST,
        /** Forward the first {@code afterBytes} of the response, then close both sides. */
        CUT_RESPONSE,
        /** Close the listening socket and every open connection: the server is unreachable. */
        REFUSE
    }

    private record Fault(Mode mode, long afterBytes, int skipExchanges, int generation) { }

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicInteger exchangesSinceArm = new AtomicInteger();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong exchanges = new AtomicLong();
    private final AtomicLong bytesUp = new AtomicLong();
    private final AtomicLong bytesDown = new AtomicLong();
    private final AtomicInteger fired = new AtomicInteger();
    private volatile Fault fault = new Fault(Mode.PASS, 0, 0, 0);
    private volatile ServerSocket listener;
    private volatile boolean closed;

    FaultProxy(int upstreamPort) throws IOException {
        this.upstream = ProxySockets.loopback(upstreamPort);
        this.listener = listen(0);
        this.port = listener.getLocalPort();
    }

    int port() {
        return port;
    }

    /** Forwards everything again (re-opening the port after {@link Mode#REFUSE}). */
    void pass() throws IOException {
        arm(Mode.PASS, 0, 0);
    }

    /**
     * Arms a fault for the exchanges that start from now on, after the first {@code skipExchanges}.
     * {@code afterBytes} is where {@link Mode#CUT_REQUEST} and {@link Mode#CUT_RESPONSE} cut.
     */
    synchronized void arm(Mode mode, long afterBytes, int skipExchanges) throws IOException {
        exchangesSinceArm.set(0);
        fault = new Fault(mode, afterBytes, skipExchanges, fault.generation() + 1);
        if (mode == Mode.REFUSE) {
            listener.close();
            links.forEach(Link::close);
            // The JDK client notices a closed pooled connection asynchronously; give it a moment, so the
            // next request opens a new connection and meets the closed port.
            sleep(200);
        } else if (listener.isClosed()) {
            listener = listen(port);
        }
    }

    /** How many times an armed fault fired (cut or dropped a connection). */
    int fired() {
        return fired.get();
    }

    long connections() {
        return connections.get();
    }

    long exchanges() {
        return exchanges.get();
    }

    long bytesUp() {
        return bytesUp.get();
    }

    long bytesDown() {
        return bytesDown.get();
    }

    @Override
    public String toString() {
        return String.format("proxy :%d -> :%d mode %s: %d connections, %d exchanges, %d bytes up, %d down, %d faults fired",
                port, upstream.getPort(), fault.mode(), connections(), exchanges(), bytesUp(), bytesDown(), fired());
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        links.forEach(Link::close);
    }

    private ServerSocket listen(int onPort) throws IOException {
        return ProxySockets.listen(onPort, "fault-proxy-accept", this::acceptLoop);
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed() && !closed) {
            try {
                Socket client = socket.accept();
                connections.incrementAndGet();
                Socket server = new Socket();
                server.connect(upstream, 5_000);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                Link link = new Link(client, server);
                links.add(link);
                daemon("fault-proxy-up", link::pumpRequest);
                daemon("fault-proxy-down", link::pumpResponse);
            } catch (IOException e) {
                // The listener was closed (REFUSE or close), or the upstream refused: the client sees a dead link.
            }
        }
    }

    /** The fault that applies to an exchange of the given generation and index, or PASS. */
    private Fault faultFor(int generation, int index) {
        Fault f = fault;
        return f.generation() == generation && index > f.skipExchanges() ? f : null;
    }

    /** One proxied connection: a request pump and a response pump sharing the exchange state. */
    private final class Link {
        private final Socket client;
        private final Socket server;
        private volatile boolean answered = true;
        private volatile int generation;
        private volatile int index;
        private long requestBytes;
        private volatile long responseBytes;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void pumpRequest() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    if (answered) {
                        startExchange();
                    }
                    Fault f = faultFor(generation, index);
                    if (f != null && f.mode() == Mode.CUT_REQUEST && requestBytes + n > f.afterBytes()) {
                        int room = (int) Math.max(0, f.afterBytes() - requestBytes);
                        out.write(buffer, 0, room);
                        out.flush();
                        bytesUp.addAndGet(room);
                        fire();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    requestBytes += n;
                    bytesUp.addAndGet(n);
                }
            } catch (IOException e) {
                // the other pump or a fault closed the link
            } finally {
                close();
            }
        }

        void pumpResponse() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    answered = true;
                    Fault f = faultFor(generation, index);
                    if (f != null && f.mode() == Mode.DROP_RESPONSE) {
                        fire();
                        return;
                    }
                    if (f != null && f.mode() == Mode.CUT_RESPONSE && responseBytes + n > f.afterBytes()) {
                        int room = (int) Math.max(0, f.afterBytes() - responseBytes);
                        out.write(buffer, 0, room);
                        out.flush();
                        bytesDown.addAndGet(room);
                        fire();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    responseBytes += n;
                    bytesDown.addAndGet(n);
                }
            } catch (IOException e) {
                // the other pump or a fault closed the link
            } finally {
                close();
            }
        }

        private void startExchange() {
            answered = false;
            requestBytes = 0;
            responseBytes = 0;
            synchronized (FaultProxy.this) {
                generation = fault.generation();
                index = exchangesSinceArm.incrementAndGet();
            }
            exchanges.incrementAndGet();
        }

        private void fire() {
            fired.incrementAndGet();
            close();
        }

        void close() {
            links.remove(this);
            quietly(client);
            quietly(server);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
