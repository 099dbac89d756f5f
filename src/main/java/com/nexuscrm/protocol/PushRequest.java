package com.nexuscrm.protocol;

import java.util.List;
import java.util.UUID;

/** {@code POST /sync/push}: up to 500 mutations from one client, applied in one server transaction. */
public record PushRequest(UUID clientId, int schemaVersion, List<Mutation> mutations) { }
