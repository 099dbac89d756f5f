package com.nexuscrm.server;

import com.nexuscrm.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;

/** A team server on a fresh database with a clock the test moves (to expire tokens); closing removes it all. */
record RunningServer(TeamServer server, ServerDatabase db, MutableClock clock, ServerTargets.Target target)
        implements AutoCloseable {

    static RunningServer start(ServerTargets.Kind kind, LoginGuard.Policy policy) throws Exception {
        ServerTargets.Target target = kind.fresh();
        ServerDatabase db = ServerDatabase.open(target.url());
        MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
        TeamServer server = new TeamServer(db, clock, Duration.ofHours(12), null, policy).start("127.0.0.1", 0);
        return new RunningServer(server, db, clock, target);
    }

    ServerHttp http() {
        return new ServerHttp(server.port());
    }

    @Override
    public void close() throws Exception {
        server.close();
        db.close();
        target.cleanup().close();
    }
}
