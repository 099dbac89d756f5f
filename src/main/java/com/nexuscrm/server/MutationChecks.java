package com.nexuscrm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.RecordChange;
import com.nexuscrm.protocol.SyncedTypes;
import com.nexuscrm.protocol.WireRecords;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What one mutation must pass before {@link MutationMerge} stores it: whether the caller may touch the record
 * at all, whether the fields keep the domain's rules and the record within reach, whether what they refer to
 * is the caller's, and whether a lead's account was made elsewhere first. Each check gives the reason in words,
 * or null when the mutation passes it.
 */
final class MutationChecks {
    /** Not references to other records: the record's own id and its placement, checked by the scope rules. */
    private static final java.util.Set<String> REFERENCE_EXEMPT = java.util.Set.of("id", "ownerId", "teamId");
    private final SyncStore store;
    private final Scope scope;
    private final Mutation m;

    MutationChecks(SyncStore store, Scope scope, Mutation m) {
        this.store = store;
        this.scope = scope;
        this.m = m;
    }

    /**
     * Why the caller may not change the record as it is on the server ({@code current}, empty when new) at all:
     * another team's record, an id of another type, or a team's managed record the caller does not manage.
     */
    String admission(Optional<RecordChange> current) {
        if (current.isPresent() && !scope.covers(current.get().ownerId(), current.get().teamId())) {
            // Checked before anything that describes the record: another team learns nothing of its type or values.
            return "INSERT".equals(m.op()) ? "A record with this id already exists." : "The record is not in your teams.";
        }
        if (current.isPresent() && !current.get().entity().equals(m.entity())) {
            return "The id belongs to a " + current.get().entity() + ", not a " + m.entity() + ".";
        }
        if (SyncedTypes.TEAM_MANAGED.contains(m.entity()) && !managesAffectedTeams(current)) {
            return "Only an admin or a manager of the team may change its " + m.entity()
                    + " records; a rep's workstation reads them.";
        }
        if (SyncedTypes.TEAM_MANAGED.contains(m.entity()) && current.isEmpty() && !settingIdFits()) {
            return "A team setting's id must follow from its team and name; this one does not.";
        }
        return null;
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

    /**
     * Why an account made by converting a lead may not be created: the lead was converted on another workstation
     * into another account first (a second account for one lead is never made). Null when it may.
     */
    String convertedElsewhere(ObjectNode fields) throws SQLException {
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

    /** Why the record with these fields may not be stored (a broken rule or a move out of reach), or null. */
    String problem(RecordChange current, ObjectNode fields) throws SQLException {
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
    String foreignReference() throws SQLException {
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

    /** Why these fields may not move the record to their owner and team, or null when they keep it or may move it. */
    private String moveProblem(RecordChange current, ObjectNode fields) throws SQLException {
        UUID owner = SyncService.uuid(fields.get("ownerId"));
        UUID team = SyncService.uuid(fields.get("teamId"));
        boolean moved = !java.util.Objects.equals(owner, current.ownerId()) || !java.util.Objects.equals(team, current.teamId());
        String problem = moved ? scope.placementProblem(owner, team) : null;
        return problem == null ? null : "The change would move the record: " + problem;
    }

    /** Nothing of a record that breaks the domain's rules is stored; the reason names each field. */
    static String invalid(WireRecords.Invalid invalid) {
        return "The team server refused this change: " + invalid.reason() + ". Correct the record and save it again.";
    }
}
