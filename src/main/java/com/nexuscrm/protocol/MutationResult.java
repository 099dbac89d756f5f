package com.nexuscrm.protocol;

import java.util.List;
import java.util.UUID;

/**
 * What the server did with one mutation. APPLIED: every field taken. MERGED: some fields kept the
 * server's newer value (the client's are in field history). CONFLICT: high-stakes fields kept the
 * server value and opened conflicts. REJECTED: nothing applied, for the reason given.
 */
public record MutationResult(UUID mutationId, String status, long version, String reason, List<String> conflictFields) { }
