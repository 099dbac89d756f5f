package com.nexuscrm.server;

/** A child process for {@link ServerStoreSecurityTest}: opens the store, says "open", holds it until stdin closes. */
public final class StoreHolder {
    private StoreHolder() { }

    public static void main(String[] args) throws Exception {
        try (ServerDatabase db = ServerDatabase.open(args[0])) {
            System.out.println("open " + db.description());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the test closes our stdin or ends us
            }
        }
    }
}
