package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How long deals usually stay in each open stage, from the workspace's whole deal history: every completed stay
 * (a deal entered the stage and later left it) counts once. The norm of a stage is the 75th percentile of its
 * stays (nearest rank); a stage with fewer than {@link #MIN_STAYS} completed stays has none, so "stalled" is
 * never judged against a handful of deals.
 */
public final class StageNorms {
    public static final int MIN_STAYS = 5;

    private final Map<DealStage, List<Duration>> stays;

    private StageNorms(Map<DealStage, List<Duration>> stays) {
        this.stays = stays;
    }

    public static StageNorms none() {
        return new StageNorms(new EnumMap<>(DealStage.class));
    }

    /** The norms of a history given oldest first within each deal (as {@code DealRepository.allHistory()}). */
    public static StageNorms from(List<DealChange> history) {
        Map<DealStage, List<Duration>> stays = new EnumMap<>(DealStage.class);
        UUID deal = null;
        DealStage stage = null;
        java.time.Instant entered = null;
        for (DealChange c : history) {
            if (!c.getDealId().equals(deal)) {
                deal = c.getDealId();
                stage = null;
            }
            if (c.getStage() == stage || c.getChangedAt() == null) {
                continue;
            }
            if (stage != null && !stage.isClosed() && entered != null && !c.getChangedAt().isBefore(entered)) {
                stays.computeIfAbsent(stage, s -> new ArrayList<>()).add(Duration.between(entered, c.getChangedAt()));
            }
            stage = c.getStage();
            entered = c.getChangedAt();
        }
        stays.values().forEach(list -> list.sort(null));
        return new StageNorms(stays);
    }

    /** The 75th percentile of the stage's completed stays; empty with fewer than {@link #MIN_STAYS} of them. */
    public Optional<Duration> p75(DealStage stage) {
        List<Duration> list = stage == null ? List.of() : stays.getOrDefault(stage, List.of());
        if (list.size() < MIN_STAYS) {
            return Optional.empty();
        }
        int rank = (int) Math.ceil(0.75 * list.size());
        return Optional.of(list.get(rank - 1));
    }

    /** How many completed stays the stage's norm is based on. */
    public int stays(DealStage stage) {
        return stage == null ? 0 : stays.getOrDefault(stage, List.of()).size();
    }
}
