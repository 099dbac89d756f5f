package com.nexuscrm.protocol;

import java.util.List;

/** {@code GET /sync/conflicts}: the unresolved conflicts on records the caller may see. */
public record ConflictsResponse(List<ConflictRecord> conflicts) { }
