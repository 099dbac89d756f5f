package com.nexuscrm.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** A record as the server has it at {@code version}; a tombstone when {@code deleted}. */
public record RecordChange(String entity, UUID id, long version, long updatedAt, boolean deleted, UUID ownerId,
                           UUID teamId, ObjectNode fields) { }
