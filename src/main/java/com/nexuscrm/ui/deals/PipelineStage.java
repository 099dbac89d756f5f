package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One column of the board: a stage with the team's name for it and its probability (0-100, for the weighted
 * total). The order is the team's DEAL_STAGE picklist, open stages first and the two closed ones last; a stage the
 * picklist no longer lists keeps its built-in name and place, so its deals never vanish from the board.
 */
public record PipelineStage(DealStage stage, String label, int probability) {
    private static final int[] BUILT_IN = {10, 25, 50, 75, 100, 0};

    /** The board's columns for the team's list (null: the built-in names). */
    public static List<PipelineStage> of(Picklist stages) {
        List<PipelineStage> open = new ArrayList<>();
        List<PipelineStage> closed = new ArrayList<>();
        Set<DealStage> seen = EnumSet.noneOf(DealStage.class);
        List<PicklistValue> values = stages == null ? List.of() : stages.values();
        for (PicklistValue v : values) {
            Optional<DealStage> stage = known(v.key());
            if (stage.isPresent() && seen.add(stage.get())) {
                PipelineStage column = new PipelineStage(stage.get(), v.label(),
                        v.probability() == null ? BUILT_IN[stage.get().ordinal()] : v.probability());
                (stage.get().isClosed() ? closed : open).add(column);
            }
        }
        for (DealStage s : DealStage.values()) {
            if (!seen.contains(s)) {
                PipelineStage column = new PipelineStage(s, s.label(), BUILT_IN[s.ordinal()]);
                if (s.isClosed()) {
                    closed.add(column);
                } else {
                    open.add(Math.min(s.ordinal(), open.size()), column);
                }
            }
        }
        closed.sort((a, b) -> a.stage().compareTo(b.stage())); // won, then lost
        open.addAll(closed);
        return List.copyOf(open);
    }

    /** Deals can only be in the built-in stages: a value the team added (key = its label) is not a column. */
    private static Optional<DealStage> known(String key) {
        for (DealStage s : DealStage.values()) {
            if (s.name().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
