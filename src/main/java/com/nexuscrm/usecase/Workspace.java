package com.nexuscrm.usecase;

import com.nexuscrm.domain.CompanyDirectory;
import com.nexuscrm.domain.ActivityRepository;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.RecordWriter;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.storage.StoredCompanyDirectory;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;

/**
 * An open workspace as the commands see it: its folder, the domain's repositories over it, and what the use
 * cases need. Commands open one, hand it to use cases and close it; only use cases (and the window's wiring,
 * which holds the store itself) reach the store behind it.
 */
public final class Workspace implements AutoCloseable {
    private final WorkspaceStore store;

    private Workspace(WorkspaceStore store) {
        this.store = store;
    }

    /** Opens the workspace in {@code folder}; a clear error names the folder when it cannot. */
    public static Workspace open(Path folder, char[] passphrase) {
        return new Workspace(WorkspaceStore.open(folder, passphrase));
    }

    /** The window's open store, for the use cases it runs (the window's session closes the store). */
    public static Workspace over(WorkspaceStore store) {
        return new Workspace(store);
    }

    public static boolean exists(Path folder) {
        return WorkspaceStore.exists(folder);
    }

    /** The store the use cases work on. */
    WorkspaceStore store() {
        return store;
    }

    public Path folder() {
        return store.folder();
    }

    public LeadRepository leads() {
        return store.leads();
    }

    public <T extends SyncedRecord> RecordRepository<T> repository(Class<T> type) {
        return store.repository(type);
    }

    public ActivityRepository activities() {
        return store.activities();
    }

    public DealRepository deals() {
        return store.deals();
    }

    /** The models' deal scores (a narrow local table, never synced). */
    public com.nexuscrm.domain.DealScoreStore dealScores() {
        return store.dealScores();
    }

    /** Churn risk per account ({@code account_score}). */
    public com.nexuscrm.domain.AccountScoreStore accountScores() {
        return store.accountScores();
    }

    /** The deal features' columns as narrow projections (no managed entities). */
    public com.nexuscrm.domain.DealFeatureReads dealFeatures() {
        return store.dealFeatures();
    }

    /** Saves records of several types as one unit (one transaction, one change set). */
    public RecordWriter writer() {
        return store.writer();
    }

    /** The records that point at a lead, contact or account (what conversion and merging relink). */
    public com.nexuscrm.domain.LinkedRecords linked() {
        return new com.nexuscrm.storage.StoredLinkedRecords(store);
    }

    /** An account's 360 reads: its unified timeline, contacts' roles, usage and documents. */
    public com.nexuscrm.domain.AccountTimelineSource accountTimeline() {
        return new com.nexuscrm.storage.StoredAccountTimeline(store);
    }

    /** What account insights read about one account, one narrow query per kind. */
    public com.nexuscrm.domain.account.AccountHistory accountHistory() {
        return new com.nexuscrm.storage.StoredAccountHistory(store);
    }

    /** What duplicate checks compare new and imported records with. */
    public com.nexuscrm.domain.DuplicateCandidates duplicateCandidates() {
        return new com.nexuscrm.storage.StoredDuplicateCandidates(store);
    }

    /** The company directory leads are enriched from. */
    /** The campaign engine's stores (local tables); {@code clock} stamps their changes, {@code zone} is the fallback send zone. */
    public com.nexuscrm.campaign.CampaignPorts campaigns(java.time.Clock clock, java.time.ZoneId zone) {
        return new com.nexuscrm.campaign.CampaignPorts(new com.nexuscrm.storage.StoredCampaignPlans(store, clock),
                new com.nexuscrm.storage.StoredEnrolments(store, clock), new com.nexuscrm.storage.StoredTouches(store),
                new com.nexuscrm.storage.StoredContactPolicy(store), new com.nexuscrm.storage.StoredCampaignRecipients(store, zone));
    }

    /** Campaign replies and their recommended actions (local table). */
    public com.nexuscrm.domain.campaign.ReplyRepository campaignReplies() {
        return new com.nexuscrm.storage.StoredReplies(store);
    }

    public CompanyDirectory companies() {
        return new StoredCompanyDirectory(store);
    }

    @Override
    public void close() {
        store.close();
    }
}
