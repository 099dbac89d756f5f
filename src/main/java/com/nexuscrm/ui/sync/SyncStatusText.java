package com.nexuscrm.ui.sync;

import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.sync.SyncStatus;
import java.time.Instant;
import java.time.LocalDate;

/** The status bar's short line and its tooltip for a {@link SyncSnapshot}. */
public final class SyncStatusText {
    private final Formats formats;

    public SyncStatusText(Formats formats) {
        this.formats = formats;
    }

    /** One short line: what state sync is in and, when there are any, the conflicts to review. */
    public String line(SyncSnapshot snapshot) {
        SyncStatus s = snapshot.status();
        String line = switch (s.state()) {
            case NOT_CONNECTED -> s.message();
            case SYNCED -> s.lastSynced() == null ? "Synced" : "Synced at " + when(s.lastSynced());
            case PENDING -> changes(s.pending()) + " waiting to sync";
            case SYNCING -> s.pending() > 0 ? "Syncing " + changes(s.pending()) + "…" : "Syncing…";
            case OFFLINE -> "Offline, retrying" + (s.pending() > 0 ? ": " + changes(s.pending()) + " queued" : "");
            case ERROR -> s.message().startsWith("Sync error") ? s.message() : "Sync error: " + s.message();
        };
        return snapshot.conflicts() == 0 ? line
                : line + "  ·  " + snapshot.conflicts() + (snapshot.conflicts() == 1 ? " conflict" : " conflicts") + " to review";
    }

    /** The full sentence from the sync engine, plus when it last synced. */
    public String details(SyncSnapshot snapshot) {
        SyncStatus s = snapshot.status();
        String last = s.lastSynced() == null ? "" : "\nLast synced " + when(s.lastSynced()) + ".";
        String where = snapshot.connected() ? "\nTeam server: " + snapshot.link().server() : "";
        return s.message() + where + last + "\nClick for " + (snapshot.conflicts() > 0 ? "the Sync inbox." : "Settings → Team server.");
    }

    /** "14:32" today, "24 Nov, 14:32" otherwise, "never" for null. */
    public String when(Instant instant) {
        if (instant == null) {
            return "never";
        }
        var local = instant.atZone(formats.zone());
        return local.toLocalDate().equals(LocalDate.now(formats.zone())) ? formats.time(local) : formats.dayMonthTime(local);
    }

    private String changes(long n) {
        return formats.count(n) + (n == 1 ? " change" : " changes");
    }
}
