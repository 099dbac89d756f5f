package com.nexuscrm.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * One captured local change. {@code fields} holds the new values (for an INSERT, the whole record),
 * {@code baseValues} what the client had before, {@code baseVersion} the server version it was based on.
 */
public record Mutation(UUID mutationId, String entity, UUID recordId, String op, ObjectNode fields,
                       ObjectNode baseValues, long baseVersion, long hlc) { }
