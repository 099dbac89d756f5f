package com.nexuscrm.protocol;

import java.util.List;
import java.util.UUID;

/** Per resolution: RESOLVED (applied at {@code version}), ALREADY_RESOLVED, or REJECTED with the reason. */
public record ResolveResponse(List<Result> results) {
    public record Result(UUID conflictId, String status, long version, String reason) { }
}
