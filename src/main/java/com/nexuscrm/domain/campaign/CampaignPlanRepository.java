package com.nexuscrm.domain.campaign;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Campaign plans (port; {@code storage.StoredCampaignPlans}). */
public interface CampaignPlanRepository {
    /** Saves a new or changed plan; throws {@code ValidationException} naming every problem and saves nothing then. */
    void save(CampaignPlan plan);

    Optional<CampaignPlan> find(UUID id);

    Optional<CampaignPlan> findByName(String name);

    List<CampaignPlan> all();
}
