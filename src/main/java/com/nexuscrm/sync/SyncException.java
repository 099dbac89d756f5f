package com.nexuscrm.sync;

/** Sync could not complete; the outbox is untouched and nothing was half applied. */
public final class SyncException extends RuntimeException {
    /** Why, so the status bar can say offline, log in again, or update. */
    public enum Kind {
        OFFLINE, UNAUTHORIZED, UPGRADE_REQUIRED, REFUSED, PROTOCOL,
        /** The cursor is older than the server's tombstone retention: take a fresh snapshot. */
        RESYNC_REQUIRED;

        static Kind forStatus(int status) {
            return switch (status) {
                case 401, 403 -> UNAUTHORIZED;
                case 426 -> UPGRADE_REQUIRED;
                case 400, 409, 413 -> REFUSED;
                case 429, 503 -> OFFLINE; // busy or throttled: back off and try again, the outbox stays
                case 410 -> RESYNC_REQUIRED;
                default -> PROTOCOL;
            };
        }
    }

    private final Kind kind;

    public SyncException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
