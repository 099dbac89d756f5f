package com.nexuscrm.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A record the team server sent that does not fit this workstation's rules, held back with the reason so
 * the rest of the sync goes on; an admin corrects it on the server, and its next version replaces it.
 */
public record HeldRecord(String entity, UUID recordId, long version, String fields, String reason, Instant receivedAt) { }
