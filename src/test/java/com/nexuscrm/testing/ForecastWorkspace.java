package com.nexuscrm.testing;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.usecase.SaveDeal;
import com.nexuscrm.usecase.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A real workspace with a small Q1 2027 forecast, written through {@link SaveDeal} so the deals have history:
 * manager Mia, reps Rita and Raj in East. Today is 1 February 2027. Worked out by hand for the whole company:
 * closed won 3,000 (Raj's, on 20 January); open 23,000 (Rita's 10,000 commit in negotiation scored 80%, Rita's
 * 5,000 best case proposal scored 20%, Raj's 8,000 qualification without a score: 25% by stage); weighted
 * 8,000 + 1,000 + 2,000 = 11,000; stage-weighted 7,500 + 2,500 + 2,000 = 12,000; high confidence 10,000; at risk
 * 5,000. Rita's 2,000 deal closing in April is outside the quarter.
 */
public final class ForecastWorkspace {
    public static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");
    public final WorkspaceStore store;
    public final Workspace workspace;
    public final MutableClock clock = new MutableClock(Instant.parse("2027-01-04T09:00:00Z"));
    public final Team east;
    public final User mia;
    public final User rita;
    public final User raj;
    public final Deal commit;
    public final Deal bestCase;
    public final Deal unscored;
    public final Deal won;
    public final SaveDeal saveDeal;

    public ForecastWorkspace(Path dir) {
        store = WorkspaceStore.create(dir, "forecast pass".toCharArray());
        workspace = Workspace.over(store);
        SalesTeams org = new SalesTeams();
        east = org.team("East", "SMB");
        mia = org.manager("Mia Manager", east, "UTC");
        rita = org.rep("Rita Rep", east, "UTC");
        raj = org.rep("Raj Rep", east, "UTC");
        store.repository(Team.class).save(east);
        org.users.forEach(store.repository(User.class)::save);
        actAs(mia);
        saveDeal = new SaveDeal(workspace, clock);
        commit = deal(rita, "Acme", DealStage.NEGOTIATION, "10000", "2027-02-15", ForecastCategory.COMMIT);
        bestCase = deal(rita, "Globex", DealStage.PROPOSAL, "5000", "2027-03-20", ForecastCategory.BEST_CASE);
        unscored = deal(raj, "Initech", DealStage.QUALIFICATION, "8000", "2027-03-01", null);
        Deal toWin = deal(raj, "Umbrella", DealStage.NEGOTIATION, "3000", "2027-02-28", ForecastCategory.COMMIT);
        deal(rita, "Hooli", DealStage.PROPOSAL, "2000", "2027-04-10", ForecastCategory.PIPELINE);
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-20T15:00:00Z")));
        won = saveDeal.close(toWin.getId(), true, "Best fit", raj);
        clock.advance(Duration.between(clock.instant(), NOW));
        workspace.dealScores().writePredictions(List.of(
                DealScore.prediction(commit.getId(), 80, null, null, null, List.of(), "test-model", NOW),
                DealScore.prediction(bestCase.getId(), 20, null, null, null, List.of(), "test-model", NOW)));
    }

    /** Makes {@code user} this workstation's user. */
    public void actAs(User user) {
        store.meta().put(WorkspaceMeta.CURRENT_USER, user.getId().toString());
    }

    private Deal deal(User owner, String name, DealStage stage, String amount, String close, ForecastCategory category) {
        Deal d = new Deal(Ids.newId());
        d.setName(name + " - Team, 10 seats");
        d.setStage(stage);
        d.setAmount(new BigDecimal(amount));
        d.setCurrency("USD");
        d.setCloseDate(LocalDate.parse(close));
        d.setForecastCategory(category);
        d.setCreatedAt(clock.instant());
        d.setOwnerId(owner.getId());
        d.setTeamId(owner.getTeamId());
        Deal saved = saveDeal.save(d, owner);
        clock.advance(Duration.ofMinutes(5));
        return saved;
    }
}
