package com.nexuscrm.sample;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.conversation.CallJobs;
import com.nexuscrm.conversation.RecordingVault;
import com.nexuscrm.conversation.DealCallFields;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.SampleSink;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.Threads;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallStatus;
import com.nexuscrm.domain.call.DealCallSummary;
import com.nexuscrm.domain.call.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The sample's call history: analysed calls on the deals worked in the last {@value #HISTORY_DAYS} days, each rep's
 * calls on that rep's deals in the rep's {@link CallStyle}. Each call is scripted ({@link CallScript}), timed as a
 * stereo transcript ({@link SpokenTiming}) and analysed by the real {@link CallAnalyzer}; it is stored as a call
 * activity, an analysed recording without audio, and its transcript in the local-only table, and the deal shows
 * its latest call. About {@value #DEALS_AT_DEFAULT_SIZE} of the default sample's deals get calls; a bigger sample
 * gives a smaller share of its deals calls, so the history stays a few hundred calls.
 *
 * <p>It draws from its own random streams (one for the calls, one for their ids), so every other record of a
 * sample is the same with or without it.
 */
final class CallHistoryFactory implements AutoCloseable {
    static final int HISTORY_DAYS = 120;
    static final String STATUS_DETAIL = "Imported call history: transcript and analysis only, no audio.";
    static final int DEALS_AT_DEFAULT_SIZE = 120;
    /** Deals worked in the history window per lead, measured on the default sample (seed 42). */
    private static final double WORKED_DEALS_PER_LEAD = 0.075;

    private final long seed;
    private final SalesOrg org;
    private final Draws draws;
    private final SampleClock ids;
    private final double dealShare;
    /** The sample's one recording with audio, in {@code src/main/resources/sample/calls/}. */
    static final String RECORDED_CALL = "discovery-call.ogg";
    private final CallAnalyzer analyzer = new CallAnalyzer();
    private final AnalysisSettings settings = AnalysisSettings.defaults();
    private final SpokenTiming timing;
    private final Map<UUID, CallStyle> styles = new HashMap<>();
    private final Map<UUID, ZoneId> zones = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    /** Analysis is pure, so it runs beside the generation; {@link #finish} applies the results in order. */
    private final ExecutorService analysts = Executors.newSingleThreadExecutor(Threads.daemon("sample-call-analysis"));

    private record Analysed(CallAnalysis analysis, String analysisJson, String transcriptJson) { }

    private record Pending(Deal deal, CallRecording recording, Future<Analysed> result) { }

    CallHistoryFactory(long seed, Instant now, SalesOrg org, int leadCount) {
        this.seed = seed;
        this.org = org;
        this.draws = new Draws(new Random(seed ^ 0x0CA1_1CA1_1CA1_1CA1L));
        this.ids = new SampleClock(now, new Random(seed ^ 0x1D5_0F_CA11L));
        this.timing = new SpokenTiming(draws);
        double worked = WORKED_DEALS_PER_LEAD * Math.max(leadCount, 1);
        this.dealShare = Math.min(1, DEALS_AT_DEFAULT_SIZE / worked);
    }

    /** Calls on {@code plan}'s deal, if it was worked in the history window and drawn for calls. */
    void forDeal(DealPlan plan, Contact contact, SampleBatch batch) {
        Deal deal = plan.deal();
        Instant windowStart = ids.daysAgo(HISTORY_DAYS);
        Instant from = deal.getCreatedAt().isAfter(windowStart) ? deal.getCreatedAt() : windowStart;
        if (!from.isBefore(plan.workedUntil()) || !draws.chance(dealShare)) {
            return;
        }
        List<Instant> times = new ArrayList<>();
        // About a call a week at most: a deal opened yesterday has had one call, not three.
        int weeks = (int) (SampleClock.daysBetween(from, plan.workedUntil()) / 7);
        for (int i = Math.min(1 + draws.poisson(0.9), 1 + weeks); i > 0; i--) {
            times.add(duringWorkingHours(draws.instantBetween(from, plan.workedUntil()), deal.getOwnerId(), from,
                    plan.workedUntil()));
        }
        times.sort(Comparator.naturalOrder());
        CallScript.Fate fate = deal.getStage() == DealStage.CLOSED_WON ? CallScript.Fate.WON
                : deal.getStage() == DealStage.CLOSED_LOST ? CallScript.Fate.LOST : CallScript.Fate.OPEN;
        for (int i = 0; i < times.size(); i++) {
            call(deal, contact, times.get(i), i == 0 ? "Discovery call" : "Follow-up call", fate, batch);
        }
    }

    /**
     * The same day at a time between 9:00 and 17:00 on the rep's clock (a weekend day moves to the Friday before),
     * kept inside [{@code from}, {@code until}] so a call never falls before the deal or after it closed.
     */
    private Instant duringWorkingHours(Instant moment, UUID repId, Instant from, Instant until) {
        ZoneId zone = zones.computeIfAbsent(repId, id -> org.users().stream().filter(u -> u.getId().equals(id))
                .findFirst().map(u -> ZoneId.of(u.getTimeZone() == null ? "UTC" : u.getTimeZone())).orElse(ZoneOffset.UTC));
        LocalDate day = LocalDate.ofInstant(moment, zone);
        if (day.getDayOfWeek().getValue() > 5) {
            day = day.minusDays(day.getDayOfWeek().getValue() - 5L);
        }
        Instant at = day.atTime(draws.between(9, 16), draws.between(0, 59)).atZone(zone).toInstant();
        return at.isBefore(from) ? from : at.isAfter(until) ? until : at;
    }

    private void call(Deal deal, Contact contact, Instant at, String kind, CallScript.Fate fate, SampleBatch batch) {
        CallStyle style = style(deal.getOwnerId());
        Transcript transcript = timing.time(CallScript.write(style, fate, draws), style.patienceSeconds());
        int seconds = (int) Math.round(transcript.durationSeconds());
        Activity activity = new Activity(ids.id(at));
        activity.setType(ActivityType.CALL);
        activity.setSubject(kind + (contact == null ? "" : " with " + contact.getFirstName()));
        activity.setOccurredAt(at);
        activity.setDurationSeconds(seconds);
        activity.setDone(true);
        activity.setOutcome(ActivityFactory.ANSWERED); // a transcript with two voices: the buyer was there
        activity.setDealId(deal.getId());
        activity.setAccountId(deal.getAccountId());
        activity.setContactId(contact == null ? null : contact.getId());
        owned(activity, deal);
        batch.add(activity);
        CallRecording recording = new CallRecording(ids.id(at));
        recording.setActivityId(activity.getId());
        recording.setDealId(deal.getId());
        recording.setCallAt(at);
        recording.setAnalysedAt(at.plusSeconds(seconds + 60L));
        recording.setFileName(fileName(deal, at));
        recording.setDurationSeconds(seconds);
        recording.setStatus(CallStatus.ANALYSED.name());
        recording.setStatusDetail(STATUS_DETAIL);
        owned(recording, deal);
        pending.add(new Pending(deal, recording, analysts.submit(() -> analyse(transcript))));
    }

    private Analysed analyse(Transcript transcript) {
        CallAnalysis analysis = analyzer.analyze(transcript, settings);
        return new Analysed(analysis, CallAnalysisJson.write(analysis), CallAnalysisJson.write(transcript));
    }

    /**
     * Waits for the analyses (by now mostly done: they ran beside the rest of the generation), puts them on their
     * recordings and deals in the order the calls were made up, so the result does not depend on timing, and writes
     * the recordings, the deals' last-call fields and the transcripts. The deals were written earlier, so they are
     * updated here, with change capture off like every sample write.
     */
    void finish(SampleSink sink, SampleBatch batch, ExecutorService writers) {
        Map<UUID, Deal> called = new LinkedHashMap<>();
        Map<UUID, String> transcripts = new LinkedHashMap<>();
        for (Pending p : pending) {
            Analysed a = await(p.result());
            p.recording().setAnalysisJson(a.analysisJson());
            transcripts.put(p.recording().getId(), a.transcriptJson());
            DealCallFields.apply(p.deal(), DealCallSummary.of(a.analysis(), p.recording().getCallAt()));
            called.put(p.deal().getId(), p.deal());
            batch.add(p.recording());
        }
        Deal recorded = pending.stream().map(Pending::deal).filter(d -> !d.getStage().isClosed())
                .reduce((a, b) -> b).orElse(null);
        pending.clear();
        if (recorded != null) {
            recordedCall(sink, recorded, batch);
        }
        batch.write(sink, writers);
        sink.updateAll(Deal.class, called.values());
        if (!transcripts.isEmpty()) {
            sink.saveTranscripts(transcripts, ids.now());
        }
    }

    /**
     * One call with real audio (a two-voice discovery call spoken by espeak-ng, shipped in the jar), queued on
     * the latest open deal with calls: opening the sample transcribes and analyses it for real.
     */
    private void recordedCall(SampleSink sink, Deal deal, SampleBatch batch) {
        Instant at = ids.daysAgo(1);
        Activity activity = new Activity(ids.id(at));
        activity.setType(ActivityType.CALL);
        activity.setSubject("Discovery call (recorded)");
        activity.setOccurredAt(at);
        activity.setDone(true);
        activity.setDealId(deal.getId());
        activity.setAccountId(deal.getAccountId());
        owned(activity, deal);
        batch.add(activity);
        CallRecording recording = new CallRecording(ids.id(at));
        recording.setActivityId(activity.getId());
        recording.setDealId(deal.getId());
        recording.setCallAt(at);
        recording.setFileName(RECORDED_CALL);
        recording.setStatus(CallStatus.QUEUED.name());
        owned(recording, deal);
        RecordingVault vault = new RecordingVault(CallJobs.recordingsFolder(sink.folder()), sink.recordingsKey());
        Path audio = CallJobs.audioPath(vault.folder(), recording.getId(), RECORDED_CALL);
        try (InputStream in = CallHistoryFactory.class.getResourceAsStream("/sample/calls/" + RECORDED_CALL)) {
            if (in == null) {
                return;
            }
            recording.setSha256(vault.store(in, audio));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sample's recorded call to " + audio, e);
        }
        batch.add(recording);
    }

    private static Analysed await(Future<Analysed> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while analysing the sample's calls", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Analysing a sample call failed", e.getCause());
        }
    }

    /** Stops the analysis thread; analyses not settled are dropped. */
    @Override
    public void close() {
        analysts.shutdownNow();
    }

    /** Each rep's style comes from their skill and a quirk of their own, whatever order their deals come in. */
    private CallStyle style(UUID repId) {
        return styles.computeIfAbsent(repId, id -> CallStyle.of(org.skill(id),
                new Random(seed ^ id.getLeastSignificantBits() ^ id.getMostSignificantBits()).nextGaussian()));
    }

    private static void owned(SyncedRecord record, Deal deal) {
        record.setOwnerId(deal.getOwnerId());
        record.setTeamId(deal.getTeamId());
    }

    /** "call-2026-10-03-acme-corp.wav": the date and the account, as a rep would name an exported call. */
    static String fileName(Deal deal, Instant at) {
        String company = deal.getName().contains(" - ") ? deal.getName().substring(0, deal.getName().indexOf(" - ")) : deal.getName();
        String slug = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        return "call-" + LocalDate.ofInstant(at, ZoneOffset.UTC) + "-" + (slug.isEmpty() ? "account" : slug) + ".wav";
    }

}
