package com.nexuscrm.domain;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the sample workspace generator writes: an empty workspace, filled with records that are not
 * changes for a team server (a sample does not sync), so no record written here is queued for sync.
 * Writes may come from several threads at once, one record type each.
 */
public interface SampleSink {
    /** The workspace folder (call recordings are kept beside its database). */
    Path folder();

    /** The key for call recordings at rest in this workspace. */
    byte[] recordingsKey();

    /** The record types the workspace stores, in the order the generator groups its writes. */
    List<Class<? extends SyncedRecord>> recordTypes();

    /** Leads already in the workspace (a sample needs none). */
    long leadCount();

    /** Inserts records with fresh ids in one transaction, all or nothing, queued for nothing. */
    <T extends SyncedRecord> void insertAll(Class<T> type, Collection<T> records);

    /** Saves records written earlier (and changed since) in one transaction, queued for nothing. */
    <T extends SyncedRecord> void updateAll(Class<T> type, Collection<T> records);

    /** Keeps the transcripts (their JSON) of call recordings, by recording id. */
    void saveTranscripts(Map<UUID, String> transcriptJsons, Instant savedAt);

    /** Replaces the company directory, as an import of {@code source} would. */
    void replaceDirectory(List<CompanyProfile> companies, DirectoryImport source);

    /** Records which lead fields enrichment filled in, and from where. */
    void recordProvenance(List<EnrichedField> fields);

    /** Writes campaign plans with their enrolments, touches and replies, as they have run so far. */
    void saveCampaigns(List<com.nexuscrm.domain.campaign.CampaignHistory> campaigns, Instant at);

    /** Marks the workspace as a sample whose user is {@code currentUserId}. */
    void markSample(UUID currentUserId);
}
