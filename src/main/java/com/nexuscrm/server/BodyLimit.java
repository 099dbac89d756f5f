package com.nexuscrm.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Caps every request body at {@code maxBytes}, counted as it is read, whether it came with a
 * Content-Length or chunked, before any handler (login included) sees it. Javalin's own limit trusts
 * Content-Length: a 300 MB chunked body to /auth/login used to run the server out of memory.
 */
final class BodyLimit implements Filter {
    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Thrown from a read past the cap; answered 413 and the connection closed. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long maxBytes) {
            super("The request body is larger than " + maxBytes / (1024 * 1024) + " MB; split it.");
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getContentLengthLong() > maxBytes) {
            HttpServletResponse answer = (HttpServletResponse) response;
            answer.setStatus(413);
            answer.setHeader("Connection", "close");
            answer.setContentType("application/json");
            answer.getWriter().write(ApiErrors.json(413, null));
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(http) {
            private ServletInputStream counted;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (counted == null) {
                    counted = new Counted(http.getInputStream());
                }
                return counted;
            }
        }, response);
    }

    private final class Counted extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Counted(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw new TooLarge(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
