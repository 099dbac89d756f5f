package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.User;
import com.nexuscrm.domain.deal.DealRisk;
import com.nexuscrm.usecase.ActOnDealRisk;
import com.nexuscrm.usecase.AssessDeals;
import java.util.UUID;

/** What the deal insights need from the workspace: a deal judged, and a risk's task created (both slow: background). */
public interface DealInsightsSource {
    AssessDeals.Assessment assess(UUID dealId);

    void createTask(UUID dealId, DealRisk risk);

    /** The use cases over one workspace, creating tasks as {@code me}. */
    static DealInsightsSource of(AssessDeals assess, ActOnDealRisk act, User me) {
        return new DealInsightsSource() {
            @Override
            public AssessDeals.Assessment assess(UUID dealId) {
                return assess.assess(dealId);
            }

            @Override
            public void createTask(UUID dealId, DealRisk risk) {
                act.createTask(dealId, risk, me);
            }
        };
    }
}
