package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.deals.DealPipeline;
import com.nexuscrm.usecase.SaveDeal;
import com.nexuscrm.usecase.Workspace;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** The Deals section's reads and writes over the open workspace; every write goes through {@link SaveDeal}. */
public final class WorkspaceDealPipeline implements DealPipeline {
    private final Workspace workspace;
    private final SaveDeal saveDeal;
    private final Supplier<User> user;

    /** @param user the workspace's current user as it is now (connecting to a team server changes it) */
    public WorkspaceDealPipeline(Workspace workspace, Clock clock, Supplier<User> user) {
        this.workspace = workspace;
        this.saveDeal = new SaveDeal(workspace, clock);
        this.user = user;
    }

    @Override
    public Snapshot load() {
        Map<UUID, String> accounts = new HashMap<>();
        for (Account a : workspace.repository(Account.class).findAll()) {
            accounts.put(a.getId(), a.getName() == null ? "" : a.getName());
        }
        return new Snapshot(workspace.deals().findAll(), accounts, workspace.dealScores().all());
    }

    @Override
    public Deal move(UUID dealId, DealStage stage) {
        return saveDeal.move(dealId, stage, user.get());
    }

    @Override
    public Deal close(UUID dealId, boolean won, String reason) {
        return saveDeal.close(dealId, won, reason, user.get());
    }

    @Override
    public Deal create(Deal deal) {
        return saveDeal.save(deal, user.get());
    }
}
