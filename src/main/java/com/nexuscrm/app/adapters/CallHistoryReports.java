package com.nexuscrm.app.adapters;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.RepCall;
import com.nexuscrm.conversation.RepPerformance;
import com.nexuscrm.conversation.TeamReport;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.CallLog;
import com.nexuscrm.ui.team.TeamCallReports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Team screen's call coaching over the workspace: the analysed calls of the period from the call log, each
 * with its deal's outcome (won when the deal is closed won, lost when closed lost, otherwise undecided), through
 * {@link RepPerformance}. A call without a rep is left out: there is nobody to coach.
 */
public final class CallHistoryReports implements TeamCallReports {
    private static final Logger LOG = LoggerFactory.getLogger(CallHistoryReports.class);
    private final CallLog calls;
    private final RecordRepository<Deal> deals;

    public CallHistoryReports(CallLog calls, RecordRepository<Deal> deals) {
        this.calls = calls;
        this.deals = deals;
    }

    @Override
    public TeamReport report(Instant from, Instant to, Progress progress) {
        List<CallRecording> analysed = calls.analysedBetween(from, to);
        Map<UUID, Optional<Boolean>> outcomes = new HashMap<>();
        List<RepCall> repCalls = new ArrayList<>(analysed.size());
        for (int i = 0; i < analysed.size(); i++) {
            progress.checkCancelled();
            CallRecording r = analysed.get(i);
            if (r.getOwnerId() != null) {
                Boolean won = r.getDealId() == null ? null
                        : outcomes.computeIfAbsent(r.getDealId(), id -> deals.find(id)
                                .map(Deal::getStage).flatMap(DealStage::outcome)).orElse(null);
                readable(r).ifPresent(analysis -> repCalls.add(new RepCall(r.getOwnerId().toString(), analysis, r.getCallAt(), won)));
            }
            progress.update(i + 1, analysed.size(), "Reading analysed calls");
        }
        return RepPerformance.report(repCalls, from, to);
    }

    /** A call whose stored analysis cannot be read (e.g. damaged in transit) is left out, not fatal to the report. */
    private static Optional<CallAnalysis> readable(CallRecording r) {
        try {
            return Optional.of(CallAnalysisJson.readAnalysis(r.getAnalysisJson()));
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warn("Call {} left out of the team report: its analysis cannot be read ({})", r.getId(), e.getMessage());
            return Optional.empty();
        }
    }

}
