package com.nexuscrm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.MutationResult;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.protocol.SyncedTypes;
import com.nexuscrm.protocol.WireRecords;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies one mutation against the current server record. Per field: equal values change nothing; a
 * field the server still has at the client's base value fast-forwards; otherwise a high-stakes field
 * keeps the server value and opens a conflict, and any other field goes to the later HLC. Every value
 * replaced or refused is written to field history. What a mutation must pass to be merged at all is
 * {@link MutationChecks}.
 */
final class MutationMerge {
    private final SyncStore store;
    private final Scope scope;
    private final MutationChecks checks;
    private final Principal user;
    private final UUID clientId;
    private final Mutation m;
    private final long[] counter;
    private final long hlc;
    private final List<String[]> history = new ArrayList<>();
    private final List<String[]> conflicts = new ArrayList<>();

    MutationMerge(SyncStore store, Scope scope, Principal user, UUID clientId, Mutation m, long[] counter, long hlc) {
        this.store = store;
        this.scope = scope;
        this.checks = new MutationChecks(store, scope, m);
        this.user = user;
        this.clientId = clientId;
        this.m = m;
        this.counter = counter;
        this.hlc = hlc;
    }

    MutationResult apply() throws SQLException {
        if (SyncedTypes.SERVER_OWNED.contains(m.entity()) && !scope.isAdmin()) {
            return rejected("Only an admin may change " + m.entity() + " records.");
        }
        Optional<RecordChange> current = store.lockRecord(m.recordId());
        String refused = checks.admission(current);
        if (refused != null) {
            return rejected(refused);
        }
        if ("INSERT".equals(m.op())) {
            return current.isPresent() ? insertedTwice(current.get()) : insert();
        }
        return current.isEmpty() ? rejected("No such record on the server.") : update(current.get());
    }

    private MutationResult insert() throws SQLException {
        ObjectNode fields = SyncService.withoutMeta(m.fields());
        String converted = checks.convertedElsewhere(fields);
        if (converted != null) {
            return rejected(converted);
        }
        JsonNode given = fields.get("teamId");
        if ((given == null || given.isNull()) && !scope.isAdmin()) {
            UUID team = scope.defaultTeam();
            fields.put("teamId", team == null ? null : team.toString());
        }
        if (WireRecords.check(m.entity(), fields) instanceof WireRecords.Invalid invalid) {
            return rejected(MutationChecks.invalid(invalid));
        }
        UUID owner = SyncService.uuid(fields.get("ownerId"));
        UUID team = SyncService.uuid(fields.get("teamId"));
        String misplaced = scope.placementProblem(owner, team);
        if (misplaced == null) {
            misplaced = checks.foreignReference();
        }
        if (misplaced != null) {
            return rejected(misplaced);
        }
        long version = ++counter[0];
        store.insert(new RecordChange(m.entity(), m.recordId(), version, hlc, deleted(fields), owner, team, fields));
        return new MutationResult(m.mutationId(), "APPLIED", version, null, List.of());
    }

