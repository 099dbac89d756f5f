package com.nexuscrm.app;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.RepCall;
import com.nexuscrm.conversation.RepPerformance;
import com.nexuscrm.conversation.TeamReport;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.call.CallLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The team's analysed calls for a period, each with its rep and whether its deal was won (null while the
 * deal is open or the call has none): the input of rep performance and of the coaching benchmark.
 */
final class TeamCalls {
    private final CallLog log;
    private final RecordRepository<Deal> deals;

    TeamCalls(CallLog log, RecordRepository<Deal> deals) {
        this.log = log;
        this.deals = deals;
    }

    List<RepCall> between(Instant from, Instant to) {
        List<CallRecording> calls = log.analysedBetween(from, to);
        Map<UUID, Deal> byId = deals.findAll().stream().collect(Collectors.toMap(Deal::getId, Function.identity()));
        return calls.stream().filter(c -> c.getOwnerId() != null && c.getAnalysisJson() != null)
                .map(c -> new RepCall(c.getOwnerId().toString(), CallAnalysisJson.readAnalysis(c.getAnalysisJson()),
                        c.getCallAt(), won(byId.get(c.getDealId())))).toList();
    }

    TeamReport report(Instant from, Instant to) {
        return RepPerformance.report(between(from, to), from, to);
    }

    private static Boolean won(Deal deal) {
        if (deal == null || deal.getStage() == null) {
            return null;
        }
        return deal.getStage() == DealStage.CLOSED_WON ? Boolean.TRUE : deal.getStage() == DealStage.CLOSED_LOST ? Boolean.FALSE : null;
    }
}
