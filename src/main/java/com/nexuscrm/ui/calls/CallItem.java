package com.nexuscrm.ui.calls;

import com.nexuscrm.conversation.CallJobs.JobEvent;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One call in the list. Its row and job progress change in place when job events arrive, so the table keeps
 * its order and the user's selection.
 */
public final class CallItem {
    private final ReadOnlyObjectWrapper<CallRow> row;
    /** 0..1 while transcribing with a known length, -1 while the length is unknown. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    public CallItem(CallRow row) {
        this.row = new ReadOnlyObjectWrapper<>(row);
    }

    public CallRow row() { return row.get(); }

    public ReadOnlyObjectProperty<CallRow> rowProperty() { return row.getReadOnlyProperty(); }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public CallStatus status() { return row().status(); }

    void update(CallRow fresh) {
        row.set(fresh);
    }

    /** A job event changes the status, the reason and the progress; the rest comes with the next read. */
    void apply(JobEvent e) {
        CallRow r = row();
        String detail = e.status() == CallStatus.TRANSCRIBING ? r.statusDetail() : e.detail();
        row.set(new CallRow(r.recordingId(), r.activityId(), r.subject(), r.callAt(), r.repId(), r.repName(), r.dealId(),
                r.dealName(), r.fileName(), r.durationSeconds(), e.status(), detail, r.shared()));
        progress.set(e.total() > 0 ? Math.min(1, (double) e.done() / e.total()) : -1);
    }

    /** Lower-case text the search box matches: subject, deal, rep and file name. */
    String searchText() {
        CallRow r = row();
        return String.join(" ", nonNull(r.subject()), nonNull(r.dealName()), nonNull(r.repName()), nonNull(r.fileName()))
                .toLowerCase(Locale.ROOT);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
