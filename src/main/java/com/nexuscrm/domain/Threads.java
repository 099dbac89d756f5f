package com.nexuscrm.domain;

import java.util.concurrent.ThreadFactory;

/**
 * The app's background threads: daemon threads (they never keep the JVM alive) with a name that says
 * whose they are in a thread dump or a log line. Names are kept exactly as given, without a number:
 * tests and log readers rely on them (e.g. {@code nexus-nd4j}).
 */
public final class Threads {
    private Threads() { }

    /** A factory of daemon threads, each named {@code name}. */
    public static ThreadFactory daemon(String name) {
        return work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    public static Thread startDaemon(String name, Runnable work) {
        Thread t = daemon(name).newThread(work);
        t.start();
        return t;
    }
}
