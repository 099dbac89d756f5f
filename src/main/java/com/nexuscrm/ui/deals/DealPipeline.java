package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the Deals section reads and writes, as one small port the app implements over the workspace and
 * {@code usecase.SaveDeal} (so every write appends the deal's history). Every method blocks: call it off the FX
 * thread. Writes are made as the workspace's current user.
 */
public interface DealPipeline {
    /** Every live deal, the names of the accounts (also what the new-deal form offers) and the stored scores. */
    Snapshot load();

    /** Moves an open or closed deal to an open stage. */
    Deal move(UUID dealId, DealStage stage);

    /** Closes the deal as won or lost; a lost deal needs its reason (a validation error otherwise). */
    Deal close(UUID dealId, boolean won, String reason);

    /** Creates the deal; throws {@code ValidationException} naming each bad field, and then saves nothing. */
    Deal create(Deal deal);

    /** One read of the section: deals, account names by id, and scores by deal id (a deal may have none yet). */
    record Snapshot(List<Deal> deals, Map<UUID, String> accountNames, Map<UUID, DealScore> scores) {
        public Snapshot {
            deals = List.copyOf(deals);
            accountNames = Map.copyOf(accountNames);
            scores = Map.copyOf(scores);
        }
    }
}
