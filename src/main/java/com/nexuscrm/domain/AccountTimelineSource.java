package com.nexuscrm.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The narrow reads of an account's 360 view: its unified timeline a page at a time (newest first by time, then
 * id), the counts the timeline's filter shows, its contacts' roles and last contact, its product usage and its
 * documents. Every read is a few indexed queries, whatever the account's history.
 */
public interface AccountTimelineSource {
    /** One page of the account's timeline: live entries in {@code range}, newest first (time, then id descending). */
    List<HistoryEntry> page(UUID accountId, HistoryRange range, int offset, int limit);

    /** How many entries of each kind {@link #page} would list for {@code range} (kinds without entries are absent). */
    Map<HistoryKind, Long> counts(UUID accountId, HistoryRange range);

    /** The account's live contacts' roles and last contact (contacts with neither are listed too). */
    List<AccountContactRow> contacts(UUID accountId);

    /** The account's usage, oldest period first. */
    List<UsageMonth> usage(UUID accountId);

    /** The account's live documents, newest first. */
    List<DocumentRow> documents(UUID accountId);

    /** The stored analysis (JSON) of the given call activities that have one, by activity id. */
    Map<UUID, String> callAnalyses(Collection<UUID> activityIds);
}