    /**
     * An INSERT of an id the server already holds: only ids derived from what a record is (a lead conversion's
     * contact, deal and account, {@code domain.ConversionIds}) meet this way, when two workstations made the same
     * record offline. The first one stays: its values are kept, the second's differing values go to field history,
     * and differing high-stakes values open conflicts. A tombstoned record is not brought back this way.
     */
    private MutationResult insertedTwice(RecordChange current) throws SQLException {
        if (current.deleted() || !scope.covers(current.ownerId(), current.teamId())) {
            return rejected("A record with this id already exists.");
        }
        ObjectNode proposed = SyncService.withoutMeta(m.fields());
        if (WireRecords.check(m.entity(), proposed) instanceof WireRecords.Invalid invalid) {
            return rejected(MutationChecks.invalid(invalid));
        }
        boolean differs = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = proposed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode server = current.fields().get(field.getKey());
            if (!com.nexuscrm.domain.SyncedRecord.DERIVED_FIELDS.contains(field.getKey()) && !SyncService.same(server, field.getValue())) {
                differs = true;
                history.add(new String[] {field.getKey(), text(server), text(field.getValue()), "server"});
                if (SyncedTypes.HIGH_STAKES.contains(field.getKey())) {
                    conflicts.add(new String[] {field.getKey(), null, text(server), text(field.getValue())});
                }
            }
        }
        List<String> conflictFields = writeTrail(current, current.version());
        String status = !conflictFields.isEmpty() ? "CONFLICT" : differs ? "MERGED" : "APPLIED";
        return new MutationResult(m.mutationId(), status, current.version(), null, conflictFields);
    }

    /**
     * An UPDATE or DELETE of a record the server has: refused outside the caller's teams or on a tombstone;
     * otherwise the proposal is checked, merged field by field, the merge checked again, stored, and its
     * field history and conflicts written.
     */
    private MutationResult update(RecordChange current) throws SQLException {
        if (!scope.covers(current.ownerId(), current.teamId())) {
            return rejected("The record is not in your teams.");
        }
        if (current.deleted()) {
            MutationResult settled = onTombstone(current);
            if (settled != null) {
                return settled;
            }
        }
        String refused = proposalProblem(current);
        if (refused != null) {
            return rejected(refused);
        }
        return mergeAndStore(foldConversion(current));
    }

    /**
     * Why the record as the client proposes it may not be stored, or null. It is checked before any merge: a
     * refused value must not reach field history either (a NUL there once failed PostgreSQL's insert and jammed
     * the client's queue).
     */
    private String proposalProblem(RecordChange current) throws SQLException {
        ObjectNode proposed = current.fields().deepCopy();
        proposed.setAll(SyncService.withoutMeta(m.fields()));
        String refused = checks.problem(current, proposed);
        return refused != null ? refused : checks.foreignReference();
    }

    /** The lead after a second conversion's fold ({@link ConversionFold}), or {@code current} when none applies. */
    private RecordChange foldConversion(RecordChange current) throws SQLException {
        if ("Lead".equals(m.entity()) && m.fields().has("convertedAccountId")) {
            return new ConversionFold(store, scope, user, counter, hlc).apply(current, m).orElse(current);
        }
        return current;
    }

    /** Merges the client's fields into {@code current}, checks the result again, stores it and writes its trail. */
    private MutationResult mergeAndStore(RecordChange current) throws SQLException {
        ObjectNode merged = current.fields().deepCopy();
        boolean keptServer = mergeFields(current, merged);
        String refused = checks.problem(current, merged);
        if (refused != null) {
            return rejected(refused);
        }
        long version = store(current, merged);
        List<String> conflictFields = writeTrail(current, version);
        String status = !conflictFields.isEmpty() ? "CONFLICT" : keptServer ? "MERGED" : "APPLIED";
        return new MutationResult(m.mutationId(), status, version, null, conflictFields);
    }

    /**
     * A change to a deleted record: deleting it again is done already; anything but an undelete is refused.
     * Null when the change goes on (an undelete).
     */
    private MutationResult onTombstone(RecordChange current) {
        if ("DELETE".equals(m.op())) {
            return new MutationResult(m.mutationId(), "APPLIED", current.version(), null, List.of());
        }
        boolean undelete = m.fields().get("deleted") instanceof BooleanNode b && !b.booleanValue();
        if (!undelete) {
            return rejected("Someone deleted this record on the team server before your change arrived. Your change is"
                    + " kept here; restore the record and apply it again if it is still needed.");
        }
        return null;
    }

    /** Merges every field the client sent into {@code merged}; true when the server value was kept for any. */
    private boolean mergeFields(RecordChange current, ObjectNode merged) {
        boolean keptServer = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = SyncService.withoutMeta(m.fields()).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            keptServer |= !mergeField(current, merged, field.getKey(), field.getValue());
        }
        return keptServer;
    }

    /** Stores the merged record under a new version when it differs, revoking it where it moved; returns its version. */
    private long store(RecordChange current, ObjectNode merged) throws SQLException {
        if (merged.equals(current.fields())) {
            return current.version();
        }
        long version = ++counter[0];
        RecordChange next = new RecordChange(m.entity(), m.recordId(), version, Math.max(hlc, current.updatedAt()),
                deleted(merged), SyncService.uuid(merged.get("ownerId")), SyncService.uuid(merged.get("teamId")), merged);
        store.update(next);
        store.revokeIfMoved(current, next);
        return version;
    }

    /** Writes the field history and the conflicts the merge found; returns the conflicting fields. */
    private List<String> writeTrail(RecordChange current, long version) throws SQLException {
        FieldTrail trail = store.trail();
        for (String[] h : history) {
            trail.history(current, h[0], h[1], h[2], version, user.userId(), h[3]);
        }
        List<String> conflictFields = new ArrayList<>();
        for (String[] k : conflicts) {
            trail.conflict(current, k[0], k[1], k[2], k[3], clientId, m.mutationId(), user.userId());
            conflictFields.add(k[0]);
        }
        return conflictFields;
    }

    /** Merges one field into {@code merged}; false when the server value was kept over the client's. */
    private boolean mergeField(RecordChange current, ObjectNode merged, String name, JsonNode client) {
        JsonNode server = current.fields().get(name);
        JsonNode base = m.baseValues() == null ? null : m.baseValues().get(name);
        if (SyncService.same(server, client)) {
            return true;
        }
        boolean fastForward = base != null && SyncService.same(server, base);
        boolean clientWins = fastForward || !SyncedTypes.HIGH_STAKES.contains(name) && hlc > current.updatedAt();
        if (clientWins) {
            merged.set(name, client);
            history.add(new String[] {name, text(server), text(client), "client"});
            return true;
        }
        if (SyncedTypes.HIGH_STAKES.contains(name)) {
            conflicts.add(new String[] {name, text(base), text(server), text(client)});
        }
        history.add(new String[] {name, text(server), text(client), "server"});
        return false;
    }

    private static boolean deleted(ObjectNode fields) {
        JsonNode node = fields.get("deleted");
        return node instanceof BooleanNode b && b.booleanValue();
    }

    /** A JSON value as the text kept in history and conflicts: strings bare, others as JSON; null stays null. */
    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node instanceof TextNode t ? t.textValue() : node.toString();
    }

    private MutationResult rejected(String reason) {
        // push_log keeps at most 2,000 characters of reason; a long list of field errors is cut, not lost on the client.
        String kept = reason.length() <= 1_900 ? reason : reason.substring(0, 1_897) + "...";
        return new MutationResult(m.mutationId(), "REJECTED", 0, kept, List.of());
    }
}
