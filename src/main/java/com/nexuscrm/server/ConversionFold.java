package com.nexuscrm.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.protocol.Mutation;
import com.nexuscrm.protocol.RecordChange;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way two offline conversions of a lead could still leave two accounts: workstation B knew no account for
 * the company and made one (its {@code convertedFromLeadId} is the lead), synced first, and workstation A had
 * matched an account B never saw. When A's conversion of the lead arrives, the account B's conversion made is
 * folded into A's: every live record that points at it (the conversion's contact and deal, the lead, activities
 * logged since) is moved to the existing account, and the made one becomes a tombstone with {@code mergedInto}, as
 * a merge on a workstation would leave it. The rest of the conversion (when it happened, the deal's amount) stays
 * a conflict in the Sync inbox. The other order needs no fold: the made account is refused on arrival
 * ({@code MutationChecks.convertedElsewhere}).
 */
final class ConversionFold {
    private static final List<String> ACCOUNT_REFERENCES = List.of("accountId", "convertedAccountId");

    private final SyncStore store;
    private final Scope scope;
    private final Principal user;
    private final long[] counter;
    private final long hlc;

    ConversionFold(SyncStore store, Scope scope, Principal user, long[] counter, long hlc) {
        this.store = store;
        this.scope = scope;
        this.user = user;
        this.counter = counter;
        this.hlc = hlc;
    }

    /**
     * Folds the server's conversion account into the one this lead update names, when the update is a second
     * conversion (its base had no account) onto a live account of the same team that the lead's conversion did not
     * make. Returns the lead as it is after the fold, or empty when nothing was folded.
     */
    Optional<RecordChange> apply(RecordChange lead, Mutation m) throws SQLException {
        UUID made = SyncService.uuid(lead.fields().get("convertedAccountId"));
        UUID chosen = idOrNull(m.fields().get("convertedAccountId"));
        JsonNode base = m.baseValues() == null ? null : m.baseValues().get("convertedAccountId");
        boolean secondConversion = base == null || base.isNull();
        if (made == null || chosen == null || made.equals(chosen) || !secondConversion) {
            return Optional.empty();
        }
        Optional<RecordChange> madeAccount = liveAccount(made);
        Optional<RecordChange> existing = liveAccount(chosen);
        if (madeAccount.isEmpty() || existing.isEmpty()
                || !lead.id().equals(SyncService.uuid(madeAccount.get().fields().get("convertedFromLeadId")))
                || lead.id().equals(SyncService.uuid(existing.get().fields().get("convertedFromLeadId")))
                || !Objects.equals(madeAccount.get().teamId(), existing.get().teamId())) {
            return Optional.empty();
        }
        for (UUID id : store.liveMentioning(made)) {
            RecordChange r = store.lockRecord(id).orElseThrow();
            if (!Objects.equals(r.teamId(), madeAccount.get().teamId())) {
                continue; // another team's record naming the account is not this team's to rewrite
            }
            ObjectNode fields = r.fields().deepCopy();
            for (String name : ACCOUNT_REFERENCES) {
                if (made.toString().equals(MutationMerge.text(fields.get(name)))) {
                    fields.put(name, chosen.toString());
                    store.trail().history(r, name, made.toString(), chosen.toString(), counter[0] + 1, user.userId(), "merged");
                }
            }
            if (!fields.equals(r.fields())) {
                write(r, fields, false);
            }
        }
        ObjectNode gone = madeAccount.get().fields().deepCopy();
        gone.put("deleted", true);
        gone.put("mergedInto", chosen.toString());
        write(madeAccount.get(), gone, true);
        store.trail().history(madeAccount.get(), "mergedInto", null, chosen.toString(), counter[0], user.userId(), "merged");
        return store.lockRecord(lead.id());
    }

    private Optional<RecordChange> liveAccount(UUID id) throws SQLException {
        return store.lockRecord(id).filter(r -> "Account".equals(r.entity()) && !r.deleted()
                && scope.covers(r.ownerId(), r.teamId()));
    }

    private void write(RecordChange r, ObjectNode fields, boolean deleted) throws SQLException {
        long version = ++counter[0];
        store.update(new RecordChange(r.entity(), r.id(), version, Math.max(hlc, r.updatedAt()), deleted || r.deleted(),
                r.ownerId(), r.teamId(), fields));
    }

    private static UUID idOrNull(JsonNode node) {
        try {
            return SyncService.uuid(node);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
