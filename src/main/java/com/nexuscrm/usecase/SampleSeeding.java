package com.nexuscrm.usecase;

import java.util.function.Consumer;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.sample.SampleSummary;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.WorkspaceStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The sample workspace offered on first run and built by {@code nexus sample}: the generator writes into the
 * workspace through the domain's {@code SampleSink}, implemented by storage; then the replies its campaigns got are
 * received by the workspace's campaign engine ({@link SampleCampaignReplies}).
 */
public final class SampleSeeding {
    /** Leads in the first-run sample: enough to feel real, quick to build (see docs/benchmarks.md). */
    static final int FIRST_RUN_LEADS = 20_000;
    static final long SEED = 42;

    private SampleSeeding() { }

    public static void seed(WorkspaceStore store, Progress progress) {
        Instant today = LocalDate.now(ZoneOffset.UTC).atTime(9, 0).toInstant(ZoneOffset.UTC);
        seed(store, FIRST_RUN_LEADS, SEED, today, progress);
    }

    /** A seeder for {@link CreateWorkspace} that hands what it built to {@code built}. */
    public static CreateWorkspace.Seeder seeder(int leads, long seed, Instant reference, Consumer<SampleSummary> built) {
        return (store, progress) -> built.accept(seed(store, leads, seed, reference, progress));
    }

    public static SampleSummary seed(WorkspaceStore store, int leads, long seed, Instant reference, Progress progress) {
        SampleWorkspace sample = new SampleWorkspace(seed, reference);
        SampleSummary summary = sample.generate(new StoredSampleSink(store), leads, progress);
        SampleCampaignReplies.receive(Workspace.over(store), sample.campaignReplies(), reference);
        return summary;
    }
}
