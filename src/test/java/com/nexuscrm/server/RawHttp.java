package com.nexuscrm.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 on a raw socket, so a body can be chunked or merely announced, while the answer is read. */
final class RawHttp {
    private RawHttp() { }

    /** Sends a POST of {@code bytes} and returns the answer's head and body (what arrived before the server closed). */
    static String post(int port, String path, String authorization, long bytes, boolean chunked) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Authorization: " + authorization + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bytes + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    byte[] block = "{".repeat(0x10000).getBytes(StandardCharsets.US_ASCII);
                    byte[] chunk = chunked ? ("10000\r\n" + "{".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII) : block;
                    for (long sent = 0; sent < bytes && !Thread.currentThread().isInterrupted(); sent += 0x10000) {
                        out.write(chunk);
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                } catch (java.io.IOException closedByServer) {
                    // the server answered and closed the connection: expected
                }
            }, "raw-http-sender");
            writer.setDaemon(true);
            writer.start();
            String answer = readAnswer(s.getInputStream());
            writer.interrupt();
            return answer;
        }
    }

    /** The status line, headers and a Content-Length body. */
    private static String readAnswer(InputStream in) throws java.io.IOException {
        StringBuilder text = new StringBuilder();
        int length = -1;
        while (!text.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return text.toString();
            }
            text.append((char) b);
            String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
            int at = lower.lastIndexOf("content-length: ");
            if (at >= 0 && lower.endsWith("\r\n") && lower.indexOf("\r\n", at) == lower.length() - 2) {
                length = Integer.parseInt(lower.substring(at + 16, lower.length() - 2).trim());
            }
        }
        if (length > 0) {
            text.append(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
