package com.nexuscrm.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.protocol.PullResponse;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.protocol.WireRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One pull page checked against this workstation's rules: the records to apply, the ones held back (with
 * the reason), the records that left the scope, and the cursor after the page.
 */
public record PulledPage(List<Pulled> records, List<HeldRecord> held, List<UUID> revoked, long cursor) {
    /** A valid server record: the domain record (with its sync metadata) and the server's fields as sent. */
    public record Pulled(String entity, SyncedRecord record, long version, ObjectNode serverFields) {
        public UUID id() {
            return record.getId();
        }
    }

    /** How many records the page carried, applied or held. */
    public int size() {
        return records.size() + held.size();
    }

    public static PulledPage of(PullResponse response) {
        return of(response.records(), response.revoked(), response.cursor());
    }

    /** Checks every record with {@link WireRecords}; one that does not fit is held back, not fatal. */
    public static PulledPage of(List<RecordChange> page, List<UUID> revoked, long cursor) {
        List<Pulled> valid = new ArrayList<>(page.size());
        List<HeldRecord> held = new ArrayList<>();
        for (RecordChange change : page) {
            WireRecords.Checked checked = WireRecords.check(change.entity(), withMeta(change));
            if (checked instanceof WireRecords.Invalid invalid) {
                held.add(new HeldRecord(change.entity(), change.id(), change.version(), change.fields().toString(),
                        invalid.reason(), Instant.now()));
            } else {
                valid.add(new Pulled(change.entity(), ((WireRecords.Valid) checked).record(), change.version(), change.fields()));
            }
        }
        return new PulledPage(valid, held, revoked == null ? List.of() : revoked, cursor);
    }

    /** The server's record as one object: its fields with the sync metadata the columns carry. */
    private static ObjectNode withMeta(RecordChange change) {
        ObjectNode fields = change.fields().deepCopy();
        fields.put("id", change.id().toString());
        fields.put("version", change.version());
        fields.put("updatedAt", change.updatedAt());
        fields.put("deleted", change.deleted());
        fields.put("ownerId", change.ownerId() == null ? null : change.ownerId().toString());
        fields.put("teamId", change.teamId() == null ? null : change.teamId().toString());
        return fields;
    }
}
