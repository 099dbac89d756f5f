package com.nexuscrm.storage;

import com.nexuscrm.domain.CompanyProfile;
import com.nexuscrm.domain.DirectoryImport;
import com.nexuscrm.domain.EnrichedField;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.SampleSink;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.campaign.CampaignHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sample generator's writes into a workspace: synced records with change capture off (capture is
 * suspended per thread, so parallel writers each suspend their own), the transcripts, company directory and
 * enrichment provenance through the stores that own them, and the workspace's sample marks.
 */
public final class StoredSampleSink implements SampleSink {
    private final WorkspaceStore store;

    public StoredSampleSink(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public Path folder() { return store.folder(); }

    @Override
    public byte[] recordingsKey() { return store.recordingsKey(); }

    @Override
    public List<Class<? extends SyncedRecord>> recordTypes() { return WorkspaceStore.ENTITIES; }

    @Override
    public long leadCount() { return store.leads().count(); }

    @Override
    public <T extends SyncedRecord> void insertAll(Class<T> type, Collection<T> records) {
        store.withoutCapture(() -> {
            store.repository(type).insertAll(records);
            return null;
        });
    }

    @Override
    public <T extends SyncedRecord> void updateAll(Class<T> type, Collection<T> records) {
        store.withoutCapture(() -> {
            store.repository(type).saveAll(records);
            return null;
        });
    }

    @Override
    public void saveTranscripts(Map<UUID, String> transcriptJsons, Instant savedAt) {
        new StoredCalls(store).saveTranscriptJsons(transcriptJsons, savedAt);
    }

    @Override
    public void replaceDirectory(List<CompanyProfile> companies, DirectoryImport source) {
        new StoredCompanyDirectory(store).replaceAll(companies, source, Progress.NONE);
    }

    @Override
    public void recordProvenance(List<EnrichedField> fields) {
        new StoredEnrichments(store).recordProvenance(fields);
    }

    @Override
    public void saveCampaigns(List<CampaignHistory> campaigns, Instant at) {
        new StoredCampaignHistory(store).save(campaigns, at);
    }

    @Override
    public void markSample(UUID currentUserId) {
        store.meta().put(WorkspaceMeta.CURRENT_USER, currentUserId.toString());
        store.meta().put(WorkspaceMeta.SAMPLE, "true");
    }
}
