package com.nexuscrm.sync;

/**
 * The workspace as sync sees it, one port per role: the outbox to push, the pulled pages and cursor, the
 * conflicts exchanged with the server, the server link, and the Sync inbox. The storage layer builds it.
 */
public record LocalReplica(ChangeOutbox outbox, PulledPages pages, ConflictExchange conflicts, ServerLinkStore link,
                           SyncInbox inbox) {
}
