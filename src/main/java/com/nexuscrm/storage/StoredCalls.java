package com.nexuscrm.storage;

import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.call.CallLog;
import com.nexuscrm.domain.call.CallRow;
import com.nexuscrm.domain.call.CallStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Calls in the local store: the list's join, unfinished jobs, and the local-only transcript table. */
public final class StoredCalls implements CallLog {
    private final WorkspaceStore store;

    public StoredCalls(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<CallRow> rows() {
        return store.withConnection(c -> {
            List<CallRow> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select r.id, r.activity_id, a.subject,"
                    + " coalesce(r.call_at, a.occurred_at), r.owner_id, u.display_name, r.deal_id, d.name, r.file_name,"
                    + " r.duration_seconds, r.status, r.status_detail, r.shared"
                    + " from call_recording r left join activity a on a.id = r.activity_id"
                    + " left join app_user u on u.id = r.owner_id left join deal d on d.id = r.deal_id"
                    + " where r.deleted = false order by coalesce(r.call_at, a.occurred_at) desc nulls last, r.id")) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(4);
                    rows.add(new CallRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            at == null ? null : at.toInstant(), rs.getObject(5, UUID.class), rs.getString(6),
                            rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9), (Integer) rs.getObject(10),
                            CallStatus.of(rs.getString(11)), rs.getString(12), rs.getBoolean(13)));
                }
            }
            return rows;
        });
    }

    @Override
    public List<CallRecording> unfinished() {
        return store.inTransaction(s -> s.createSelectionQuery("from CallRecording r where r.deleted = false"
                + " and r.status in (:states) order by r.id", CallRecording.class)
                .setParameter("states", List.of(CallStatus.QUEUED.name(), CallStatus.TRANSCRIBING.name()))
                .setReadOnly(true).getResultList());
    }

    @Override
    public List<CallRecording> analysedBetween(Instant from, Instant to) {
        return store.inTransaction(s -> s.createSelectionQuery("from CallRecording r where r.deleted = false"
                + " and r.status = :done and r.callAt >= :from and r.callAt < :to order by r.callAt, r.id", CallRecording.class)
                .setParameter("done", CallStatus.ANALYSED.name()).setParameter("from", from).setParameter("to", to)
                .setReadOnly(true).getResultList());
    }

    @Override
    public Optional<String> transcriptJson(UUID recordingId) {
        return store.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("select transcript_json from call_transcript where recording_id = ?")) {
                q.setObject(1, recordingId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void saveTranscriptJson(UUID recordingId, String json) {
        saveTranscriptJsons(Map.of(recordingId, json), Instant.now());
    }

    /** Saves many transcripts (recording id to JSON) in one transaction, as the sample's call history does. */
    public void saveTranscriptJsons(Map<UUID, String> transcripts, Instant savedAt) {
        store.inJdbcTransaction(c -> {
            try (PreparedStatement m = c.prepareStatement("merge into call_transcript(recording_id, transcript_json, saved_at)"
                    + " key(recording_id) values (?, ?, ?)")) {
                for (Map.Entry<UUID, String> t : transcripts.entrySet()) {
                    m.setObject(1, t.getKey());
                    m.setString(2, t.getValue());
                    m.setTimestamp(3, Timestamp.from(savedAt));
                    m.addBatch();
                }
                m.executeBatch();
            }
        });
    }
}
