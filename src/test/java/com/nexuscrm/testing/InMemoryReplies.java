package com.nexuscrm.testing;

import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.ReplyRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Campaign replies in memory, with the store's rules: one per key, claimed once, released after a failure. */
public final class InMemoryReplies implements ReplyRepository {
    public final Map<UUID, CampaignReply> replies = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(CampaignReply reply) {
        if (findByKey(reply.key()).isPresent()) {
            return false;
        }
        replies.put(reply.id(), reply);
        return true;
    }

    @Override
    public synchronized Optional<CampaignReply> find(UUID id) { return Optional.ofNullable(replies.get(id)); }

    @Override
    public synchronized Optional<CampaignReply> findByKey(String key) {
        return replies.values().stream().filter(r -> r.key().equals(key)).findFirst();
    }

    @Override
    public synchronized List<CampaignReply> forPlan(UUID planId) {
        return replies.values().stream().filter(r -> r.planId().equals(planId))
                .sorted(Comparator.comparing(CampaignReply::receivedAt).reversed()).toList();
    }

    @Override
    public synchronized boolean claim(UUID id, Instant at, boolean automatic) {
        CampaignReply r = replies.get(id);
        if (r == null || r.done()) {
            return false;
        }
        replies.put(id, with(r, CampaignReply.Status.DONE, automatic, at, null));
        return true;
    }

    @Override
    public synchronized void outcome(UUID id, String outcome) {
        CampaignReply r = replies.get(id);
        replies.put(id, with(r, r.status(), r.automatic(), r.doneAt(), outcome));
    }

    @Override
    public synchronized void release(UUID id, String why) {
        CampaignReply r = replies.get(id);
        if (r.done()) {
            replies.put(id, with(r, CampaignReply.Status.RECOMMENDED, false, null, why));
        }
    }

    private static CampaignReply with(CampaignReply r, CampaignReply.Status status, boolean automatic, Instant at, String outcome) {
        return new CampaignReply(r.id(), r.key(), r.touchId(), r.enrolmentId(), r.planId(), r.person(), r.channel(), r.from(),
                r.receivedAt(), r.text(), r.intent(), r.probability(), r.recommendation(), status, automatic, at, outcome);
    }
}
