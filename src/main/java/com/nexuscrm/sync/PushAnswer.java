package com.nexuscrm.sync;

import com.nexuscrm.protocol.MutationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The server's answer to one pushed change: taken at {@code version}, or refused for {@code reason}. */
public record PushAnswer(PendingChange change, boolean rejected, long version, String reason) {
    /** Pairs the server's results with the changes sent, in the results' order; unknown ids are ignored. */
    public static List<PushAnswer> match(List<PendingChange> sent, List<MutationResult> results) {
        Map<UUID, PendingChange> byId = sent.stream().collect(Collectors.toMap(PendingChange::opId, Function.identity()));
        List<PushAnswer> answers = new ArrayList<>();
        for (MutationResult r : results) {
            PendingChange change = byId.get(r.mutationId());
            if (change != null) {
                answers.add(new PushAnswer(change, "REJECTED".equals(r.status()), r.version(), r.reason()));
            }
        }
        return answers;
    }
}
