package com.nexuscrm.domain.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Campaign replies and their recommended actions (port; {@code storage.StoredReplies}, V22). */
public interface ReplyRepository {
    /** Adds the reply; false (nothing stored) when one with its key is there already. */
    boolean add(CampaignReply reply);

    Optional<CampaignReply> find(UUID id);

    Optional<CampaignReply> findByKey(String key);

    /** Replies to one plan's touches, newest first. */
    List<CampaignReply> forPlan(UUID planId);

    /** RECOMMENDED → DONE in one conditional update; false when it was done already (by itself or by someone). */
    boolean claim(UUID id, Instant at, boolean automatic);

    /** What doing it came to ("Task created"). */
    void outcome(UUID id, String outcome);

    /** DONE → RECOMMENDED when doing it failed, with why, so it can be tried again. */
    void release(UUID id, String why);
}
