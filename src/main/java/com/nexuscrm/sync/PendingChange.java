package com.nexuscrm.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.protocol.Mutation;
import java.util.List;
import java.util.UUID;

/**
 * One captured local change as the outbox holds it: the fields it set (for an INSERT, the whole record as
 * it is now), the values and server version they replaced, and its HLC.
 */
public record PendingChange(UUID opId, String entity, UUID recordId, String op, ObjectNode fields,
                            ObjectNode baseValues, long baseVersion, long hlc) {
    /** The change as it is pushed. */
    public Mutation toMutation() {
        return new Mutation(opId, entity, recordId, op, fields, baseValues, baseVersion, hlc);
    }

    public static List<Mutation> mutations(List<PendingChange> changes) {
        return changes.stream().map(PendingChange::toMutation).toList();
    }
}
