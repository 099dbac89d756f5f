package com.nexuscrm.sync;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.Consumer;

/** The socket plumbing {@link FaultProxy} and {@link AlternatingProxy} share: a loopback listener, daemons, quiet closes. */
final class ProxySockets {
    private ProxySockets() { }

    /** Listens on loopback ({@code port} 0 for any free one) and runs {@code acceptLoop} on a daemon thread. */
    static ServerSocket listen(int port, String acceptThread, Consumer<ServerSocket> acceptLoop) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        daemon(acceptThread, () -> acceptLoop.accept(socket));
        return socket;
    }

    static InetSocketAddress loopback(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
