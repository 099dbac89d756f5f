package com.nexuscrm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nexuscrm.domain.TeamSetting;
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
 * replaced or refused is written to field history.
 */
final class MutationMerge {
    /** Not references to other records: the record's own id and its placement, checked by the scope rules. */
    private static final java.util.Set<String> REFERENCE_EXEMPT = java.util.Set.of("id", "ownerId", "teamId");
    private final SyncStore store;
    private final Scope scope;
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
        this.user = user;
        this.clientId = clientId;
        this.m = m;
        this.counter = counter;
        this.hlc = hlc;
    }

    /** The team the record is in now and the team the client puts it in must both be the caller's to manage. */
    private boolean managesAffectedTeams(Optional<RecordChange> current) {
        JsonNode team = m.fields().get("teamId");
        boolean keepsTeam = team == null && current.isPresent();
        UUID proposed;
        try {
            proposed = keepsTeam ? current.get().teamId() : SyncService.uuid(team);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
        return scope.managesTeam(proposed) && (current.isEmpty() || scope.managesTeam(current.get().teamId()));
    }

    /** One record per team and setting name: an insert under any other id would be a second copy. */
    private boolean settingIdFits() {
        JsonNode team = m.fields().get("teamId");
        JsonNode name = m.fields().get("name");
        try {
            return team != null && name != null && name.isTextual()
                    && m.recordId().equals(TeamSetting.idFor(SyncService.uuid(team), name.textValue()));
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    MutationResult apply() throws SQLException {
        if (SyncedTypes.SERVER_OWNED.contains(m.entity()) && !scope.isAdmin()) {
            return rejected("Only an admin may change " + m.entity() + " records.");
        }
        Optional<RecordChange> current = store.lockRecord(m.recordId());
        if (current.isPresent() && !scope.covers(current.get().ownerId(), current.get().teamId())) {
            // Checked before anything that describes the record: another team learns nothing of its type or values.
            return rejected("INSERT".equals(m.op()) ? "A record with this id already exists." : "The record is not in your teams.");
        }
        if (current.isPresent() && !current.get().entity().equals(m.entity())) {
            return rejected("The id belongs to a " + current.get().entity() + ", not a " + m.entity() + ".");
        }
        if (SyncedTypes.TEAM_MANAGED.contains(m.entity()) && !managesAffectedTeams(current)) {
            return rejected("Only an admin or a manager of the team may change its " + m.entity()
                    + " records; a rep's workstation reads them.");
        }
        if (SyncedTypes.TEAM_MANAGED.contains(m.entity()) && current.isEmpty() && !settingIdFits()) {
            return rejected("A team setting's id must follow from its team and name; this one does not.");
        }
        if ("INSERT".equals(m.op())) {
            return current.isPresent() ? insertedTwice(current.get()) : insert();
        }
        return current.isEmpty() ? rejected("No such record on the server.") : update(current.get());
    }

    private MutationResult insert() throws SQLException {
        ObjectNode fields = SyncService.withoutMeta(m.fields());
        String converted = convertedElsewhere(fields);
        if (converted != null) {
            return rejected(converted);
        }
        JsonNode given = fields.get("teamId");
        if ((given == null || given.isNull()) && !scope.isAdmin()) {
            UUID team = scope.defaultTeam();
            fields.put("teamId", team == null ? null : team.toString());
        }
        if (WireRecords.check(m.entity(), fields) instanceof WireRecords.Invalid invalid) {
            return rejected(invalid(invalid));
        }
        UUID owner = SyncService.uuid(fields.get("ownerId"));
        UUID team = SyncService.uuid(fields.get("teamId"));
        String misplaced = scope.placementProblem(owner, team);
        if (misplaced == null) {
            misplaced = foreignReference();
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
            return rejected(invalid(invalid));
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
     * Why an account made by converting a lead may not be created: the lead was converted on another workstation
     * into another account first (a second account for one lead is never made). Null when it may.
     */
    private String convertedElsewhere(ObjectNode fields) throws SQLException {
        UUID lead = "Account".equals(m.entity()) ? SyncService.uuid(fields.get("convertedFromLeadId")) : null;
        if (lead == null) {
            return null;
        }
        Optional<RecordChange> onServer = store.lockRecord(lead);
        UUID account = onServer.map(r -> SyncService.uuid(r.fields().get("convertedAccountId"))).orElse(null);
        if (account == null || account.equals(m.recordId())) {
            return null;
        }
        return "The lead this account was made for was already converted on another workstation, into another"
                + " account; this second account was not created. The lead's conversion is a conflict in the Sync inbox.";
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
        // The record as the client proposes it is checked before any merge: a refused value must not reach
        // field history either (a NUL there once failed PostgreSQL's insert and jammed the client's queue).
        ObjectNode proposed = current.fields().deepCopy();
        proposed.setAll(SyncService.withoutMeta(m.fields()));
        String refused = problem(current, proposed);
        if (refused == null) {
            refused = foreignReference();
        }
        if (refused != null) {
            return rejected(refused);
        }
        if ("Lead".equals(m.entity()) && m.fields().has("convertedAccountId")) {
            current = new ConversionFold(store, scope, user, counter, hlc).apply(current, m).orElse(current);
        }
        ObjectNode merged = current.fields().deepCopy();
        boolean keptServer = mergeFields(current, merged);
        refused = problem(current, merged);
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

    /** Why the record with these fields may not be stored (a broken rule or a move out of reach), or null. */
    private String problem(RecordChange current, ObjectNode fields) throws SQLException {
        if (WireRecords.check(m.entity(), fields) instanceof WireRecords.Invalid invalid) {
            return invalid(invalid);
        }
        return moveProblem(current, fields);
    }

    /**
     * The first reference this mutation sets (a {@code dealId}, {@code accountId}...) to a record on the server that
     * the caller may not see, in words, or null: a line item, contact role or note can't be hung on another team's
     * deal or account. Ids the server does not hold yet (records still on their way) and users or teams pass.
     */
    private String foreignReference() throws SQLException {
        for (Iterator<Map.Entry<String, JsonNode>> it = m.fields().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (REFERENCE_EXEMPT.contains(name) || !field.getValue().isTextual()
                    || WireRecords.fields(m.entity()).get(name).javaType() != UUID.class) {
                continue;
            }
            Optional<RecordChange> target = store.peek(UUID.fromString(field.getValue().textValue()));
            if (target.isPresent() && !SyncedTypes.SERVER_OWNED.contains(target.get().entity())
                    && !scope.covers(target.get().ownerId(), target.get().teamId())) {
                return name + ": refers to a record that is not in your teams.";
            }
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
        for (String[] h : history) {
            store.history(current, h[0], h[1], h[2], version, user.userId(), h[3]);
        }
        List<String> conflictFields = new ArrayList<>();
        for (String[] k : conflicts) {
            store.conflict(current, k[0], k[1], k[2], k[3], clientId, m.mutationId(), user.userId());
            conflictFields.add(k[0]);
        }
        return conflictFields;
    }

    /** Why these fields may not move the record to their owner and team, or null when they keep it or may move it. */
    private String moveProblem(RecordChange current, ObjectNode fields) throws SQLException {
        UUID owner = SyncService.uuid(fields.get("ownerId"));
        UUID team = SyncService.uuid(fields.get("teamId"));
        boolean moved = !java.util.Objects.equals(owner, current.ownerId()) || !java.util.Objects.equals(team, current.teamId());
        String problem = moved ? scope.placementProblem(owner, team) : null;
        return problem == null ? null : "The change would move the record: " + problem;
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

    /** Nothing of a record that breaks the domain's rules is stored; the reason names each field. */
    private static String invalid(WireRecords.Invalid invalid) {
        return "The team server refused this change: " + invalid.reason() + ". Correct the record and save it again.";
    }

    private MutationResult rejected(String reason) {
        // push_log keeps at most 2,000 characters of reason; a long list of field errors is cut, not lost on the client.
        String kept = reason.length() <= 1_900 ? reason : reason.substring(0, 1_897) + "...";
        return new MutationResult(m.mutationId(), "REJECTED", 0, kept, List.of());
    }
}
