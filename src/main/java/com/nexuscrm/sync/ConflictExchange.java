package com.nexuscrm.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;

/** The sync engine's side of the conflicts inbox: the server's open conflicts in, chosen values out. */
public interface ConflictExchange {
    /** A person's choice waiting to be sent: the field's value, typed as the field is. */
    record QueuedResolution(UUID conflictId, JsonNode value) { }

    /** Replaces the local copy of the server's open conflicts, keeping those resolved here but not yet sent. */
    void replaceConflicts(List<ConflictItem> conflicts);

    List<QueuedResolution> pendingResolutions();

    /** The server answered these resolutions: they leave the queue and the inbox. */
    void resolutionsSent(List<UUID> conflictIds);
}
