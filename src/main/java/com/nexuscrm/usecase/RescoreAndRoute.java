package com.nexuscrm.usecase;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.routing.LeadRouting;
import com.nexuscrm.scoring.LeadScoring;
import java.util.List;

/**
 * What runs when a workspace opens, and after the company directory enriched leads: leads with no score,
 * a stale one or one from another model are scored, and then every routable lead is routed on its score.
 * Scoring comes first because routing rules read the score.
 */
public final class RescoreAndRoute {
    /** What was scored and routed, and the model's loading problems to show. */
    public record Done(LeadScoring.Rescored scored, LeadRouting.Report routed, List<String> warnings) {
        /** Leads whose score or owner changed. */
        public long changed() {
            return scored.changed() + routed.routed().size();
        }
    }

    private final LeadScoring scoring;
    private final LeadRouting routing;

    public RescoreAndRoute(LeadScoring scoring, LeadRouting routing) {
        this.scoring = scoring;
        this.routing = routing;
    }

    public Done run(Progress progress) {
        LeadScoring.Rescored scored = scoring.rescoreNeeded(progress);
        return new Done(scored, routing.routeUnrouted(progress), scoring.warnings());
    }
}
